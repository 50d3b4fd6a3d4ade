#include "biomech/model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "biomech/activity.h"
#include "biomech/disc_loads.h"
#include "biomech/fatigue.h"
#include "biomech/pelvis_equilibrium.h"

namespace biomech {
namespace {

// Angles go out on a 2⁻³² degree grid so that PT + SS == PI holds exactly in floating point: every
// value is below 2⁹ in magnitude, so sums and differences of grid values are exact.
double on_grid(double deg) { return std::ldexp(std::round(std::ldexp(deg, 32)), -32); }

PelvisOutputs pelvis_outputs(const Inputs& in, const Posture& posture, double muscle_rotation) {
  PelvisOutputs p;
  p.muscle_rotation_deg = muscle_rotation;
  p.rotation_deg = posture.pelvis_rotation_deg + muscle_rotation;
  p.pelvic_incidence_deg = on_grid(in.pelvic_incidence_deg);
  p.pelvic_tilt_deg = on_grid(neutral_pelvic_tilt_deg(in.pelvic_incidence_deg) - p.rotation_deg);
  p.sacral_slope_deg = p.pelvic_incidence_deg - p.pelvic_tilt_deg;  // exact on the grid
  p.tilt_asis_psis_deg = kNeutralAsisPsisTiltDeg + p.rotation_deg;
  p.hip_flexion_deg = posture.hip_flexion_deg + muscle_rotation;
  return p;
}

}  // namespace

std::optional<double> hq_ratio(double hamstrings_pct, double quadriceps_pct) {
  if (quadriceps_pct <= 0.0) return std::nullopt;
  return 0.6 * hamstrings_pct / quadriceps_pct;
}

const MuscleOutputs& Outputs::muscle(MuscleGroup group) const {
  return muscles[static_cast<std::size_t>(group)];
}
const Sign& Outputs::sign(SignId id) const { return signs[static_cast<std::size_t>(id)]; }

core::Result<Outputs> solve(const Inputs& in) {
  if (auto status = validate(in); !status) return status.error();
  const Posture posture = posture_of(in.activity);
  const MuscleState muscles = muscle_state(in);
  const EquilibriumConstants& constants = equilibrium_constants(in.calibration);
  auto equilibrium = solve_pelvis(posture, muscles, constants);
  if (!equilibrium) return equilibrium.error();
  const double theta = equilibrium->rotation_deg;

  Outputs out;
  out.solver_iterations = equilibrium->iterations;
  out.pelvis = pelvis_outputs(in, posture, theta);

  // Lordosis: the PI's expectation, coupled ~1:1 to the muscle-driven rotation, minus the
  // activity's lumbar flexion.
  out.expected_lordosis_deg = expected_lordosis_deg(in.pelvic_incidence_deg);
  const double coupled = lordosis_change_deg(theta);
  out.lumbar_lordosis_deg = out.expected_lordosis_deg + coupled - posture.lumbar_flexion_deg;
  // Trunk: pelvis rotation plus the lordosis given up (a pelvis tilted forward with the arch deepened
  // as much leaves the trunk upright).
  // Lying, the trunk is horizontal (90°) and carried by the bed.
  out.trunk_inclination_deg = posture.trunk_inclination_deg() + theta - coupled;
  const double statics_inclination = out.trunk_inclination_deg;
  if (!posture.upright) out.trunk_inclination_deg = 90.0;

  // Disc levels from the sacrum up: each disc's mid-plane tilt is the sacral slope minus the
  // lordosis of the segments below and half its own.
  const auto shares = lordosis_shares(in.pelvic_incidence_deg);
  const double ss0 = in.pelvic_incidence_deg - neutral_pelvic_tilt_deg(in.pelvic_incidence_deg);
  const BodyLoad body{posture.upright,
                      in.body_mass_kg,
                      in.height_m,
                      statics_inclination,
                      posture.holds_load ? in.load_kg : 0.0,
                      posture.load_reach_m};
  double below = 0.0, below0 = 0.0;
  for (std::size_t k = kAllLevels.size(); k-- > 0;) {
    const Level level = kAllLevels[k];
    const double ll = out.lumbar_lordosis_deg * shares[k], ll0 = out.expected_lordosis_deg * shares[k];
    const LevelPosture lp{ll, ll0, out.pelvis.sacral_slope_deg - below - 0.5 * ll, ss0 - below0 - 0.5 * ll0};
    below += ll;
    below0 += ll0;
    const LevelLoad load = level_load(level, lp, body);
    out.segments[k] = SegmentOutputs{level,
                                     ll,
                                     load.compression_n,
                                     load.shear_n,
                                     load.pressure_mpa,
                                     load.facet_share,
                                     load.posterior_stress_index};
  }

  const JointAngles joints = joint_angles(posture, theta);
  const double lumbar_change = out.lumbar_lordosis_deg - out.expected_lordosis_deg;
  for (std::size_t g = 0; g < kAllMuscleGroups.size(); ++g) {
    const MuscleGroup group = kAllMuscleGroups[g];
    const GroupMoment m = group_moment(group, joints, muscles, constants.tone_fraction);
    out.muscles[g] = MuscleOutputs{group, 100.0 * group_strength(group, muscles), m.force_n, m.hip_moment_nm,
                                   group_length_change_mm(group, joints, lumbar_change)};
  }

  out.hq_ratio = hq_ratio(in.hamstrings_pct, in.quadriceps_pct);
  if (!out.hq_ratio) out.warnings.emplace_back("quadriceps strength is 0: the H:Q ratio is undefined");
  if (in.hamstrings_pct <= 0.0)
    out.warnings.emplace_back("hamstring strength is 0: the strain-risk index is unbounded");
  const SignInputs sign_inputs{out.pelvis.tilt_asis_psis_deg,
                               out.lumbar_lordosis_deg - out.expected_lordosis_deg,
                               std::max(out.segment(Level::l4_l5).posterior_stress_index,
                                        out.segment(Level::l5_s1).posterior_stress_index),
                               hamstring_strain_risk(muscles.hamstrings, muscles.quadriceps, 1.0),
                               out.hq_ratio ? *out.hq_ratio : std::numeric_limits<double>::infinity()};
  for (std::size_t i = 0; i < kSignCount; ++i) out.signs[i] = make_sign(kSigns[i], sign_inputs);
  return out;
}

Inputs standing_inputs(const Inputs& inputs) {
  Inputs standing = inputs;
  standing.activity = Activity::stand;
  return standing;
}

core::Result<Outputs> solve_with_standing_signs(const Inputs& inputs) {
  auto out = solve(inputs);
  if (!out || inputs.activity == Activity::stand) return out;
  auto standing = solve(standing_inputs(inputs));
  if (!standing) return standing.error();
  out->signs = standing->signs;
  return out;
}

}  // namespace biomech
