#include "biomech/inputs.h"

namespace biomech {

std::string_view activity_name(Activity activity) { return name_in(kActivityNames, activity); }

std::optional<Activity> activity_from_name(std::string_view name) { return value_in(kActivityNames, name); }

bool is_lifting(Activity activity) {
  switch (activity) {
    case Activity::lift_rounded:
    case Activity::lift_knees_bent:
    case Activity::lift_close:
      return true;
    case Activity::stand:
    case Activity::lie_supine:
    case Activity::lie_side:
    case Activity::sit_relaxed:
    case Activity::sit_upright:
    case Activity::sit_slouched:
    case Activity::sit_flexed:
    case Activity::stand_flexed:
    case Activity::walk:
      return false;
  }
  return false;
}

std::string_view calibration_name(Calibration calibration) { return name_in(kCalibrationNames, calibration); }

std::optional<Calibration> calibration_from_name(std::string_view name) {
  return value_in(kCalibrationNames, name);
}

}  // namespace biomech
