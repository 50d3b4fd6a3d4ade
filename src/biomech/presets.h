#pragma once
// Named muscle-balance states for the UI's preset buttons and `--preset NAME`. A preset sets the
// muscle sliders only; activity, body size, PI and calibration stay as they were.
#include <span>
#include <string_view>

#include "biomech/inputs.h"
#include "core/result.h"

namespace biomech {

struct Preset {
  std::string_view name;  // command-line and content id, e.g. "weak-hamstrings"
  double hamstrings_pct;
  double quadriceps_pct;
  double hip_flexor_tightness_pct;
  double glutes_pct;
  double abdominals_pct;
  double hamstring_tightness_pct;
  double quadriceps_tightness_pct;
};

std::span<const Preset> presets();
core::Result<Inputs> apply_preset(std::string_view name, Inputs base);

}  // namespace biomech
