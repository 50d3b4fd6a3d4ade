// Lighting happens in linear light; the framebuffer holds sRGB-encoded values.
vec3 encode_srgb(vec3 linear) {
  vec3 c = clamp(linear, 0.0, 1.0);
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}
