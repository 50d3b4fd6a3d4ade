#include "render/colour_scales.h"

#include <algorithm>

namespace render {

const ColourScale& disc_pressure_scale() {
  // Calm blue-grey (the disc's own colour) through amber to a clear red: low load reads as
  // "normal tissue", high load as alarm, and the steps stay distinct for red-green colour blindness.
  static const ColourScale scale{
      {{{0.0f, {150, 166, 188}}, {0.34f, {214, 198, 150}}, {0.67f, {236, 150, 62}}, {1.0f, {200, 40, 36}}}}};
  return scale;
}

const ColourScale& disc_change_scale() {
  // Four even stops, so the two middle ones blend to a neutral grey at 0.5.
  static const ColourScale scale{
      {{{0.0f, {44, 110, 196}}, {0.34f, {168, 186, 208}}, {0.67f, {222, 196, 178}}, {1.0f, {204, 42, 38}}}}};
  return scale;
}

const ColourScale& muscle_strength_scale() {
  static const ColourScale scale{
      {{{0.0f, {214, 184, 170}}, {0.34f, {196, 128, 110}}, {0.67f, {170, 78, 62}}, {1.0f, {146, 48, 38}}}}};
  return scale;
}

const ColourScale& muscle_tension_scale() {
  static const ColourScale scale{
      {{{0.0f, {128, 96, 92}}, {0.34f, {150, 64, 50}}, {0.67f, {196, 70, 40}}, {1.0f, {236, 112, 40}}}}};
  return scale;
}

const ColourScale& posterior_load_scale() {
  static const ColourScale scale{
      {{{0.0f, {232, 222, 196}}, {0.34f, {236, 190, 120}}, {0.67f, {226, 120, 60}}, {1.0f, {190, 40, 90}}}}};
  return scale;
}

glm::vec3 sample_linear(const ColourScale& scale, float value) {
  value = std::clamp(value, 0.0f, 1.0f);
  const auto& s = scale.stops;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (value <= s[i].value) {
      const float t = (value - s[i - 1].value) / std::max(s[i].value - s[i - 1].value, 1e-6f);
      return glm::mix(palette::to_linear(s[i - 1].colour), palette::to_linear(s[i].colour), t);
    }
  }
  return palette::to_linear(s.back().colour);
}

}  // namespace render
