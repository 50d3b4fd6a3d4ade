// Muscle geometry against the gait2392 figures, and the model's rejection of bad inputs.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "biomech/model.h"
#include "biomech/muscles.h"

using namespace biomech;

TEST_CASE("#14 hip moment arms at neutral match gait2392 (cm)") {
  CHECK(group_hip_moment_arm_m(MuscleGroup::hamstrings, 0) * 100 == Approx(-5.3).margin(0.5));
  CHECK(group_hip_moment_arm_m(MuscleGroup::rectus_femoris, 0) * 100 == Approx(4.3).margin(0.1));
  CHECK(group_hip_moment_arm_m(MuscleGroup::iliopsoas, 0) * 100 == Approx(3.9).margin(0.1));
  const double gmax = group_hip_moment_arm_m(MuscleGroup::gluteus_maximus, 0) * 100;
  CHECK(gmax <= -4.6);
  CHECK(gmax >= -7.3);
  // Trunk muscles from the section 3.4 path points: the back extensors tilt the pelvis forward, the obliques
  // back.
  CHECK(group_hip_moment_arm_m(MuscleGroup::erector_spinae, 0) * 100 == Approx(5.7).margin(0.2));
  CHECK(group_hip_moment_arm_m(MuscleGroup::abdominals, 0) < 0.0);
}

TEST_CASE("#15 passive hip moment with the knee straight grows steeply with flexion") {
  CHECK(passive_hip_moment_nm(40) == Approx(-12.2));
  CHECK(passive_hip_moment_nm(60) == Approx(-48.1));
  CHECK(passive_hip_moment_nm(80) == Approx(-122.6));
  CHECK(passive_hip_moment_nm(-20) > 0.0);
}

TEST_CASE(
    "#16 rectus femoris pulls passively only with the knee bent: 0 Nm straight, about 19 Nm at 90 deg") {
  CHECK(rectus_femoris_passive_moment_nm(0) == 0.0);
  CHECK(rectus_femoris_passive_moment_nm(-90) == Approx(19.1));
  CHECK(thelen_passive_force(0.88) == 0.0);
  CHECK(thelen_passive_force(1.6) == Approx(1.0));  // F0 at 60 % strain (FmaxMuscleStrain 0.6)
}

TEST_CASE("anterior tilt lengthens the hamstrings about 1 mm per degree") {
  const double per_deg = group_length_change_mm(MuscleGroup::hamstrings, JointAngles{10, 0}, 0) / 10;
  CHECK(per_deg == Approx(0.95).margin(0.1));
  CHECK(group_length_change_mm(MuscleGroup::iliopsoas, JointAngles{10, 0}, 0) < 0.0);
  CHECK(group_length_change_mm(MuscleGroup::hamstrings, JointAngles{0, -90}, 0) < 0.0);
}

TEST_CASE("bad inputs are rejected with a message naming the input, never clamped") {
  struct Case {
    double Inputs::*field;
    double value;
    const char* name;
  };
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  const Case cases[] = {
      {&Inputs::hamstrings_pct, nan, "hamstrings"},
      {&Inputs::quadriceps_pct, 101, "quadriceps"},
      {&Inputs::hip_flexor_tightness_pct, -1, "hip-flexor-tightness"},
      {&Inputs::glutes_pct, inf, "glutes"},
      {&Inputs::abdominals_pct, -inf, "abdominals"},
      {&Inputs::load_kg, 51, "load-kg"},
      {&Inputs::body_mass_kg, 20, "body-mass"},
      {&Inputs::height_m, nan, "height"},
      {&Inputs::pelvic_incidence_deg, 100, "pelvic-incidence"},
  };
  for (const auto& c : cases) {
    Inputs in;
    in.*c.field = c.value;
    auto out = solve(in);
    REQUIRE_FALSE(out.ok());
    CHECK(out.error().message.find(c.name) != std::string::npos);
  }
}

TEST_CASE("strength 0 is a valid input whose undefined ratios are reported, not hidden") {
  Inputs in;
  in.quadriceps_pct = 0;
  auto out = solve(in);
  REQUIRE(out.ok());
  CHECK_FALSE(out->hq_ratio.has_value());
  CHECK_FALSE(out->warnings.empty());
}
