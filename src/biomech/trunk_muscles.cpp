#include "biomech/trunk_muscles.h"

#include <algorithm>
#include <cmath>

#include "biomech/recruitment.h"

namespace biomech {
namespace {

// Levers (m, + = extensor) and forces (N, both sides):
// - erector spinae (longissimus + iliocostalis, lumbar parts) and multifidus: gait2392's ercspn
//   (2500 N) lumps both and sits 4.3 cm behind its lumbar joint; 5 cm is the conventional lever
//   (docs/reference/biomechanics.md section 3.5). Design: 4000 N in all, split 3000 / 1000, so
//   that the back extensors' maximum moment (≈ 200 Nm) is of the order of measured isometric trunk
//   extension strength rather than gait2392's 125 Nm, which a 20 kg stoop lift would exhaust;
//   multifidus 5.5 cm at the lowest levels where it is thickest.
// - quadratus lumborum: lies beside the vertebral bodies, close to the sagittal centre of rotation;
//   500 N (design). It bends sideways; in this sagittal model it holds its postural tone and is not
//   recruited for flexion or extension (lever 0: min/max would otherwise load it as much as the
//   erector for almost no moment).
// - psoas: about on the centre of rotation (lever 0, design); its force comes from the hip; its
//   fascicles join from L1 downward, so less of it crosses the upper levels (design shares).
// - rectus abdominis: Jorgensen et al. 2005 (standing MRI) levers 9.7, 9.1, 8.5, 8.5, 9.8 cm;
//   600 N (design, a cross-section of about 6 cm² a side).
// - external / internal oblique: gait2392 extobl / intobl, 900 N each, 6.3 / 5.3 cm about its
//   lumbar joint, used at every level.
constexpr PerLevel<double> kAll = {1, 1, 1, 1, 1};
constexpr TrunkMuscleSpec kSpecs[] = {
    {TrunkMuscle::erector_spinae, 3000, {0.05, 0.05, 0.05, 0.05, 0.05}, kAll, false, false},
    {TrunkMuscle::multifidus, 1000, {0.05, 0.05, 0.05, 0.055, 0.055}, kAll, false, false},
    {TrunkMuscle::quadratus_lumborum, 500, {0, 0, 0, 0, 0}, kAll, false, false},
    {TrunkMuscle::psoas, 1113, {0, 0, 0, 0, 0}, {0.3, 0.5, 0.7, 0.9, 1.0}, false, true},
    {TrunkMuscle::rectus_abdominis, 600, {-0.097, -0.091, -0.085, -0.085, -0.098}, kAll, true, false},
    {TrunkMuscle::external_oblique, 900, {-0.063, -0.063, -0.063, -0.063, -0.063}, kAll, true, false},
    {TrunkMuscle::internal_oblique, 900, {-0.053, -0.053, -0.053, -0.053, -0.053}, kAll, true, false},
};
static_assert(std::size(kSpecs) == kTrunkMuscleCount);

// `co_contraction`: the abdominals' share of their normal capacity that trunk stability asks for
// (a force the job needs, so a weaker abdominal wall needs a larger share of what it has).
void fill_actuators(Level level, const TrunkDrive& drive, double co_contraction,
                    PerTrunkMuscle<Actuator>& out) {
  const std::size_t k = level_index(level);
  for (const TrunkMuscleSpec& s : kSpecs) {
    const double capacity = trunk_capacity_n(s.muscle, drive);
    Actuator& a = out[trunk_index(s.muscle)];
    a.lever_m = s.lever_m[k] * std::sqrt(drive.size_scale);  // levers grow with stature
    if (s.driven_by_hip) {
      a.capacity_n = 0.0;  // not recruited here
      a.floor_n = s.crossing[k] * drive.psoas_force_n;
      continue;
    }
    a.capacity_n = s.crossing[k] * capacity;
    if (!drive.upright) continue;  // lying: no floor
    const double posture_floor = s.lever_m[k] > 0.0 ? drive.extensor_activation : kTrunkPosturalActivation;
    double floor = posture_floor * a.capacity_n;
    if (s.abdominal)
      floor = std::max(floor, co_contraction * s.crossing[k] * s.max_force_n * drive.size_scale);
    a.floor_n = std::min(a.capacity_n, floor);
  }
}

}  // namespace

std::string_view trunk_muscle_name(TrunkMuscle muscle) { return name_in(kTrunkMuscleNames, muscle); }

const TrunkMuscleSpec& trunk_muscle_spec(TrunkMuscle muscle) { return kSpecs[trunk_index(muscle)]; }

double trunk_capacity_n(TrunkMuscle muscle, const TrunkDrive& drive) {
  const TrunkMuscleSpec& s = trunk_muscle_spec(muscle);
  if (s.driven_by_hip) return s.max_force_n;
  return (s.abdominal ? drive.abdominal_strength : 1.0) * s.max_force_n * drive.size_scale;
}

TrunkLevel solve_trunk_level(Level level, double moment_nm, const TrunkDrive& drive) {
  TrunkLevel out;
  PerTrunkMuscle<Actuator> actuators{};
  fill_actuators(level, drive, 0.0, actuators);
  Recruitment r = recruit(actuators, moment_nm, out.force_n);
  // Abdominal co-contraction follows the extensors' effort; a second pass with the raised floor
  // (the extensors then carry the abdominals' extra flexing moment too).
  if (drive.upright && r.side > 0) {
    const double co = kAbdominalCoContraction * r.activation;
    if (co > kTrunkPosturalActivation) {
      fill_actuators(level, drive, co, actuators);
      r = recruit(actuators, moment_nm, out.force_n);
    }
  }
  out.activation = r.activation;
  out.working_side = r.side;
  out.unmet_nm = r.unmet_nm;
  for (double f : out.force_n) out.muscle_compression_n += f;
  return out;
}

double passive_flexion_moment_nm(double relative_flexion, double height_m) {
  if (relative_flexion <= 0.0) return 0.0;
  constexpr double kFlatMoment_nm = 40.0, kShape = 3.0;
  const double size = std::pow(height_m / 1.75, 3.0);
  return size * kFlatMoment_nm * (std::exp(kShape * relative_flexion) - 1.0) / (std::exp(kShape) - 1.0);
}

}  // namespace biomech
