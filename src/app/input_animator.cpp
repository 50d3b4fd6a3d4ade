#include "app/input_animator.h"

#include <algorithm>

#include "biomech/input_fields.h"

namespace app {
namespace {
// Ease in and out (smoothstep): starts and ends at rest, so a preset never lurches.
double ease(double t) { return t * t * (3.0 - 2.0 * t); }

biomech::Inputs blend(const biomech::Inputs& a, const biomech::Inputs& b, double t) {
  auto mix = [t](double x, double y) { return x + (y - x) * t; };
  // Discrete fields (activity, calibration) and inputs that do not glide switch at once to the target.
  biomech::Inputs out = b;
  for (const auto& field : biomech::kInputFields)
    if (field.glides) out.*field.member = mix(a.*field.member, b.*field.member);
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
