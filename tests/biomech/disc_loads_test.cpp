// Disc loads follow from mechanics: activities by posture, body mass and load as physics says.
#include <catch2/catch.hpp>

#include "biomech/disc_loads.h"
#include "biomech/model.h"
#include "biomech/solved.h"
#include "core/units.h"

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

TEST_CASE("lying unloads the disc, bending loads it and lifting loads it most") {
  CHECK(l4l5_mpa(Activity::lie_supine) < l4l5_mpa(Activity::stand));
  CHECK(l4l5_mpa(Activity::stand) < l4l5_mpa(Activity::stand_flexed));
  CHECK(l4l5_mpa(Activity::stand_flexed) < l4l5_mpa(Activity::lift_rounded));
  CHECK(l4l5_mpa(Activity::lift_close) < l4l5_mpa(Activity::lift_rounded));
  CHECK(l4l5_mpa(Activity::lift_knees_bent) < l4l5_mpa(Activity::lift_rounded));
  CHECK(l4l5_mpa(Activity::sit_slouched) < l4l5_mpa(Activity::sit_flexed));
}

TEST_CASE("body size is physics: more mass loads the discs, more height spreads the load") {
  // Weight and its moments scale with mass; the muscles' postural tone does not, so a heavier body
  // loads the disc more, but less than in proportion.
  const double light = l4l5_mpa(Activity::stand, 50.0), heavy = l4l5_mpa(Activity::stand, 100.0);
  CHECK(heavy > 1.5 * light);
  CHECK(heavy < 2.0 * light);
  // A taller body of the same mass: longer levers, but larger discs and muscles (geometric
  // similarity): standing and lifting pressures fall.
  for (auto activity : {Activity::stand, Activity::lift_rounded}) {
    Inputs shorter;
    shorter.activity = activity;
    shorter.height_m = 1.60;
    Inputs taller = shorter;
    taller.height_m = 1.90;
    INFO(activity_name(activity));
    CHECK(solved(taller).segment(Level::l4_l5).pressure_mpa <
          solved(shorter).segment(Level::l4_l5).pressure_mpa);
  }
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

TEST_CASE("a heel strike's braking pitches the trunk forward and the back extensors answer it") {
  const LevelPosture standing{20.0, 20.0, 5.0, 5.0};
  BodyLoad body{true, 70.0, 1.75};
  TrunkDrive drive;
  drive.extensor_activation = kWalkingExtensorMean;
  const auto& c = disc_calibration(Calibration::evidence);
  const LevelLoad still = level_load(Level::l4_l5, standing, body, drive, c);
  body.braking_g = 0.2;
  const LevelLoad braked = level_load(Level::l4_l5, standing, body, drive, c);
  // The mass above L4-L5 decelerated at 0.2 g, acting at its COM height above the disc.
  const double mass_weight = core::kg_to_newtons(mass_fraction_above(Level::l4_l5) * 70.0);
  const double com_above = 4 * kLumbarSegment_m + c.com_height_m;
  CHECK(braked.external_moment_nm - still.external_moment_nm == Approx(0.2 * mass_weight * com_above));
  const auto force = [](const LevelLoad& l, TrunkMuscle m) { return l.muscles.force_n[trunk_index(m)]; };
  CHECK(force(braked, TrunkMuscle::erector_spinae) > force(still, TrunkMuscle::erector_spinae) + 50.0);
  // The burst is an answer to a moment, not a floor: the abdominals do not pull against it.
  CHECK(force(braked, TrunkMuscle::rectus_abdominis) <= force(still, TrunkMuscle::rectus_abdominis));
  CHECK(braked.compression_n > still.compression_n);
}
