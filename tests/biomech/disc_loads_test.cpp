// Disc loads follow from mechanics: activities by posture, body mass and load as physics says.
#include <catch2/catch.hpp>

#include "biomech/model.h"

using namespace biomech;

namespace {
double l4l5_mpa(Activity activity, double mass = 70.0, double load = 20.0) {
  Inputs in;
  in.activity = activity;
  in.body_mass_kg = mass;
  in.load_kg = load;
  auto out = solve(in);
  REQUIRE(out.ok());
  return out->segment(Level::l4_l5).pressure_mpa;
}
}  // namespace

TEST_CASE("uncalibrated activities land near Wilke 1999's other measurements") {
  // Wilke 1999 values from the paper's table as commonly cited (not in docs/reference/biomechanics.md, so
  // wide tolerances: these check that the mechanics are sane, not a fit).
  CHECK(l4l5_mpa(Activity::lie_side) == Approx(0.12).margin(0.05));
  CHECK(l4l5_mpa(Activity::sit_relaxed) == Approx(0.46).margin(0.2));
  CHECK(l4l5_mpa(Activity::sit_upright) == Approx(0.55).margin(0.15));
  CHECK(l4l5_mpa(Activity::sit_flexed) == Approx(0.83).margin(0.35));
  CHECK(l4l5_mpa(Activity::lift_knees_bent) == Approx(1.7).margin(0.4));
  CHECK(l4l5_mpa(Activity::lift_close) == Approx(1.1).margin(0.3));
  CHECK(l4l5_mpa(Activity::walk) == Approx(0.55).margin(0.15));
}

TEST_CASE("lying unloads the disc, bending loads it and lifting loads it most") {
  CHECK(l4l5_mpa(Activity::lie_supine) < l4l5_mpa(Activity::stand));
  CHECK(l4l5_mpa(Activity::stand) < l4l5_mpa(Activity::stand_flexed));
  CHECK(l4l5_mpa(Activity::stand_flexed) < l4l5_mpa(Activity::lift_rounded));
  CHECK(l4l5_mpa(Activity::lift_close) < l4l5_mpa(Activity::lift_rounded));
  CHECK(l4l5_mpa(Activity::lift_knees_bent) < l4l5_mpa(Activity::lift_rounded));
  CHECK(l4l5_mpa(Activity::sit_slouched) < l4l5_mpa(Activity::sit_flexed));
}

TEST_CASE("a heavier body loads the discs in proportion, standing") {
  const double light = l4l5_mpa(Activity::stand, 50.0), heavy = l4l5_mpa(Activity::stand, 100.0);
  CHECK(heavy / light == Approx(2.0).epsilon(1e-9));
}

TEST_CASE("a heavier load raises lifting pressure steadily and does nothing standing empty-handed") {
  double previous = 0.0;
  for (double kg = 0; kg <= 50; kg += 5) {
    const double p = l4l5_mpa(Activity::lift_rounded, 70.0, kg);
    CHECK(p > previous);
    previous = p;
  }
  CHECK(l4l5_mpa(Activity::stand, 70.0, 0.0) == l4l5_mpa(Activity::stand, 70.0, 50.0));
}

TEST_CASE("every level carries more than the one above it when standing upright") {
  auto out = solve(Inputs{});
  REQUIRE(out.ok());
  CHECK(out->segment(Level::l1_l2).compression_n < out->segment(Level::l3_l4).compression_n);
  CHECK(out->segment(Level::l3_l4).compression_n < out->segment(Level::l4_l5).compression_n);
  // The steep L5-S1 disc takes the largest forward shear.
  for (auto level : {Level::l1_l2, Level::l2_l3, Level::l3_l4, Level::l4_l5})
    CHECK(out->segment(Level::l5_s1).shear_n > out->segment(level).shear_n);
}

TEST_CASE("flexion moves load off the facets, extension onto them and the posterior annulus") {
  auto stand = solve(Inputs{});
  Inputs flexed_in;
  flexed_in.activity = Activity::stand_flexed;
  auto flexed = solve(flexed_in);
  REQUIRE(stand.ok());
  REQUIRE(flexed.ok());
  CHECK(flexed->segment(Level::l4_l5).facet_share < stand->segment(Level::l4_l5).facet_share);
  CHECK(stand->segment(Level::l4_l5).posterior_stress_index == Approx(1.0));
}
