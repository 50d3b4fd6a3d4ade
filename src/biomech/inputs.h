#pragma once
// The model's inputs: a value type, compared with operator== so the app recomputes only on change.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "biomech/enum_names.h"
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

// Command-line and file name of each activity ("lift-rounded"); one table for every reader.
inline constexpr EnumName<Activity> kActivityNames[] = {
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
std::string_view activity_name(Activity activity);
std::optional<Activity> activity_from_name(std::string_view name);
bool is_lifting(Activity activity);

// Two calibrations of one set of equations (docs/DESIGN.md): the article's explanation made visible,
// or what studies measured between people.
enum class Calibration { article, evidence };
inline constexpr std::array kAllCalibrations = {Calibration::article, Calibration::evidence};
inline constexpr EnumName<Calibration> kCalibrationNames[] = {
    {Calibration::article, "article"},
    {Calibration::evidence, "evidence"},
};
std::string_view calibration_name(Calibration calibration);
std::optional<Calibration> calibration_from_name(std::string_view name);

// The numeric fields are described once, row by row, in biomech/input_fields.h (JSON key, command-line
// flag, label, unit, range, balanced value): every layer reads that table. The defaults here are the
// balanced values of that table (a test keeps them equal).
struct Inputs {
  double hamstrings_pct = 100.0;           // strength, % of normal
  double quadriceps_pct = 100.0;           // strength, % of normal
  double hip_flexor_tightness_pct = 20.0;  // 20 = normal
  double hamstring_tightness_pct = 20.0;   // 20 = normal: length, not strength
  double quadriceps_tightness_pct = 20.0;  // rectus femoris; 20 = normal
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

// The balanced reference state, from the balanced column of kInputFields: all strengths 100,
// hip-flexor tightness 20, 20 kg load, 75 kg, 1.75 m, PI 52°; standing, article calibration.
Inputs balanced_inputs();
// The same person, body, load, activity and calibration with every muscle field (the rows of group
// muscle in kInputFields) at its balanced value: what "change from balanced" compares against.
Inputs with_balanced_muscles(const Inputs& inputs);

// Range of one numeric input. Thin lookups into kInputFields (biomech/input_fields.h), kept for the
// callers that have not moved to the table yet; new code reads the table.
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

// Rejects out-of-range, NaN and infinite values with an error naming the input's command-line flag
// and its range; never clamps. Reads kInputFields.
core::Status validate(const Inputs& inputs);

}  // namespace biomech
