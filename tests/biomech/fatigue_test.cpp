// The 3CC(-r) fatigue model: regression values of docs/reference/biomechanics.md section 6 and its
// properties.
#include <catch2/catch.hpp>

#include <cmath>

#include "biomech/fatigue.h"

using namespace biomech;

TEST_CASE("#22 the highest sustainable load is R/(F+R) = 0.084 for the knee-extensor set") {
  CHECK(sustainable_load(knee_extensor_parameters()) == Approx(0.084).margin(0.0005));
  CHECK(sustainable_load(elbow_parameters()) == Approx(0.093).margin(0.0005));
  // Below the limit a contraction is held for the whole hour; above it, it fails.
  CHECK(std::isinf(endurance_time_s(0.08, knee_extensor_parameters(), 3600.0)));
  CHECK(std::isfinite(endurance_time_s(0.09, knee_extensor_parameters(), 3600.0)));
}

TEST_CASE(
    "#23 endurance with the knee-extensor set: 20 % 607 s, 30 % 320 s, 50 % 129 s, 80 % 32 s (within 5 %)") {
  const auto p = knee_extensor_parameters();
  CHECK(endurance_time_s(0.20, p) == Approx(607).epsilon(0.05));
  CHECK(endurance_time_s(0.30, p) == Approx(320).epsilon(0.05));
  CHECK(endurance_time_s(0.50, p) == Approx(129).epsilon(0.05));
  CHECK(endurance_time_s(0.80, p) == Approx(32).epsilon(0.05));
}

TEST_CASE("endurance with the elbow set: 20 % 568 s, 50 % 117 s, 80 % 29 s (within 5 %)") {
  const auto p = elbow_parameters();
  CHECK(endurance_time_s(0.20, p) == Approx(568).epsilon(0.05));
  CHECK(endurance_time_s(0.50, p) == Approx(117).epsilon(0.05));
  CHECK(endurance_time_s(0.80, p) == Approx(29).epsilon(0.05));
}

TEST_CASE("the three compartments always sum to one") {
  Compartments s;
  const auto p = knee_extensor_parameters();
  for (int i = 0; i < 100000; ++i) {
    s = fatigue_step(s, i < 60000 ? 0.4 : 0.0, p, 0.002);
    REQUIRE(s.active + s.resting + s.fatigued == Approx(1.0).margin(1e-9));
  }
}

TEST_CASE("#24 halving strength doubles the target load and shortens endurance") {
  Inputs normal;
  Inputs weak;
  weak.hamstrings_pct = 50;
  auto a = simulate_fatigue(normal, Task::walk, 10, 0, 10);
  auto b = simulate_fatigue(weak, Task::walk, 10, 0, 10);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(b->hamstring_target == Approx(2 * a->hamstring_target));
  const auto p = knee_extensor_parameters();
  CHECK(endurance_time_s(b->hamstring_target, p) < endurance_time_s(a->hamstring_target, p));
}

TEST_CASE("weak hamstrings walking for ten minutes tire, tighten and face a rising strain risk") {
  Inputs in;
  in.hamstrings_pct = 30;
  auto series = simulate_fatigue(in, Task::walk, 600, 300, 30);
  REQUIRE(series.ok());
  const auto& first = series->samples.front();
  const auto& tired = series->samples[20];  // t = 600 s, end of walking
  const auto& rested = series->samples.back();
  CHECK(tired.time_s == Approx(600));
  CHECK(tired.hamstrings.fatigued > first.hamstrings.fatigued);
  CHECK(tired.hamstring_tightness_pct > first.hamstring_tightness_pct);
  CHECK(tired.hamstring_strain_risk > first.hamstring_strain_risk);
  CHECK(rested.hamstrings.fatigued < tired.hamstrings.fatigued);  // rest with r = 14.85 recovers
  // Normal hamstrings walking barely fatigue in the same time.
  auto normal = simulate_fatigue(Inputs{}, Task::walk, 600, 0, 600);
  REQUIRE(normal.ok());
  CHECK(normal->samples.back().hamstrings.fatigued < tired.hamstrings.fatigued);
}

TEST_CASE("fatigue simulation rejects bad inputs and durations") {
  Inputs bad;
  bad.hamstrings_pct = -1;
  CHECK_FALSE(simulate_fatigue(bad, Task::walk, 10, 0).ok());
  CHECK_FALSE(simulate_fatigue(Inputs{}, Task::walk, -1, 0).ok());
  CHECK_FALSE(simulate_fatigue(Inputs{}, Task::walk, 10, 0, 0).ok());
}
