// Specialised per draw by defines the renderer puts first (llvmpipe runs both sides of
// every branch, even on a uniform, so an uber-shader pays for all categories on every fragment):
//   CATEGORY    one of CATEGORY_BONE, _MUSCLE, _TENDON, _DISC, _SKIN (render/gpu_contract.h)
//   EDGE_ALPHA  x-ray and skin: see-through faces, opaque-looking edges
#include "srgb.glsl"
#include "lighting.glsl"
in vec3 v_world;
in vec3 v_normal;
in vec2 v_uv;
in vec3 v_rest;
in float v_occlusion;

uniform vec3 u_albedo;         // linear base colour, already coloured by the muscle scale
uniform float u_alpha;
uniform vec3 u_fibre_axis;     // rest-space long axis of a muscle
uniform float u_disc_anterior; // 0..1 of the pressure scale
uniform float u_disc_posterior;
uniform float u_posterior_load;  // facet / posterior annulus, 0..1
uniform vec2 u_rest_z_range;     // the structure's rest-space anterior-posterior extent (min z, max z)
uniform vec3 u_scale_pressure[SCALE_STOPS];  // linear colours of the pressure legend, evenly spaced
uniform vec3 u_load_colour;        // the top of the posterior-load legend
uniform float u_highlight;         // hover: brightens
out vec4 frag_color;

vec3 pressure_colour(float t) {
  // Piecewise linear through the stops; a constant loop, so every index is known when compiled.
  t = clamp(t, 0.0, 1.0) * float(SCALE_STOPS - 1);
  vec3 colour = u_scale_pressure[0];
  for (int i = 1; i < SCALE_STOPS; ++i) colour = mix(colour, u_scale_pressure[i], clamp(t - float(i - 1), 0.0, 1.0));
  return colour;
}

void main() {
  vec3 n = normalize(v_normal);
  vec3 v = normalize(u_eye - v_world);
  float facing = abs(dot(n, v));
  Surface s = Surface(u_albedo, 0.15, 24.0, 0.35, 0.0, clamp(v_occlusion, 0.0, 1.0));
#if CATEGORY == CATEGORY_BONE
  // How far towards the back (posterior, -Z) this point of the bone lies: 0 front, 1 back.
  float posterior = clamp((u_rest_z_range.y - v_rest.z) / max(u_rest_z_range.y - u_rest_z_range.x, 1e-4), 0.0, 1.0);
  s.specular = 0.18; s.shininess = 30.0; s.wrap = 0.3;
  // Facet joints and the posterior arch carry the posterior load: tint the back of the bone.
  float w = smoothstep(0.55, 0.9, posterior) * u_posterior_load;
  s.albedo = mix(s.albedo, u_load_colour, w * 0.8);
#elif CATEGORY == CATEGORY_MUSCLE
  // Striation: fine lines running along the fibres, across the muscle's width.
  vec3 axis = normalize(u_fibre_axis);
  vec3 across = v_rest - dot(v_rest, axis) * axis;
  float stripes = 0.5 + 0.5 * sin(dot(across, vec3(1.0)) * 900.0 + 0.0);
  s.albedo *= 0.86 + 0.14 * stripes;
  s.specular = 0.22; s.shininess = 18.0; s.wrap = 0.45;
#elif CATEGORY == CATEGORY_TENDON
  s.specular = 0.6; s.shininess = 60.0; s.wrap = 0.3; s.sheen = 0.6;
#elif CATEGORY == CATEGORY_DISC
  // Pressure heat map from the anterior (u = 0) to the posterior (u = 1) edge of the disc.
  float p = mix(u_disc_anterior, u_disc_posterior, smoothstep(0.0, 1.0, v_uv.x));
  s.albedo = pressure_colour(p);
  float rim = smoothstep(0.75, 1.0, v_uv.x) * u_posterior_load;
  s.albedo = mix(s.albedo, u_load_colour, rim * 0.6);
  s.specular = 0.35; s.shininess = 40.0; s.wrap = 0.4; s.sheen = 0.2;
#else  // CATEGORY_SKIN
  s.specular = 0.25; s.shininess = 20.0; s.wrap = 0.5;
#endif
  vec3 colour = light_surface(s, n, v_world);
  colour += u_highlight * vec3(0.10, 0.12, 0.16);
  float alpha = u_alpha;
#if defined(EDGE_ALPHA)
  // X-ray and skin: see-through faces, opaque-looking edges, so shapes read without hiding.
  float edge = pow(1.0 - facing, 2.5);
  alpha = u_alpha * (0.25 + 0.75 * edge);
#endif
  frag_color = vec4(encode_srgb(colour), alpha);
}
