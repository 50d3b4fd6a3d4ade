#include "biomech/disc_loads.h"

#include <algorithm>
#include <cmath>

#include "biomech/lordosis.h"
#include "biomech/muscles.h"
#include "biomech/pelvis_equilibrium.h"
#include "core/units.h"

namespace biomech {
namespace {

// Shoulder height above the lumbar discs along the trunk: de Leva trunk length 0.5319 m
// (suprasternale → hip centre, 1.741 m reference man) minus the gait2392 lumbar joint's 0.1476 m
// above the hip centre (section 3.2), scaled with stature [C].
double shoulder_height_m(double height_m) { return (0.5319 - 0.1476) * height_m / 1.741; }

// Horizontal shift (m, + = forward) of the thoracolumbar junction against `level`'s disc, from the
// vertebrae between them: each turns by the pelvis' rotation plus the flexion of every level below
// it. Standing, every shift is 0 (the fitted offset holds the standing lever).
double chain_shift_m(Level level, const BodyLoad& b) {
  const double segment = kLumbarSegment_m * b.height_m / 1.75;
  double turn = b.pelvis_rotation_deg, shift = 0.0;
  for (std::size_t i = kLevelCount; i-- > 0;) {
    turn += b.flexion_deg[i];  // the vertebra above disc i
    if (i <= level_index(level)) shift += segment * std::sin(core::deg_to_rad(turn));
  }
  return shift;
}

// Design: the facet share falls to 0 when a segment has lost 25 % of its standing lordosis (Adams &
// Hutton 1980: 0 % in erect sitting, slight flexion) and rises with the same slope beyond it.
// No source gives the slope (docs/reference/biomechanics.md section 2.3 says so).
constexpr double kFacetSlopePerRelativeLordosis = kStandingFacetShare / 0.25;
// Design: the posterior-annulus stress index grows as exp(2.5 × relative extra lordosis) times the
// compression ratio; only its direction is sourced (Adams & Hutton 1985; Nachemson).
constexpr double kPosteriorStressGain = 2.5;
// Design: the passive tissues that resist flexion (supraspinous and interspinous ligaments,
// thoracolumbar fascia) pull about as far behind the disc as the erector spinae, so the moment they
// carry compresses the disc as much as muscle would.
constexpr double kPassiveLever_m = 0.05;
// Design: friction between a reclined back and the backrest (coefficient 0.4, fabric on a seat
// back) carries that share of the backrest's normal force along the spine.
constexpr double kBackrestFriction = 0.4;

double relative_lordosis(const LevelPosture& p) {
  return p.reference_lordosis_deg > 0 ? (p.lordosis_deg - p.reference_lordosis_deg) / p.reference_lordosis_deg
                                      : 0.0;
}

struct Statics {
  double compression_n = 0.0;
  double shear_n = 0.0;
  double external_moment_nm = 0.0;
  double passive_moment_nm = 0.0;
  TrunkLevel muscles;
};
Statics statics(Level level, const LevelPosture& p, const BodyLoad& b, const TrunkDrive& drive,
                const DiscCalibration& c) {
  Statics s;
  const double rest = c.resting_force_per_kg * b.body_mass_kg;
  if (!b.upright) {  // lying: the bed carries weight and moment, the muscles rest
    s.compression_n = rest;
    if (b.side_lying) {  // on the side: quadratus lumborum and the obliques hold the spine straight
      for (TrunkMuscle m :
           {TrunkMuscle::quadratus_lumborum, TrunkMuscle::external_oblique, TrunkMuscle::internal_oblique}) {
        const double f = kTrunkPosturalActivation * trunk_capacity_n(m, drive);
        s.muscles.force_n[trunk_index(m)] = f;
        s.muscles.muscle_compression_n += f;
      }
      s.compression_n += s.muscles.muscle_compression_n;
    }
    return s;
  }
  // Forearms resting on the thighs hand their weight to the seat, not to the lumbar spine.
  const double weight =
      b.weight_factor *
      core::kg_to_newtons((mass_fraction_above(level) - b.seat_carried_fraction) * b.body_mass_kg);
  const double load = core::kg_to_newtons(b.load_kg);
  const double scale = b.height_m / 1.75;
  const double incline = core::deg_to_rad(b.trunk_inclination_deg);
  const double tilt = core::deg_to_rad(p.disc_tilt_deg);
  // Moment about the disc (+ = flexing): the lumbar vertebrae above this disc carry the thorax, whose
  // COM and shoulders then lean with the thorax itself.
  const double chain = chain_shift_m(level, b);
  const double body_arm =
      c.standing_com_offset_m * scale + chain + c.com_height_m * scale * std::sin(incline);
  const double shoulders_above_chain = shoulder_height_m(b.height_m) - 5.0 * kLumbarSegment_m * scale;
  const double load_arm = chain + shoulders_above_chain * std::sin(incline) + b.load_reach_m;
  double moment = weight * body_arm + load * load_arm;
  if (b.braking_g != 0.0) {  // heel strike: the pelvis brakes, the trunk above it carries on
    const double mass_weight = weight / b.weight_factor;
    const double chain_length = static_cast<double>(level_index(level) + 1) * kLumbarSegment_m * scale;
    moment += b.braking_g * (mass_weight * (chain_length + c.com_height_m * scale) +
                             load * (chain_length + shoulders_above_chain));
  }
  if (b.backrest) moment = std::max(0.0, moment);  // leaning back: the backrest holds the trunk
  s.external_moment_nm = moment;
  s.passive_moment_nm =
      std::min(std::max(moment, 0.0), passive_flexion_moment_nm(-relative_lordosis(p), b.height_m));
  s.muscles = solve_trunk_level(level, moment - s.passive_moment_nm, drive);
  double axial = (weight + load) * std::cos(tilt);
  if (b.backrest && incline < 0.0)  // reclined: the backrest's friction holds part of the weight
    axial = std::max(0.0, axial - kBackrestFriction * weight * std::sin(-incline));
  s.compression_n = rest + axial + s.muscles.muscle_compression_n + s.passive_moment_nm / kPassiveLever_m;
  s.shear_n = (weight + load) * std::sin(tilt);
  return s;
}

double pressure(double compression_n, double facet, double height_m) {
  return kPressureFactor * (1.0 - facet) * compression_n / disc_area_mm2(height_m);
}

// Calibration postures at L4–L5: Wilke's subject (70 kg; 1.75 m assumed), PI 52°, balanced muscles.
LevelPosture calibration_level(const Posture& posture) {
  constexpr double incidence_deg = 52.0;
  const auto shares = lordosis_shares(incidence_deg);
  const double ll0 = expected_lordosis_deg(incidence_deg);
  const double ll = ll0 - posture.lumbar_flexion_deg;
  const double ss = incidence_deg - neutral_pelvic_tilt_deg(incidence_deg) + posture.pelvis_rotation_deg;
  const std::size_t i = level_index(Level::l4_l5);
  const double below = ll * shares[level_index(Level::l5_s1)];
  const double ss0 = incidence_deg - neutral_pelvic_tilt_deg(incidence_deg);
  const double below0 = ll0 * shares[level_index(Level::l5_s1)];
  return {ll * shares[i], ll0 * shares[i], ss - below - 0.5 * ll * shares[i],
          ss0 - below0 - 0.5 * ll0 * shares[i]};
}

// Pressure at L4–L5 of the calibration subject in `activity` for candidate constants.
double calibration_pressure(Activity activity, const DiscCalibration& c, Calibration mode) {
  const Posture posture = posture_of(activity);
  const LevelPosture level = calibration_level(posture);
  BodyLoad body{posture.upright,
                70.0,
                1.75,
                posture.trunk_inclination_deg(),
                posture.holds_load ? 20.0 : 0.0,
                posture.load_reach_m,
                posture.backrest,
                1.0};
  body.pelvis_rotation_deg = posture.pelvis_rotation_deg;
  const auto shares = lordosis_shares(52.0);
  for (std::size_t k = 0; k < kLevelCount; ++k) body.flexion_deg[k] = posture.lumbar_flexion_deg * shares[k];
  body.seat_carried_fraction = posture.forearms_rest ? c.seat_carried_fraction : 0.0;
  TrunkDrive drive;
  drive.upright = posture.upright;
  drive.psoas_force_n = psoas_force_n(posture, 0.0, MuscleState{}, mode);
  const Statics s = statics(Level::l4_l5, level, body, drive, c);
  return pressure(s.compression_n, facet_share(level), 1.75);
}

// Rohlmann et al. 2011: resting the arms on the thighs lowered the seated spinal load by 19 %.
constexpr double kArmsRestingLoadRatio = 0.81;

// Root of an increasing function on [lo, hi] by bisection (the calibration runs once).
template <typename F>
double increasing_root(F f, double lo, double hi) {
  for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
    const double mid = 0.5 * (lo + hi);
    (f(mid) < 0.0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// Lying fixes the preload; the COM's offset and height both move the two upright pressures, so they
// are fitted in turn, each with a bisection on its own activity, until neither moves (a few rounds).
DiscCalibration fit() {
  constexpr Calibration mode = Calibration::evidence;
  DiscCalibration c{1.0, 0.0, 0.2, 0.0, 0.0};
  c.resting_force_per_kg = 0.10 / calibration_pressure(Activity::lie_supine, c, mode);
  auto fit_one = [&](double DiscCalibration::*field, Activity activity, double mpa, double lo, double hi) {
    c.*field = increasing_root(
        [&](double v) {
          DiscCalibration t = c;
          t.*field = v;
          return calibration_pressure(activity, t, mode) - mpa;
        },
        lo, hi);
  };
  for (int round = 0; round < 50; ++round) {
    const DiscCalibration before = c;
    fit_one(&DiscCalibration::standing_com_offset_m, Activity::stand, 0.50, -0.02, 0.10);
    fit_one(&DiscCalibration::com_height_m, Activity::stand_flexed, 1.10, 0.0, 0.8);
    if (std::abs(c.standing_com_offset_m - before.standing_com_offset_m) < 1e-12 &&
        std::abs(c.com_height_m - before.com_height_m) < 1e-12)
      break;
  }
  // The seat's share, relaxed sitting with the forearms on the thighs against the same arms hanging
  // (the pressure ratio is the compression ratio: the posture, so the facet share, is the same).
  const double hanging = [&] {
    DiscCalibration t = c;
    t.seat_carried_fraction = 0.0;
    return calibration_pressure(Activity::sit_relaxed, t, mode);
  }();
  c.seat_carried_fraction = increasing_root(
      [&](double f) {
        DiscCalibration t = c;
        t.seat_carried_fraction = f;
        return hanging * kArmsRestingLoadRatio - calibration_pressure(Activity::sit_relaxed, t, mode);
      },
      0.0, 0.4);
  return c;
}

DiscCalibration with_psoas(DiscCalibration c, Calibration mode) {
  c.standing_psoas_force_n = psoas_force_n(posture_of(Activity::stand), 0.0, MuscleState{}, mode);
  return c;
}

}  // namespace

double mass_fraction_above(Level level) {
  constexpr double head_arms_upper = 0.0694 + 2 * (0.0271 + 0.0162 + 0.0061) + 0.1596;
  constexpr double mid = 0.1633, lower = 0.1117;
  switch (level) {
    case Level::l1_l2:
      return head_arms_upper + 0.6 * mid;
    case Level::l2_l3:
      return head_arms_upper + 0.8 * mid;
    case Level::l3_l4:
      return head_arms_upper + mid;
    case Level::l4_l5:
      return head_arms_upper + mid + 0.25 * lower;
    case Level::l5_s1:
      return head_arms_upper + mid + 0.5 * lower;
  }
  return 0.0;
}

double disc_area_mm2(double height_m) { return kDiscArea_mm2 * std::pow(height_m / 1.75, 2.0); }

const DiscCalibration& disc_calibration(Calibration calibration) {
  static const DiscCalibration body = fit();
  static const DiscCalibration article = with_psoas(body, Calibration::article);
  static const DiscCalibration evidence = with_psoas(body, Calibration::evidence);
  return calibration == Calibration::article ? article : evidence;
}

double facet_share(const LevelPosture& p) {
  return std::clamp(kStandingFacetShare + kFacetSlopePerRelativeLordosis * relative_lordosis(p), 0.0,
                    kMaxFacetShare);
}

LevelLoad level_load(Level level, const LevelPosture& p, const BodyLoad& b, const TrunkDrive& drive,
                     const DiscCalibration& c) {
  const Statics now = statics(level, p, b, drive, c);
  // Reference: the same body standing balanced, for the stress index.
  LevelPosture standing = p;
  standing.lordosis_deg = p.reference_lordosis_deg;
  standing.disc_tilt_deg = p.reference_disc_tilt_deg;
  const BodyLoad upright{true, b.body_mass_kg, b.height_m, 0.0, 0.0, 0.0, false, 1.0};
  TrunkDrive balanced;
  balanced.size_scale = drive.size_scale;
  balanced.psoas_force_n = c.standing_psoas_force_n;
  const double reference = statics(level, standing, upright, balanced, c).compression_n;
  LevelLoad out;
  out.compression_n = now.compression_n;
  out.shear_n = now.shear_n;
  out.external_moment_nm = now.external_moment_nm;
  out.passive_moment_nm = now.passive_moment_nm;
  out.muscles = now.muscles;
  out.facet_share = facet_share(p);
  out.reference_compression_n = reference;
  out.reference_facet_share = facet_share(standing);
  out.pressure_mpa = pressure(now.compression_n, out.facet_share, b.height_m);
  out.posterior_stress_index =
      (now.compression_n / reference) * std::exp(kPosteriorStressGain * relative_lordosis(p));
  return out;
}

}  // namespace biomech
