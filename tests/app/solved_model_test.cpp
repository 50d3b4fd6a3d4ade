// The solved model is recomputed only where what it derives from changed: one input change costs
// one solve of the current state, plus the reference's when the reference changed and the tilt
// curve's when an input other than the hamstrings changed. Counted with the object's own counter.
#include <catch2/catch.hpp>

#include "app/solved_model.h"

namespace {
int solves_for(app::SolvedModel& solved, const biomech::Inputs& inputs,
               const app::Reference& reference = {}) {
  const int before = solved.solve_count();
  solved.update(inputs, reference);
  return solved.solve_count() - before;
}
}  // namespace

TEST_CASE(
    "the rest reference is solved once, and a first state costs its own, its reference's and the curve's") {
  app::SolvedModel solved;
  CHECK(solved.solve_count() == 1);
  CHECK(solves_for(solved, biomech::balanced_inputs()) == 1 + 1 + 11);
  CHECK(solved.current()->pelvis.tilt_asis_psis_deg ==
        Approx(solved.rest_reference().pelvis.tilt_asis_psis_deg));
}

TEST_CASE("the same inputs again cost no solve") {
  app::SolvedModel solved;
  solved.update(biomech::balanced_inputs());
  CHECK(solves_for(solved, biomech::balanced_inputs()) == 0);
}

TEST_CASE(
    "a hamstring change costs exactly one solve: the curve plots against it, the reference ignores it") {
  app::SolvedModel solved;
  biomech::Inputs in = biomech::balanced_inputs();
  solved.update(in);
  ui::TiltCurve curve;
  if (const ui::TiltCurve* solved_curve = solved.tilt_curve())
    curve = *solved_curve;
  else
    FAIL("no tilt curve");
  for (double pct : {90.0, 80.0, 40.0}) {
    in.hamstrings_pct = pct;
    CHECK(solves_for(solved, in) == 1);
  }
  const ui::TiltCurve* now = solved.tilt_curve();
  REQUIRE(now != nullptr);
  CHECK((now && *now == curve));
  // The curve's point at 40 % is the state now shown.
  CHECK(solved.tilt_curve()->tilt_deg[4] == Approx(solved.current()->pelvis.tilt_asis_psis_deg));
  CHECK(solved.reference()->pelvis.tilt_asis_psis_deg ==
        Approx(solved.rest_reference().pelvis.tilt_asis_psis_deg));
}

TEST_CASE("another muscle slider costs the current state and the tilt curve, not the reference") {
  app::SolvedModel solved;
  biomech::Inputs in = biomech::balanced_inputs();
  solved.update(in);
  in.hip_flexor_tightness_pct = 60.0;
  CHECK(solves_for(solved, in) == 1 + 11);
}

TEST_CASE("an activity or body change also re-solves the reference: the same person, balanced, doing that") {
  app::SolvedModel solved;
  biomech::Inputs in = biomech::balanced_inputs();
  in.hamstrings_pct = 30.0;
  solved.update(in);
  in.activity = biomech::Activity::sit_slouched;
  CHECK(solves_for(solved, in) == 1 + 1 + 11);
  REQUIRE(solved.reference_inputs() != nullptr);
  CHECK(solved.reference_inputs()->activity == biomech::Activity::sit_slouched);
  CHECK(solved.reference_inputs()->hamstrings_pct == biomech::balanced_inputs().hamstrings_pct);
  in.body_mass_kg = 90.0;
  CHECK(solves_for(solved, in) == 1 + 1 + 11);
}

TEST_CASE("a pinned reference is solved once and kept whatever the current state does") {
  app::SolvedModel solved;
  app::Reference pinned;
  pinned.pinned = biomech::balanced_inputs();
  pinned.pinned->hamstrings_pct = 20.0;
  biomech::Inputs in = biomech::balanced_inputs();
  CHECK(solves_for(solved, in, pinned) == 1 + 1 + 11);
  in.activity = biomech::Activity::stand_flexed;
  CHECK(solves_for(solved, in, pinned) == 1 + 11);
  CHECK(solved.reference_inputs()->hamstrings_pct == 20.0);
  CHECK(solved.reference_inputs()->activity == biomech::Activity::stand);
}

TEST_CASE("inputs the model rejects keep the last good results and say why") {
  app::SolvedModel solved;
  biomech::Inputs in = biomech::balanced_inputs();
  solved.update(in);
  const double tilt = solved.current()->pelvis.tilt_asis_psis_deg;
  in.hamstrings_pct = 400.0;
  solved.update(in);
  CHECK_FALSE(solved.error().empty());
  CHECK(solved.current()->pelvis.tilt_asis_psis_deg == tilt);
}
