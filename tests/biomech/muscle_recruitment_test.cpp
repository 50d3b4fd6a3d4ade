// One solve, one set of muscle forces: the lumbar free bodies recruit the trunk muscles by min/max,
// and the same forces fill the readout, compress the discs and show effort and reserve.
#include <catch2/catch.hpp>

#include <array>

#include "biomech/model.h"
#include "biomech/recruitment.h"
#include "biomech/solved.h"

using namespace biomech;

TEST_CASE("min/max recruitment: synergists share one activation and balance the moment exactly") {
  const std::array<Actuator, 3> muscles = {Actuator{0.05, 2000, 0}, Actuator{0.03, 1000, 0},
                                           Actuator{-0.08, 600, 30}};
  std::array<double, 3> force{};
  const Recruitment r = recruit(muscles, 60.0, force);
  CHECK(r.side == 1);
  CHECK(force[0] / 2000 == Approx(r.activation));
  CHECK(force[1] / 1000 == Approx(r.activation));
  CHECK(force[2] == 30.0);  // the antagonist stays at its floor
  CHECK(0.05 * force[0] + 0.03 * force[1] - 0.08 * force[2] == Approx(60.0));
  CHECK(r.unmet_nm == 0.0);
}

TEST_CASE("min/max recruitment: a muscle above its floor only once the shared activation reaches it") {
  const std::array<Actuator, 2> muscles = {Actuator{0.05, 1000, 200}, Actuator{0.05, 1000, 0}};
  std::array<double, 2> force{};
  recruit(muscles, 0.05 * 300, force);  // 100 N more than the floor's moment
  CHECK(force[0] == 200.0);
  CHECK(force[1] == Approx(100.0));
}

TEST_CASE("min/max recruitment: beyond capacity the muscles saturate and the rest is reported") {
  const std::array<Actuator, 1> muscles = {Actuator{0.05, 1000, 0}};
  std::array<double, 1> force{};
  const Recruitment r = recruit(muscles, 80.0, force);
  CHECK(r.activation == 1.0);
  CHECK(force[0] == 1000.0);
  CHECK(r.unmet_nm == Approx(30.0));
}

TEST_CASE("the erector in the readout is the erector that loads L4-L5, and it changes with the activity") {
  for (auto activity : kAllActivities) {
    Inputs in;
    in.activity = activity;
    const Outputs out = solved(in);
    INFO(activity_name(activity));
    CHECK(out.muscle(MuscleGroup::erector_spinae).force_n ==
          Approx(out.trunk_muscle(TrunkMuscle::erector_spinae).force_n +
                 out.trunk_muscle(TrunkMuscle::multifidus).force_n));
    double sum = 0.0;
    for (const auto& t : out.trunk_muscles) sum += t.force_n;
    CHECK(out.segment(Level::l4_l5).muscle_force_n == Approx(sum));
  }
  Inputs standing, lifting;
  lifting.activity = Activity::lift_rounded;
  CHECK(solved(lifting).muscle(MuscleGroup::erector_spinae).force_n >
        5.0 * solved(standing).muscle(MuscleGroup::erector_spinae).force_n);
}

TEST_CASE("a weaker muscle needs a larger share of its capacity for the same job, and keeps less reserve") {
  Inputs strong;
  strong.activity = Activity::stand_flexed;
  Inputs weak = strong;
  weak.hamstrings_pct = 40;
  const MuscleOutputs s = solved(strong).muscle(MuscleGroup::hamstrings);
  const MuscleOutputs w = solved(weak).muscle(MuscleGroup::hamstrings);
  CHECK(w.mvc_pct > s.mvc_pct);
  CHECK(w.reserve_pct < s.reserve_pct);
  CHECK(w.reserve_pct == Approx(100.0 - w.mvc_pct));
  // The same for the abdominals, which co-contract in a lift.
  Inputs lift;
  lift.activity = Activity::lift_rounded;
  Inputs weak_abs = lift;
  weak_abs.abdominals_pct = 40;
  CHECK(solved(weak_abs).muscle(MuscleGroup::abdominals).mvc_pct >
        solved(lift).muscle(MuscleGroup::abdominals).mvc_pct);
}

TEST_CASE("a stoop flexes the hips: the hamstrings are stretched and work to hold the trunk") {
  Inputs standing, stoop;
  stoop.activity = Activity::stand_flexed;
  const Outputs bent = solved(stoop), upright = solved(standing);
  CHECK(bent.pelvis.hip_flexion_deg >= 10.0);
  CHECK(bent.muscle(MuscleGroup::hamstrings).length_change_mm > 5.0);
  CHECK(bent.hip_task_moment_nm > 50.0);
  CHECK(upright.hip_task_moment_nm == Approx(0.0).margin(1e-9));
  CHECK(bent.muscle(MuscleGroup::hamstrings).mvc_pct > upright.muscle(MuscleGroup::hamstrings).mvc_pct + 5.0);
}

TEST_CASE("the psoas' pull compresses the lumbar discs: more at the levels more of it crosses") {
  Inputs in;
  in.hip_flexor_tightness_pct = 80;
  const Outputs out = solved(in);
  const auto& psoas = out.trunk_muscle(TrunkMuscle::psoas);
  CHECK(psoas.force_by_level_n[level_index(Level::l1_l2)] <
        psoas.force_by_level_n[level_index(Level::l5_s1)]);
  CHECK(psoas.force_n > solved(Inputs{}).trunk_muscle(TrunkMuscle::psoas).force_n);
}

TEST_CASE("the load story says which load rises: a deeper arch loads the back of the disc") {
  Inputs severe;
  severe.hamstrings_pct = 20;
  severe.hip_flexor_tightness_pct = 80;
  const Outputs arch = solved(severe), balanced = solved(Inputs{});
  CHECK(balanced.segment(Level::l4_l5).story == LoadStory::as_standing);
  CHECK(arch.segment(Level::l4_l5).story == LoadStory::arch_loads_back);
  // That is why the nucleus pressure can fall while the posterior index rises.
  CHECK(arch.segment(Level::l4_l5).pressure_mpa < balanced.segment(Level::l4_l5).pressure_mpa);
  CHECK(arch.segment(Level::l4_l5).posterior_stress_index >
        balanced.segment(Level::l4_l5).posterior_stress_index);
  Inputs lift;
  lift.activity = Activity::lift_rounded;
  CHECK(solved(lift).segment(Level::l4_l5).story == LoadStory::flexion_loads_nucleus);
}

TEST_CASE("beyond capacity a muscle gives all it has: 100 % MVC, no reserve, and a warning") {
  Inputs in;
  in.activity = Activity::lift_rounded;
  in.load_kg = 50;
  in.hamstrings_pct = 30;
  in.glutes_pct = 30;
  const Outputs out = solved(in);
  for (auto group : {MuscleGroup::hamstrings, MuscleGroup::gluteus_maximus, MuscleGroup::erector_spinae}) {
    INFO(muscle_group_name(group));
    CHECK(out.muscle(group).mvc_pct <= 100.0 + 1e-9);
    CHECK(out.muscle(group).reserve_pct == 0.0);
  }
  CHECK_FALSE(out.warnings.empty());
}
