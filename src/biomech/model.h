#pragma once
// The model's entry point: inputs → pelvis, lumbar curve, disc loads, muscles and signs.
// Pure and fast (one solve is a few microseconds), so the UI may call it on every slider change.
//
// What a caller calls:
// - solve(inputs) is exactly one solve of that state. Its signs are read in that state.
// - The article's signs describe a person standing (buttocks out, a deep arch), so an app showing
//   another activity takes them from the standing state: solve(standing_inputs(inputs)).signs.
//   standing_inputs() changes only the activity, so a cache keyed on it is not invalidated by
//   switching activities, and a slider change while standing costs one solve, not two.
// - solve_with_standing_signs(inputs) does both in one call for callers without a cache (the
//   command line, tests): one solve standing, two otherwise.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "biomech/inputs.h"
#include "biomech/load_story.h"
#include "biomech/lordosis.h"
#include "biomech/muscles.h"
#include "biomech/signs.h"
#include "biomech/trunk_muscles.h"
#include "core/result.h"

namespace biomech {

struct PelvisOutputs {
  double tilt_asis_psis_deg = 0.0;    // clinical tilt: bone-shape angle + rotation, + = anterior
  double pelvic_tilt_deg = 0.0;       // spinopelvic PT
  double sacral_slope_deg = 0.0;      // SS; PT + SS == PI exactly
  double pelvic_incidence_deg = 0.0;  // PI (the input, on a 2⁻³² degree grid)
  double hip_flexion_deg = 0.0;
  double rotation_deg = 0.0;         // from the standing neutral: activity + muscle balance
  double muscle_rotation_deg = 0.0;  // the part muscle balance adds (equilibrium solution)
  bool operator==(const PelvisOutputs&) const = default;
};

struct SegmentOutputs {
  Level level = Level::l1_l2;
  double lordosis_deg = 0.0;
  double compression_n = 0.0;
  double shear_n = 0.0;
  double pressure_mpa = 0.0;
  double facet_share = 0.0;                  // fraction of compression through the facet joints
  double posterior_stress_index = 0.0;       // 1 = this level standing balanced
  double external_moment_nm = 0.0;           // flexing moment of the weight and load above, + = forward
  double passive_moment_nm = 0.0;            // the part carried by passive tissue (ligaments, disc)
  double muscle_force_n = 0.0;               // every trunk muscle force crossing this level
  double peak_compression_n = 0.0;           // over the gait cycle when walking; else = compression_n
  double peak_pressure_mpa = 0.0;            // the same for the pressure
  LoadStory story = LoadStory::as_standing;  // which load rises here, and why (load_story.h)
  bool operator==(const SegmentOutputs&) const = default;
};

struct MuscleOutputs {
  MuscleGroup group = MuscleGroup::hamstrings;
  double strength_pct = 100.0;
  double force_n = 0.0;
  double hip_moment_nm = 0.0;     // on the pelvis, + = anterior tilt
  double length_change_mm = 0.0;  // from balanced standing
  double capacity_n = 0.0;        // strength × maximum isometric force
  double mvc_pct = 0.0;           // active force as a share of that capacity (%MVC)
  double reserve_pct = 100.0;     // capacity left: 100 − mvc_pct, never below 0
  bool operator==(const MuscleOutputs&) const = default;
};

// One trunk muscle in the lumbar free bodies (biomech/trunk_muscles.h). erector_spinae and
// abdominals in MuscleOutputs are sums of these at L4–L5, so readout and disc statics agree.
struct TrunkMuscleOutputs {
  TrunkMuscle muscle = TrunkMuscle::erector_spinae;
  PerLevel<double> force_by_level_n{};
  double force_n = 0.0;  // at L4–L5
  double capacity_n = 0.0;
  double mvc_pct = 0.0;  // at its most demanding level
  double reserve_pct = 100.0;
  bool operator==(const TrunkMuscleOutputs&) const = default;
};

struct Outputs {
  PelvisOutputs pelvis;
  double lumbar_lordosis_deg = 0.0;
  double expected_lordosis_deg = 0.0;  // what the PI predicts (Le Huec)
  double trunk_inclination_deg = 0.0;
  PerLevel<SegmentOutputs> segments{};
  std::array<MuscleOutputs, kMuscleGroupCount> muscles{};
  PerTrunkMuscle<TrunkMuscleOutputs> trunk_muscles{};
  double hip_task_moment_nm = 0.0;       // the hips' extra moment for this activity (hip_task.h)
  std::optional<double> hq_ratio;        // conventional H:Q at 60 °/s; none when quadriceps is 0
  std::array<Sign, kSignCount> signs{};  // read in the state solved; see standing_inputs()
  std::vector<std::string> warnings;
  int solver_iterations = 0;
  bool operator==(const Outputs&) const = default;

  const SegmentOutputs& segment(Level level) const { return segments[level_index(level)]; }
  const MuscleOutputs& muscle(MuscleGroup group) const;
  const TrunkMuscleOutputs& trunk_muscle(TrunkMuscle m) const { return trunk_muscles[trunk_index(m)]; }
  const Sign& sign(SignId id) const;
};

// Validates the inputs (errors name the input) and solves exactly this state, once.
core::Result<Outputs> solve(const Inputs& inputs);
// The same person, muscles, body and calibration standing: the state the article's signs describe.
Inputs standing_inputs(const Inputs& inputs);
// solve(inputs) with the signs of solve(standing_inputs(inputs)): one solve when standing, two
// otherwise.
core::Result<Outputs> solve_with_standing_signs(const Inputs& inputs);

// Conventional H:Q for these strengths: 0.6 × hamstrings / quadriceps (Coombs & Garbutt 2002 norm).
std::optional<double> hq_ratio(double hamstrings_pct, double quadriceps_pct);

}  // namespace biomech
