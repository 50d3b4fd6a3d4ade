in vec3 v_world;
flat in vec3 v_minor;  // sRGB
flat in vec3 v_major;
uniform float u_half_size_m;
out vec4 frag_color;

// Coverage of grid lines of the given spacing, antialiased with screen-space derivatives.
float line_coverage(vec2 p, float spacing, float width_px) {
  vec2 q = p / spacing;
  vec2 d = abs(fract(q - 0.5) - 0.5) / max(fwidth(q), vec2(1e-6));
  return 1.0 - clamp(min(d.x, d.y) - 0.5 * width_px + 0.5, 0.0, 1.0);
}

void main() {
  float minor = line_coverage(v_world.xz, 0.1, 1.0);
  float major = line_coverage(v_world.xz, 1.0, 1.6);
  // Fade towards the edge of the square so the floor has no hard border.
  float fade = 1.0 - smoothstep(0.55, 1.0, length(v_world.xz) / u_half_size_m);
  vec3 colour = major > 0.0 ? v_major : v_minor;
  // A quiet reference, not a pattern: the floor says where down is and no more (the minor lines
  // faint, the metre lines a little stronger), and it fades within a metre or so of the feet.
  float near_feet = 1.0 - smoothstep(0.4, 1.6, length(v_world.xz));
  float alpha = max(major * 0.45, minor * 0.22) * fade * near_feet;
  if (alpha <= 0.002) discard;
  frag_color = vec4(colour, alpha);
}
