#include "biomech/inputs.h"

#include <cmath>
#include <cstdio>

namespace biomech {
namespace {
struct ActivityName {
  Activity activity;
  std::string_view name;
};
constexpr ActivityName kActivityNames[] = {
    {Activity::stand, "stand"},
    {Activity::lie_supine, "lie-supine"},
    {Activity::lie_side, "lie-side"},
    {Activity::sit_relaxed, "sit-relaxed"},
    {Activity::sit_upright, "sit-upright"},
    {Activity::sit_slouched, "sit-slouched"},
    {Activity::sit_flexed, "sit-flexed"},
    {Activity::stand_flexed, "stand-flexed"},
    {Activity::lift_rounded, "lift-rounded"},
    {Activity::lift_knees_bent, "lift-knees-bent"},
    {Activity::lift_close, "lift-close"},
    {Activity::walk, "walk"},
};
}  // namespace

std::string_view activity_name(Activity activity) {
  for (const auto& entry : kActivityNames)
    if (entry.activity == activity) return entry.name;
  return "unknown";
}

std::optional<Activity> activity_from_name(std::string_view name) {
  for (const auto& entry : kActivityNames)
    if (entry.name == name) return entry.activity;
  return std::nullopt;
}

bool is_lifting(Activity activity) {
  return activity == Activity::lift_rounded || activity == Activity::lift_knees_bent ||
         activity == Activity::lift_close;
}

std::string_view calibration_name(Calibration calibration) {
  return calibration == Calibration::article ? "article" : "evidence";
}

std::optional<Calibration> calibration_from_name(std::string_view name) {
  if (name == "article") return Calibration::article;
  if (name == "evidence") return Calibration::evidence;
  return std::nullopt;
}

// Ranges: strengths are percentages of normal; body size spans adults; PI spans the published
// adult range 33–85° (Vaz 2002) with a margin.
InputRange hamstrings_range() { return {"hamstrings", 0, 100, "%"}; }
InputRange quadriceps_range() { return {"quadriceps", 0, 100, "%"}; }
InputRange hip_flexor_tightness_range() { return {"hip-flexor-tightness", 0, 100, "%"}; }
InputRange glutes_range() { return {"glutes", 0, 100, "%"}; }
InputRange abdominals_range() { return {"abdominals", 0, 100, "%"}; }
InputRange load_range() { return {"load-kg", 0, 50, "kg"}; }
InputRange body_mass_range() { return {"body-mass", 35, 200, "kg"}; }
InputRange height_range() { return {"height", 1.40, 2.20, "m"}; }
InputRange pelvic_incidence_range() { return {"pelvic-incidence", 25, 90, "°"}; }

namespace {
core::Status check(const InputRange& range, double value) {
  if (!std::isfinite(value)) return core::make_error(std::string(range.name) + " must be a finite number");
  if (value < range.min || value > range.max) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "%.*s = %g is out of range %g..%g %.*s",
                  static_cast<int>(range.name.size()), range.name.data(), value, range.min, range.max,
                  static_cast<int>(range.unit.size()), range.unit.data());
    return core::make_error(buffer);
  }
  return core::Status::success();
}
}  // namespace

core::Status validate(const Inputs& in) {
  const std::pair<InputRange, double> checks[] = {
      {hamstrings_range(), in.hamstrings_pct},
      {quadriceps_range(), in.quadriceps_pct},
      {hip_flexor_tightness_range(), in.hip_flexor_tightness_pct},
      {glutes_range(), in.glutes_pct},
      {abdominals_range(), in.abdominals_pct},
      {load_range(), in.load_kg},
      {body_mass_range(), in.body_mass_kg},
      {height_range(), in.height_m},
      {pelvic_incidence_range(), in.pelvic_incidence_deg},
  };
  for (const auto& [range, value] : checks)
    if (auto status = check(range, value); !status) return status;
  return core::Status::success();
}

}  // namespace biomech
