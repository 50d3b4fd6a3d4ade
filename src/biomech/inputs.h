#pragma once
// The model's inputs: a value type, compared with operator== so the app recomputes only on change.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace biomech {

// Each activity is defined by its posture (see activity.h), never by output values.
enum class Activity {
  stand,
  lie_supine,
  lie_side,
  sit_relaxed,
  sit_upright,
  sit_slouched,
  sit_flexed,
  stand_flexed,
  lift_rounded,
  lift_knees_bent,
  lift_close,
  walk,
};
inline constexpr std::array kAllActivities = {
    Activity::stand,        Activity::lie_supine,      Activity::lie_side,   Activity::sit_relaxed,
    Activity::sit_upright,  Activity::sit_slouched,    Activity::sit_flexed, Activity::stand_flexed,
    Activity::lift_rounded, Activity::lift_knees_bent, Activity::lift_close, Activity::walk,
};

// Command-line and file name of an activity ("lift-rounded").
std::string_view activity_name(Activity activity);
std::optional<Activity> activity_from_name(std::string_view name);
bool is_lifting(Activity activity);

// Two calibrations of one set of equations (docs/DESIGN.md): the article's explanation made visible,
// or what studies measured between people.
enum class Calibration { article, evidence };
std::string_view calibration_name(Calibration calibration);
std::optional<Calibration> calibration_from_name(std::string_view name);

struct Inputs {
  double hamstrings_pct = 100.0;           // strength, % of normal
  double quadriceps_pct = 100.0;           // strength, % of normal
  double hip_flexor_tightness_pct = 20.0;  // 20 = normal
  double glutes_pct = 100.0;               // gluteus maximus strength, % of normal
  double abdominals_pct = 100.0;           // strength, % of normal
  Activity activity = Activity::stand;
  double load_kg = 20.0;  // held load; applies to the lifting activities
  double body_mass_kg = 75.0;
  double height_m = 1.75;
  double pelvic_incidence_deg = 52.0;  // bone shape, fixed after growth
  Calibration calibration = Calibration::article;

  bool operator==(const Inputs&) const = default;
};

// The balanced reference state: all strengths 100, hip-flexor tightness 20, standing, 75 kg,
// 1.75 m, PI 52°, article calibration.
inline Inputs balanced_inputs() { return Inputs{}; }

// Allowed range of every numeric input, shared by the command line, the UI sliders and validation.
struct InputRange {
  std::string_view name;  // command-line spelling without dashes, e.g. "hamstrings"
  double min;
  double max;
  std::string_view unit;
};
InputRange hamstrings_range();
InputRange quadriceps_range();
InputRange hip_flexor_tightness_range();
InputRange glutes_range();
InputRange abdominals_range();
InputRange load_range();
InputRange body_mass_range();
InputRange height_range();
InputRange pelvic_incidence_range();

// Rejects out-of-range, NaN and infinite values with an error naming the input; never clamps.
core::Status validate(const Inputs& inputs);

}  // namespace biomech
