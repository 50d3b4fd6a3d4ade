in vec2 v_uv;
flat in vec3 v_top;
flat in vec3 v_bottom;
out vec4 frag_color;
void main() {
  // A soft vertical gradient; interpolating in sRGB keeps it perceptually even.
  frag_color = vec4(mix(v_bottom, v_top, smoothstep(0.0, 1.0, v_uv.y)), 1.0);
}
