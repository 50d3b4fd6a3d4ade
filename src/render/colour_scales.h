#pragma once
// The colour scales that carry meaning on the anatomy, with their legends. The shaders get their
// stops from here and the UI draws the same stops as legends, so the two never disagree.
#include <array>
#include <cstddef>

#include <glm/glm.hpp>

#include "render/palette.h"

namespace render {

struct ColourStop {
  float value;  // 0..1 along the scale
  palette::Srgb colour;
};

// Only colours: the legend's title and end labels are content texts (legend.* ids), in the UI's
// language.
struct ColourScale {
  static constexpr std::size_t kStops = 4;  // SCALE_STOPS in the shaders (gpu_contract.h)
  std::array<ColourStop, kStops> stops;
};

// Disc pressure, 0 = unloaded .. 1 = the top of the legend's range (the app decides the MPa).
const ColourScale& disc_pressure_scale();
// Change of a disc's load from the reference state: blue for less, a neutral grey for the same, red
// for more (blue-red stays distinct for red-green colour blindness). 0.5 is no change.
const ColourScale& disc_change_scale();
// Muscle strength: 0 = very weak .. 1 = normal strength.
const ColourScale& muscle_strength_scale();
// Muscle tension: 0 = slack .. 1 = taut.
const ColourScale& muscle_tension_scale();
// Facet and posterior-annulus load: 0 = none .. 1 = high.
const ColourScale& posterior_load_scale();

// The scale's colour at `value` (clamped), interpolated in linear light as the shader does.
glm::vec3 sample_linear(const ColourScale& scale, float value);

}  // namespace render
