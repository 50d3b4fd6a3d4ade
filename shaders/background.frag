#version 330 core
#include "srgb.glsl"
in vec2 v_uv;
uniform vec3 u_top;     // linear
uniform vec3 u_bottom;  // linear
out vec4 frag_color;
void main() {
  // A soft vertical gradient; interpolating in sRGB keeps it perceptually even.
  vec3 top = encode_srgb(u_top);
  vec3 bottom = encode_srgb(u_bottom);
  frag_color = vec4(mix(bottom, top, smoothstep(0.0, 1.0, v_uv.y)), 1.0);
}
