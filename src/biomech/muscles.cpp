#include "biomech/muscles.h"

#include <algorithm>
#include <cmath>
#include <span>

#include <initializer_list>

#include "biomech/interpolate.h"
#include "biomech/trunk_muscles.h"
#include "core/units.h"

namespace biomech {
namespace {

// One muscle of gait2392 (docs/reference/biomechanics.md section 3.3 Fmax, section 3.5 hip moment arms at hip
// 0° and 30° flexion, knee moment arm at knee 0° and −30°; cm converted to m; + = flexor / extensor).
struct MuscleRow {
  double max_force_n;
  double hip_ma0_m;
  double hip_ma30_m;
  double knee_ma0_m;
  double knee_ma30_m;
};
constexpr MuscleRow kHamstrings[] = {
    {1288, -0.049, -0.058, -0.032, -0.039},  // semimem
    {410, -0.057, -0.071, -0.039, -0.046},   // semiten
    {896, -0.057, -0.066, -0.028, -0.035},   // bifemlh
};
constexpr MuscleRow kGluteusMaximus[] = {
    {573, -0.046, -0.037, 0, 0},  // glut_max1
    {819, -0.056, -0.046, 0, 0},  // glut_max2
    {552, -0.073, -0.070, 0, 0},  // glut_max3
};
constexpr MuscleRow kRectusFemoris[] = {{1169, 0.043, 0.053, 0.050, 0.050}};
constexpr MuscleRow kIliopsoas[] = {
    {1073, 0.039, 0.043, 0, 0},  // iliacus
    {1113, 0.039, 0.043, 0, 0},  // psoas
};
// Trunk muscles: their forces are the lumbar free bodies' (biomech/trunk_muscles.h: erector spinae +
// multifidus; rectus abdominis + both obliques), so the pelvis and the discs see the same muscles.
// Their lever about the hip axis is computed below from the section 3.4 path points; the lumbar moment
// arms are section 3.5's (ercspn +4.3 cm extensor; obliques −5.3 / −6.3 cm, mean −5.8).
double trunk_group_force_n(std::initializer_list<TrunkMuscle> members) {
  double sum = 0.0;
  for (TrunkMuscle m : members) sum += trunk_muscle_spec(m).max_force_n;
  return sum;
}
constexpr double kErectorLumbarMa_m = 0.043;
constexpr double kObliquesLumbarMa_m = -0.058;

std::span<const MuscleRow> rows(MuscleGroup group) {
  switch (group) {
    case MuscleGroup::hamstrings:
      return kHamstrings;
    case MuscleGroup::gluteus_maximus:
      return kGluteusMaximus;
    case MuscleGroup::rectus_femoris:
      return kRectusFemoris;
    case MuscleGroup::iliopsoas:
      return kIliopsoas;
    case MuscleGroup::erector_spinae:
    case MuscleGroup::abdominals:
      return {};  // trunk muscles: levers from path points (trunk_levers), not rows
  }
  return {};
}

// Moment arm between the two tabulated angles, linear; held constant outside 0–30° (design: the
// reference gives no values outside, and extrapolating a 30° span to 90° would invent them).
double interpolate_ma(double ma0, double ma30, double angle_deg) {
  const double t = std::clamp(angle_deg / 30.0, 0.0, 1.0);
  return ma0 + (ma30 - ma0) * t;
}
// ∫_0^angle MA dq in metres (q in radians), exact for the piecewise-linear MA above.
double integrate_ma(double ma0, double ma30, double angle_deg) {
  const double slope = (ma30 - ma0) / 30.0;  // per degree
  const double inside = std::clamp(angle_deg, 0.0, 30.0);
  double sum_m_deg = ma0 * inside + 0.5 * slope * inside * inside;  // 0 .. min(angle, 30)
  if (angle_deg > 30.0) sum_m_deg += ma30 * (angle_deg - 30.0);
  if (angle_deg < 0.0) sum_m_deg += ma0 * angle_deg;
  return core::deg_to_rad(sum_m_deg);
}
double group_ma(std::span<const MuscleRow> group, double angle_deg, bool knee) {
  double force_ma = 0.0, force = 0.0;
  for (const auto& row : group) {
    // Knee angle is negative in flexion; the tabulated knee values are at 0° and −30°.
    force_ma += row.max_force_n * (knee ? interpolate_ma(row.knee_ma0_m, row.knee_ma30_m, -angle_deg)
                                        : interpolate_ma(row.hip_ma0_m, row.hip_ma30_m, angle_deg));
    force += row.max_force_n;
  }
  return force > 0 ? force_ma / force : 0.0;
}
double group_length_m(std::span<const MuscleRow> group, const JointAngles& j) {
  // L(q) = L0 − ∫ MA dq (moment arm = −dL/dq), Fmax-weighted over the members.
  double force_dl = 0.0, force = 0.0;
  for (const auto& row : group) {
    const double hip = integrate_ma(row.hip_ma0_m, row.hip_ma30_m, j.hip_flexion_deg);
    // Knee: integrate in flexion degrees (−knee); dq = −d(flexion).
    const double knee = -integrate_ma(row.knee_ma0_m, row.knee_ma30_m, -j.knee_angle_deg);
    force_dl += row.max_force_n * -(hip + knee);
    force += row.max_force_n;
  }
  return force > 0 ? force_dl / force : 0.0;
}

// Sagittal lever (m) about the hip centre of a trunk muscle, from the gait2392 path points of section 3.4
// (pelvis frame: x anterior, y up), + = anterior pelvic tilt. A pull along the line from the pelvis
// point to the torso point (torso frame origin at the lumbar joint (−0.1007, 0.0815) of section 3.2).
double trunk_lever_m(double px, double py, double tx, double ty) {
  constexpr double hip_x = -0.0707, hip_y = -0.0661, lumbar_x = -0.1007, lumbar_y = 0.0815;
  const double ux0 = tx + lumbar_x - px, uy0 = ty + lumbar_y - py;
  const double n = std::hypot(ux0, uy0);
  const double ux = ux0 / n, uy = uy0 / n;
  const double rx = px - hip_x, ry = py - hip_y;
  // z-moment r × u: + z turns anterior points upward = posterior tilt, so negate.
  return -(rx * uy - ry * ux);
}
struct TrunkLevers {
  double erector_m;
  double obliques_m;  // Fmax-weighted intobl + extobl
};
const TrunkLevers& trunk_levers() {
  static const TrunkLevers levers = [] {
    const double ercspn = trunk_lever_m(-0.14, 0.0439, -0.055, 0.11);  // ≈ +5.7 cm
    const double intobl = trunk_lever_m(-0.04, 0.07, 0.07, 0.16);      // ≈ −2.3 cm
    const double extobl = trunk_lever_m(-0.03, -0.0636, 0.065, 0.11);  // ≈ −4.1 cm
    return TrunkLevers{ercspn, 0.5 * (intobl + extobl)};
  }();
  return levers;
}

// Iliopsoas normalized fiber length at hip 0°: 1.025, derived [C] from section 3.6: the +3.1 Nm at −20°
// (iliopsoas stretched) with the Thelen curve, Fmax 2186 N and MA 3.9 cm gives 1.16 at −20°, i.e.
// 1.16 − 0.039·0.349/0.100 ≈ 1.025 at 0°.
constexpr double kIliopsoasFiberLength0 = 1.025;
constexpr double kIliopsoasOptimalFiber_m = 0.100;  // iliacus, psoas lopt (section 3.3)
// Design constant: hip-flexor tightness 100 % shortens the iliopsoas rest length by 15 % of its
// optimal fiber length relative to normal (20 %); 0 % lengthens it by 3.75 %. No source gives this.
constexpr double kTightnessRestShortening = 0.15;

// Extra passive iliopsoas hip moment from tightness beyond normal (the table holds the normal one).
double tightness_extra_moment(double hip_flexion_deg, double tightness) {
  const double ma = group_ma(kIliopsoas, hip_flexion_deg, false);
  // Both members share one moment-arm row (section 3.5), so the first stands for the group.
  const MuscleRow& row = kIliopsoas[0];
  const double shortening =
      integrate_ma(row.hip_ma0_m, row.hip_ma30_m, hip_flexion_deg) / kIliopsoasOptimalFiber_m;
  const double fiber = kIliopsoasFiberLength0 - shortening;
  const double rest_scale = 1.0 - kTightnessRestShortening * (tightness - 0.2) / 0.8;
  const double f0 = group_max_force_n(MuscleGroup::iliopsoas);
  return (thelen_passive_force(fiber / rest_scale) - thelen_passive_force(fiber)) * f0 * ma;
}

// Hamstrings are shortened by knee flexion: the knee angle that matters for their passive tension is
// folded into an equivalent hip angle with the ratio of their knee to hip moment arms at neutral
// (Σ F·|MA_knee| / Σ F·|MA_hip| = 82.3 / 137.6 ≈ 0.60, section 3.5) [C]; design approximation.
double hamstring_equivalent_hip_deg(const JointAngles& j) {
  double knee = 0.0, hip = 0.0;
  for (const auto& row : kHamstrings) {
    knee += row.max_force_n * row.knee_ma0_m;
    hip += row.max_force_n * row.hip_ma0_m;
  }
  return j.hip_flexion_deg + (knee / hip) * j.knee_angle_deg;
}
// Rectus femoris is slackened by hip flexion: fold hip flexion into an equivalent knee angle with its
// hip / knee moment arm ratio 4.3 / 5.0 (section 3.5) [C].
double rectus_equivalent_knee_deg(const JointAngles& j) {
  const MuscleRow& row = kRectusFemoris[0];
  return j.knee_angle_deg + (row.hip_ma0_m / row.knee_ma0_m) * j.hip_flexion_deg;
}

// Design: a fully tight hamstring (or rectus femoris) meets the passive tension of a normal one 30°
// earlier in the range, e.g. a straight-leg raise stopped at about 60° instead of the 80–90° often
// taken as normal (Li, McClure & Pratt 1996 call ≤ 70° tight); 0 % tightness: 7.5° later. Normal
// (0.2) shifts nothing.
constexpr double kTightRangeShiftDeg = 30.0;
double tightness_shift_deg(double tightness) { return kTightRangeShiftDeg * (tightness - 0.2) / 0.8; }

}  // namespace

std::string_view muscle_group_name(MuscleGroup group) { return name_in(kMuscleGroupNames, group); }

double group_max_force_n(MuscleGroup group) {
  if (group == MuscleGroup::erector_spinae)
    return trunk_group_force_n({TrunkMuscle::erector_spinae, TrunkMuscle::multifidus});
  if (group == MuscleGroup::abdominals)
    return trunk_group_force_n(
        {TrunkMuscle::rectus_abdominis, TrunkMuscle::external_oblique, TrunkMuscle::internal_oblique});
  double sum = 0.0;
  for (const auto& row : rows(group)) sum += row.max_force_n;
  return sum;
}

double group_strength(MuscleGroup group, const MuscleState& m) {
  switch (group) {
    case MuscleGroup::hamstrings:
      return m.hamstrings;
    case MuscleGroup::gluteus_maximus:
      return m.glutes;
    case MuscleGroup::rectus_femoris:
      return m.quadriceps;  // the only quadriceps head crossing the hip
    case MuscleGroup::abdominals:
      return m.abdominals;
    case MuscleGroup::iliopsoas:
    case MuscleGroup::erector_spinae:
      return 1.0;  // no slider
  }
  return 1.0;
}

double group_hip_moment_arm_m(MuscleGroup group, double hip_flexion_deg) {
  if (group == MuscleGroup::erector_spinae) return trunk_levers().erector_m;
  if (group == MuscleGroup::abdominals) return trunk_levers().obliques_m;
  return group_ma(rows(group), hip_flexion_deg, false);
}

double iliopsoas_tightness_force_n(double hip_flexion_deg, double tightness) {
  const double ma = group_ma(kIliopsoas, hip_flexion_deg, false);
  return ma != 0.0 ? std::max(0.0, tightness_extra_moment(hip_flexion_deg, tightness) / ma) : 0.0;
}

double thelen_passive_force(double normalized_fiber_length) {
  // Thelen 2003 with gait2392's FmaxMuscleStrain 0.6 and KshapePassive 4 (sections 3.1 and 3.6).
  if (normalized_fiber_length <= 1.0) return 0.0;
  return (std::exp(4.0 * (normalized_fiber_length - 1.0) / 0.6) - 1.0) / (std::exp(4.0) - 1.0);
}

double passive_hip_moment_nm(double hip_flexion_deg) {
  static constexpr double kHip[] = {-20, 0, 20, 40, 60, 80, 90};
  static constexpr double kMoment[] = {3.1, 0.5, -1.4, -12.2, -48.1, -122.6, -160.8};  // section 3.6 [C]
  return interpolate(kHip, kMoment, hip_flexion_deg);
}

double rectus_femoris_passive_moment_nm(double knee_angle_deg) {
  if (knee_angle_deg >= 0.0)
    return 0.0;  // normalized fiber length 0.88 at hip 0, knee 0: slack (section 3.6)
  static constexpr double kFlexion[] = {0, 30, 60, 90};
  static constexpr double kMoment[] = {0.0, 1.0, 6.6, 19.1};  // section 3.6 [C]
  return interpolate(kFlexion, kMoment, -knee_angle_deg);
}

GroupMoment group_moment(MuscleGroup group, const JointAngles& j, const MuscleState& m,
                         double tone_fraction) {
  const double ma = group_hip_moment_arm_m(group, j.hip_flexion_deg);
  // The trunk muscles hold the measured-level tone of quiet posture in both calibrations (the
  // article's larger tone is the hip muscles'): the tone the lumbar free bodies give them too.
  const bool trunk = group == MuscleGroup::erector_spinae || group == MuscleGroup::abdominals;
  const double tone = trunk ? kTrunkPosturalActivation : tone_fraction;
  const double tone_force = tone * group_strength(group, m) * group_max_force_n(group);
  double passive_moment = 0.0;
  switch (group) {
    case MuscleGroup::hamstrings:
      // The section 3.6 net passive moment, its extension part given to the hamstrings (they dominate it
      // beyond 20° of flexion), its flexion part (hip extended) to iliopsoas.
      passive_moment = std::min(0.0, passive_hip_moment_nm(hamstring_equivalent_hip_deg(j) +
                                                           tightness_shift_deg(m.hamstring_tightness)));
      break;
    case MuscleGroup::iliopsoas:
      passive_moment = std::max(0.0, passive_hip_moment_nm(j.hip_flexion_deg)) +
                       tightness_extra_moment(j.hip_flexion_deg, m.hip_flexor_tightness);
      break;
    case MuscleGroup::rectus_femoris:
      passive_moment = rectus_femoris_passive_moment_nm(rectus_equivalent_knee_deg(j) -
                                                        tightness_shift_deg(m.quadriceps_tightness));
      break;
    case MuscleGroup::gluteus_maximus:
    case MuscleGroup::erector_spinae:
    case MuscleGroup::abdominals:
      break;  // their passive share is inside the net hip table (gmax) or not modelled (trunk)
  }
  const double passive_force = ma != 0.0 ? std::abs(passive_moment / ma) : 0.0;
  return GroupMoment{tone_force + passive_force, tone_force * ma + passive_moment, tone_force, passive_force};
}

double pelvis_muscle_moment_nm(const JointAngles& joints, const MuscleState& m, double tone_fraction) {
  double sum = 0.0;
  for (auto group : kAllMuscleGroups) sum += group_moment(group, joints, m, tone_fraction).hip_moment_nm;
  return sum;
}

double group_length_change_mm(MuscleGroup group, const JointAngles& joints,
                              double lumbar_extension_change_deg) {
  const double lumbar_rad = core::deg_to_rad(lumbar_extension_change_deg);
  switch (group) {
    case MuscleGroup::erector_spinae:
      return core::m_to_mm(-kErectorLumbarMa_m * lumbar_rad);
    case MuscleGroup::abdominals:
      return core::m_to_mm(-kObliquesLumbarMa_m * lumbar_rad);
    case MuscleGroup::hamstrings:
    case MuscleGroup::gluteus_maximus:
    case MuscleGroup::rectus_femoris:
    case MuscleGroup::iliopsoas:
      return core::m_to_mm(group_length_m(rows(group), joints));
  }
  return 0.0;
}

}  // namespace biomech
