#include "srgb.glsl"
#include "lighting.glsl"
in vec3 v_world;
in vec3 v_normal;
uniform vec3 u_albedo;  // linear
out vec4 frag_color;
void main() {
  // Props are furniture, not anatomy: matte, lit like the body so they sit in the same scene.
  Surface s = Surface(u_albedo, 0.05, 8.0, 0.2, 0.0, 1.0);
  frag_color = vec4(encode_srgb(light_surface(s, normalize(v_normal), v_world)), 1.0);
}
