#include <catch2/catch.hpp>

#include "app/input_animator.h"

TEST_CASE("a preset glides from the shown state to its target and ends exactly on it") {
  biomech::Inputs start = biomech::balanced_inputs();
  biomech::Inputs target = start;
  target.hamstrings_pct = 20;
  target.hip_flexor_tightness_pct = 80;
  app::InputAnimator animator(start);
  animator.animate_to(target, 1.0f);

  double previous = animator.shown().hamstrings_pct;
  for (int frame = 0; frame < 30; ++frame) {
    animator.update(1.0f / 60.0f);
    // Monotonic, strictly between the ends while moving: no jump, no overshoot.
    CHECK(animator.shown().hamstrings_pct <= previous);
    CHECK(animator.shown().hamstrings_pct > 20.0);
    previous = animator.shown().hamstrings_pct;
  }
  // Half-way in time is half-way in value for a symmetric ease.
  CHECK(animator.shown().hamstrings_pct == Approx(60.0).margin(0.5));
  while (animator.update(1.0f / 60.0f)) {
  }
  CHECK(animator.shown() == target);
  CHECK_FALSE(animator.animating());
}

TEST_CASE("a jump shows the target at once") {
  app::InputAnimator animator(biomech::balanced_inputs());
  biomech::Inputs target = biomech::balanced_inputs();
  target.activity = biomech::Activity::sit_slouched;
  target.glutes_pct = 10;
  animator.jump_to(target);
  CHECK(animator.shown() == target);
  CHECK_FALSE(animator.update(0.1f));
}

TEST_CASE("a new target mid-glide starts from what is shown, not from the old start") {
  app::InputAnimator animator(biomech::balanced_inputs());
  biomech::Inputs weak = biomech::balanced_inputs();
  weak.hamstrings_pct = 0;
  animator.animate_to(weak, 1.0f);
  for (int i = 0; i < 30; ++i) animator.update(1.0f / 60.0f);
  const double mid = animator.shown().hamstrings_pct;
  animator.animate_to(biomech::balanced_inputs(), 1.0f);
  animator.update(1.0f / 600.0f);
  CHECK(animator.shown().hamstrings_pct == Approx(mid).margin(0.1));
}
