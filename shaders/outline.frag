#include "srgb.glsl"
uniform vec3 u_colour;  // linear
out vec4 frag_color;
void main() { frag_color = vec4(encode_srgb(u_colour), 1.0); }
