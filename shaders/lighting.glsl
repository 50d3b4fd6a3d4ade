// Soft three-light studio set-up of medical illustration, fixed to the camera so the model is
// always well lit: a warm key from the upper left front, a cool fill from the lower right, a rim
// from behind that separates the silhouette from the background. All in linear light.
uniform vec3 u_eye;
uniform vec3 u_key_dir;   // world directions towards the lights
uniform vec3 u_fill_dir;
uniform vec3 u_rim_dir;

struct Surface {
  vec3 albedo;      // linear
  float specular;   // strength
  float shininess;
  float wrap;       // 0 = Lambert, up to ~0.5 = soft light that wraps round (tissue scatters)
  float sheen;      // extra view-dependent glow (tendons are pearly)
  float occlusion;  // baked ambient occlusion, 1 = open: hollows get less of the soft light
};

vec3 light_surface(Surface s, vec3 n, vec3 world) {
  vec3 v = normalize(u_eye - world);
  if (dot(n, v) < 0.0) n = -n;  // thin or open meshes show their inside lit too
  const vec3 key_colour = vec3(1.00, 0.95, 0.88) * 1.25;
  const vec3 fill_colour = vec3(0.60, 0.70, 0.90) * 0.35;
  const vec3 rim_colour = vec3(0.90, 0.95, 1.00) * 0.8;
  float key = max((dot(n, u_key_dir) + s.wrap) / (1.0 + s.wrap), 0.0);
  float fill = max((dot(n, u_fill_dir) + s.wrap) / (1.0 + s.wrap), 0.0);
  float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0) * max(dot(-v, u_rim_dir) * 0.5 + 0.5, 0.0);
  vec3 h = normalize(u_key_dir + v);
  float spec = s.specular * pow(max(dot(n, h), 0.0), s.shininess) * step(0.0, dot(n, u_key_dir));
  // Hemisphere ambient: a little sky from above, a little floor bounce from below.
  vec3 ambient = mix(vec3(0.05, 0.05, 0.06), vec3(0.16, 0.17, 0.20), n.y * 0.5 + 0.5);
  // Occlusion darkens the ambient and diffuse light, not the highlights and the rim, which come from
  // one direction the baked hemisphere says little about. Not all the way down (0.85): lights fixed
  // to the camera reach into a socket more than the sky of the bake would.
  float open = mix(1.0, s.occlusion, 0.85);
  vec3 colour = s.albedo * open * (ambient + key * key_colour + fill * fill_colour);
  colour += spec * key_colour + rim * rim_colour * (0.35 + s.sheen);
  colour += s.sheen * pow(1.0 - max(dot(n, v), 0.0), 2.0) * vec3(0.85, 0.88, 1.0) * 0.25;
  return colour;
}
