#include "app/input_animator.h"

#include <algorithm>

namespace app {
namespace {
// Ease in and out (smoothstep): starts and ends at rest, so a preset never lurches.
double ease(double t) { return t * t * (3.0 - 2.0 * t); }

biomech::Inputs blend(const biomech::Inputs& a, const biomech::Inputs& b, double t) {
  auto mix = [t](double x, double y) { return x + (y - x) * t; };
  biomech::Inputs out = b;  // discrete fields (activity, calibration) switch at once to the target
  out.hamstrings_pct = mix(a.hamstrings_pct, b.hamstrings_pct);
  out.quadriceps_pct = mix(a.quadriceps_pct, b.quadriceps_pct);
  out.hip_flexor_tightness_pct = mix(a.hip_flexor_tightness_pct, b.hip_flexor_tightness_pct);
  out.glutes_pct = mix(a.glutes_pct, b.glutes_pct);
  out.abdominals_pct = mix(a.abdominals_pct, b.abdominals_pct);
  out.load_kg = mix(a.load_kg, b.load_kg);
  out.body_mass_kg = mix(a.body_mass_kg, b.body_mass_kg);
  out.height_m = mix(a.height_m, b.height_m);
  out.pelvic_incidence_deg = mix(a.pelvic_incidence_deg, b.pelvic_incidence_deg);
  return out;
}
}  // namespace

void InputAnimator::animate_to(const biomech::Inputs& target, float duration_s) {
  from_ = shown_;
  target_ = target;
  elapsed_s_ = 0.0f;
  duration_s_ = std::max(duration_s, 0.0f);
  if (duration_s_ == 0.0f) shown_ = target_;
}

bool InputAnimator::update(float delta_s) {
  if (!animating()) return false;
  elapsed_s_ = std::min(elapsed_s_ + std::max(delta_s, 0.0f), duration_s_);
  const double t = ease(static_cast<double>(elapsed_s_ / duration_s_));
  shown_ = elapsed_s_ >= duration_s_ ? target_ : blend(from_, target_, t);
  return true;
}

}  // namespace app
