#include "biomech/presets.h"

#include <string>

namespace biomech {
namespace {
// Illustrative states for teaching, not patient data. "severe-imbalance" is the article calibration's
// reference case (hamstrings 20, quadriceps 100, hip-flexor tightness 80). Columns: strength of
// hamstrings, quadriceps; hip-flexor tightness; strength of glutes, abdominals; tightness of
// hamstrings, rectus femoris (20 = normal). Long sitting shortens the hamstrings and hip flexors.
constexpr Preset kPresets[] = {
    {"balanced", 100, 100, 20, 100, 100, 20, 20},
    {"weak-hamstrings", 40, 100, 20, 100, 100, 20, 20},
    {"tight-quads-hip-flexors", 100, 100, 75, 100, 100, 20, 75},
    {"severe-imbalance", 20, 100, 80, 100, 100, 20, 20},
    {"desk-worker", 55, 85, 70, 60, 60, 60, 40},
    {"athlete", 95, 100, 30, 100, 95, 25, 25},
    {"after-treatment", 85, 95, 35, 90, 90, 30, 30},
};
}  // namespace

std::span<const Preset> presets() { return kPresets; }

core::Result<Inputs> apply_preset(std::string_view name, Inputs base) {
  for (const Preset& p : kPresets) {
    if (p.name != name) continue;
    base.hamstrings_pct = p.hamstrings_pct;
    base.quadriceps_pct = p.quadriceps_pct;
    base.hip_flexor_tightness_pct = p.hip_flexor_tightness_pct;
    base.glutes_pct = p.glutes_pct;
    base.abdominals_pct = p.abdominals_pct;
    base.hamstring_tightness_pct = p.hamstring_tightness_pct;
    base.quadriceps_tightness_pct = p.quadriceps_tightness_pct;
    return base;
  }
  std::string names;
  for (const Preset& p : kPresets) names += (names.empty() ? "" : ", ") + std::string(p.name);
  return core::make_error("unknown preset (one of " + names + ")");
}

}  // namespace biomech
