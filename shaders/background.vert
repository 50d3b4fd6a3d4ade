#include "srgb.glsl"
// One triangle that covers the screen; no vertex buffer needed. It lies on the far plane so it can
// be drawn after the opaque anatomy and the depth test skips the pixels the body covers.
uniform vec3 u_top;     // linear
uniform vec3 u_bottom;  // linear
out vec2 v_uv;
flat out vec3 v_top;     // sRGB-encoded once per vertex, not per pixel
flat out vec3 v_bottom;
void main() {
  vec2 p = vec2((gl_VertexID == 1) ? 3.0 : -1.0, (gl_VertexID == 2) ? 3.0 : -1.0);
  v_uv = p * 0.5 + 0.5;
  v_top = encode_srgb(u_top);
  v_bottom = encode_srgb(u_bottom);
  gl_Position = vec4(p, 1.0, 1.0);
}
