// The name tables of levels, muscle groups and signs, and the sign table's bands.
#include <catch2/catch.hpp>

#include <set>

#include "biomech/model.h"
#include "biomech/solved.h"

using namespace biomech;

TEST_CASE("levels run from L1-L2 at the top to L5-S1 at the bottom, one name each") {
  REQUIRE(kLevelCount == 5);
  CHECK(level_name(kAllLevels.front()) == "L1-L2");
  CHECK(level_name(kAllLevels.back()) == "L5-S1");
  for (std::size_t i = 0; i < kLevelCount; ++i) {
    CHECK(level_index(kAllLevels[i]) == i);
    CHECK(kLevelNames[i].value == kAllLevels[i]);
  }
  const auto out = solved(Inputs{});
  for (auto level : kAllLevels) CHECK(out.segment(level).level == level);
}

TEST_CASE("every muscle group has one name and one output row in its order") {
  std::set<std::string_view> names;
  for (auto group : kAllMuscleGroups) names.insert(muscle_group_name(group));
  CHECK(names.size() == kMuscleGroupCount);
  CHECK_FALSE(names.count("unknown"));
  const auto out = solved(Inputs{});
  for (auto group : kAllMuscleGroups) CHECK(out.muscle(group).group == group);
}

TEST_CASE("the sign table is in SignId order and every sign reads its band from it") {
  for (std::size_t i = 0; i < kSignCount; ++i) CHECK(static_cast<std::size_t>(kSigns[i].id) == i);
  const auto out = solved(Inputs{});
  for (const auto& spec : kSigns) {
    INFO(spec.name);
    const Sign& sign = out.sign(spec.id);
    CHECK(sign.normal_min == spec.normal_min);
    CHECK(sign.normal_max == spec.normal_max);
    CHECK(sign.normal_min < sign.normal_max);
    CHECK(sign_name(spec.id) == spec.name);
    CHECK_FALSE(sign.present);  // balanced standing shows none of them
  }
}

TEST_CASE("a sign names one side of its band") {
  SignInputs in{sign_spec(SignId::anterior_tilt).normal_min - 5.0, 0.0, 1.0, 1.0, 0.6};
  CHECK_FALSE(make_sign(SignId::anterior_tilt, in).present);  // tilted back: outside, not "forward"
  in.tilt_asis_psis_deg = sign_spec(SignId::anterior_tilt).normal_max + 0.1;
  CHECK(make_sign(SignId::anterior_tilt, in).present);
  in.hq_ratio = sign_spec(SignId::hq_imbalance).normal_min - 0.01;
  CHECK(make_sign(SignId::hq_imbalance, in).present);
  in.hq_ratio = sign_spec(SignId::hq_imbalance).normal_max + 0.5;
  CHECK_FALSE(make_sign(SignId::hq_imbalance, in).present);
}

TEST_CASE("the H:Q band starts at Ardern's 0.47 and holds the 0.6 norm at 60 deg/s") {
  const SignSpec& hq = sign_spec(SignId::hq_imbalance);
  CHECK(hq.normal_min == 0.47);
  CHECK(hq.normal_max >= 0.61);
  CHECK(hq.normal_max <= 0.65);
  CHECK(*solved(Inputs{}).hq_ratio >= hq.normal_min);
  CHECK(*solved(Inputs{}).hq_ratio <= hq.normal_max);
}

TEST_CASE("solve reads the signs in the state solved; the standing signs are one explicit call") {
  Inputs in;
  in.hamstrings_pct = 20;
  in.hip_flexor_tightness_pct = 80;
  in.activity = Activity::sit_slouched;
  const auto sitting = solved(in);
  const auto standing = solved(standing_inputs(in));
  CHECK(standing_inputs(in).activity == Activity::stand);
  CHECK(standing_inputs(in).hamstrings_pct == 20);
  // Slouched sitting rolls the pelvis back, so read there the tilt sign is off; standing it is on.
  CHECK_FALSE(sitting.sign(SignId::anterior_tilt).present);
  CHECK(standing.sign(SignId::anterior_tilt).present);
  auto both = solve_with_standing_signs(in);
  REQUIRE(both.ok());
  CHECK(both->signs == standing.signs);
  CHECK(both->pelvis == sitting.pelvis);
  CHECK(both->segments == sitting.segments);
}
