#include "biomech/model.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

#include "biomech/activity.h"
#include "biomech/disc_loads.h"
#include "biomech/fatigue.h"
#include "biomech/hip_task.h"
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
  p.hip_flexion_deg = posture.hip_flexion_deg() + muscle_rotation;
  return p;
}

double share_pct(double force_n, double capacity_n) {
  if (capacity_n <= 0.0) return force_n > 0.0 ? std::numeric_limits<double>::infinity() : 0.0;
  return 100.0 * force_n / capacity_n;
}
// Walking's loading response, when the heel strike has just taken the weight: the vertical ground
// reaction peaks at about 1.2 body weights and the braking (fore-aft) one at about 0.2 (design values
// in the middle of the commonly reported 1.1–1.3 and 0.15–0.25 of normal-speed gait; no figure in
// the reference). The trunk takes the body's accelerations: 0.2 g up and 0.2 g back.
constexpr double kGaitPeakWeightFactor = 1.2;
constexpr double kGaitPeakBrakingG = 0.2;

double reserve_of(double mvc_pct) { return std::clamp(100.0 - mvc_pct, 0.0, 100.0); }

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

  // Lordosis: the PI's expectation, coupled ~1:1 to the muscle-driven rotation, plus a tight psoas'
  // direct pull, minus the activity's lumbar flexion.
  out.expected_lordosis_deg = expected_lordosis_deg(in.pelvic_incidence_deg);
  const double coupled =
      lordosis_change_deg(theta) + psoas_lordosis_deg(posture, theta, muscles, in.calibration);
  out.lumbar_lordosis_deg = out.expected_lordosis_deg + coupled - posture.lumbar_flexion_deg;
  // Trunk: pelvis rotation plus the lordosis given up (a pelvis tilted forward with the arch deepened
  // as much leaves the trunk upright).
  // Lying, the trunk is horizontal (90°) and carried by the bed.
  out.trunk_inclination_deg = posture.trunk_inclination_deg() + theta - coupled;
  const double statics_inclination = out.trunk_inclination_deg;
  if (!posture.upright) out.trunk_inclination_deg = 90.0;

  // The hips first: their muscles set the psoas' pull on the lumbar spine and the hips' own task.
  const JointAngles joints = joint_angles(posture, theta);
  const double lumbar_change = out.lumbar_lordosis_deg - out.expected_lordosis_deg;
  const double load_kg = posture.holds_load ? in.load_kg : 0.0;
  const HipTask task =
      hip_task(posture, statics_inclination, in.body_mass_kg, in.height_m, load_kg, joints, muscles);
  out.hip_task_moment_nm = task.moment_nm;
  if (task.unmet_nm != 0.0)
    out.warnings.emplace_back("the hip muscles cannot hold this posture: they are at full capacity");
  for (std::size_t g = 0; g < kAllMuscleGroups.size(); ++g) {
    const MuscleGroup group = kAllMuscleGroups[g];
    const GroupMoment m = group_moment(group, joints, muscles, constants.tone_fraction);
    const double strength = group_strength(group, muscles);
    const double capacity = strength * group_max_force_n(group);
    // Active force: postural tone, the activity's hip task, and walking's mean gait excitation
    // (the same demand that drives the fatigue model).
    double active = m.tone_force_n + task.force_n[g];
    if (in.activity == Activity::walk && group != MuscleGroup::erector_spinae &&
        group != MuscleGroup::abdominals)
      active += task_demand(Task::walk, group) * group_max_force_n(group);
    // A muscle gives at most its capacity; what the task asks beyond it is the warning above.
    active = std::min(active, capacity);
    const double mvc = share_pct(active, capacity);
    out.muscles[g] = MuscleOutputs{group,
                                   100.0 * strength,
                                   active + m.passive_force_n,
                                   m.hip_moment_nm,
                                   group_length_change_mm(group, joints, lumbar_change),
                                   capacity,
                                   mvc,
                                   reserve_of(mvc)};
  }

  // Disc levels from the sacrum up: each disc's mid-plane tilt is the sacral slope minus the
  // lordosis of the segments below and half its own.
  const auto shares = lordosis_shares(in.pelvic_incidence_deg);
  const double ss0 = in.pelvic_incidence_deg - neutral_pelvic_tilt_deg(in.pelvic_incidence_deg);
  BodyLoad body{posture.upright, in.body_mass_kg,      in.height_m,     statics_inclination,
                load_kg,         posture.load_reach_m, posture.backrest};
  body.side_lying = posture.side_lying;
  body.pelvis_rotation_deg = out.pelvis.rotation_deg;
  for (std::size_t k = 0; k < kLevelCount; ++k)
    body.flexion_deg[k] = (out.expected_lordosis_deg - out.lumbar_lordosis_deg) * shares[k];
  TrunkDrive drive;
  drive.upright = posture.upright;
  drive.abdominal_strength = muscles.abdominals;
  // The psoas' tone and passive force, plus its share of what the hip task asks of the iliopsoas.
  drive.psoas_force_n =
      psoas_force_n(posture, theta, muscles, in.calibration) +
      kPsoasShareOfIliopsoas * task.force_n[static_cast<std::size_t>(MuscleGroup::iliopsoas)];
  drive.size_scale = std::pow(in.height_m / 1.75, 2.0);
  const DiscCalibration& calibration = disc_calibration(in.calibration);
  body.seat_carried_fraction = posture.forearms_rest ? calibration.seat_carried_fraction : 0.0;
  if (in.activity == Activity::walk) drive.extensor_activation = kWalkingExtensorMean;
  PerTrunkMuscle<double> peak_share{};
  bool exhausted = false;
  double below = 0.0, below0 = 0.0;
  for (std::size_t k = kAllLevels.size(); k-- > 0;) {
    const Level level = kAllLevels[k];
    const double ll = out.lumbar_lordosis_deg * shares[k], ll0 = out.expected_lordosis_deg * shares[k];
    const LevelPosture lp{ll, ll0, out.pelvis.sacral_slope_deg - below - 0.5 * ll, ss0 - below0 - 0.5 * ll0};
    below += ll;
    below0 += ll0;
    const LevelLoad load = level_load(level, lp, body, drive, calibration);
    // Walking's peak: the loading response, 1.2 body weights up and the braking that pitches the
    // trunk forward; the erector's burst is the muscles' answer to that pitch.
    double peak_pressure = load.pressure_mpa, peak_compression = load.compression_n;
    if (in.activity == Activity::walk) {
      BodyLoad heel_strike = body;
      heel_strike.weight_factor = kGaitPeakWeightFactor;
      heel_strike.braking_g = kGaitPeakBrakingG;
      const LevelLoad peak = level_load(level, lp, heel_strike, drive, calibration);
      peak_pressure = peak.pressure_mpa;
      peak_compression = peak.compression_n;
    }
    out.segments[k] =
        SegmentOutputs{level,
                       ll,
                       load.compression_n,
                       load.shear_n,
                       load.pressure_mpa,
                       load.facet_share,
                       load.posterior_stress_index,
                       load.external_moment_nm,
                       load.passive_moment_nm,
                       load.muscles.muscle_compression_n,
                       peak_compression,
                       peak_pressure,
                       load_story({load.compression_n / load.reference_compression_n, load.facet_share,
                                   load.reference_facet_share, load.posterior_stress_index})};
    exhausted = exhausted || load.muscles.unmet_nm != 0.0;
    for (TrunkMuscle m : kAllTrunkMuscles) {
      const std::size_t i = trunk_index(m);
      out.trunk_muscles[i].force_by_level_n[k] = load.muscles.force_n[i];
      const double crossing = trunk_muscle_spec(m).crossing[k];
      if (crossing > 0.0)
        peak_share[i] =
            std::max(peak_share[i], load.muscles.force_n[i] / (crossing * trunk_capacity_n(m, drive)));
    }
  }
  if (exhausted)
    out.warnings.emplace_back(
        "the back muscles cannot hold this posture: the passive tissues carry the rest");
  const std::size_t l45 = level_index(Level::l4_l5);
  for (TrunkMuscle m : kAllTrunkMuscles) {
    TrunkMuscleOutputs& t = out.trunk_muscles[trunk_index(m)];
    t.muscle = m;
    t.force_n = t.force_by_level_n[l45];
    t.capacity_n = trunk_capacity_n(m, drive);
    t.mvc_pct = 100.0 * peak_share[trunk_index(m)];
    t.reserve_pct = reserve_of(t.mvc_pct);
  }
  // The readout's two trunk groups are these muscles at L4–L5, so it and the discs tell one story.
  auto trunk_group = [&](MuscleGroup group, std::initializer_list<TrunkMuscle> members) {
    MuscleOutputs& g = out.muscles[static_cast<std::size_t>(group)];
    g.force_n = 0.0;
    g.capacity_n = 0.0;
    for (TrunkMuscle m : members) {
      g.force_n += out.trunk_muscle(m).force_n;
      g.capacity_n += out.trunk_muscle(m).capacity_n;
    }
    g.mvc_pct = share_pct(g.force_n, g.capacity_n);
    g.reserve_pct = reserve_of(g.mvc_pct);
  };
  trunk_group(MuscleGroup::erector_spinae, {TrunkMuscle::erector_spinae, TrunkMuscle::multifidus});
  trunk_group(MuscleGroup::abdominals,
              {TrunkMuscle::rectus_abdominis, TrunkMuscle::external_oblique, TrunkMuscle::internal_oblique});

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
