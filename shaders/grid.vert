#include "srgb.glsl"
// A square of floor (y = 0) centred under the model; lines are drawn procedurally per fragment.
uniform mat4 u_view_projection;
uniform float u_half_size_m;
uniform vec3 u_minor;  // linear
uniform vec3 u_major;  // linear
out vec3 v_world;
flat out vec3 v_minor;  // sRGB-encoded once per vertex, not per pixel
flat out vec3 v_major;
void main() {
  vec2 corner = vec2((gl_VertexID & 1) == 0 ? -1.0 : 1.0, (gl_VertexID & 2) == 0 ? -1.0 : 1.0);
  v_world = vec3(corner.x * u_half_size_m, 0.0, corner.y * u_half_size_m);
  v_minor = encode_srgb(u_minor);
  v_major = encode_srgb(u_major);
  gl_Position = u_view_projection * vec4(v_world, 1.0);
}
