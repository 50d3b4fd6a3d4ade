#include "biomech/disc_loads.h"

#include <algorithm>
#include <cmath>

#include "biomech/lordosis.h"
#include "core/units.h"

namespace biomech {
namespace {

// Shoulder height above the lumbar discs along the trunk: de Leva trunk length 0.5319 m
// (suprasternale → hip centre, 1.741 m reference man) minus the gait2392 lumbar joint's 0.1476 m
// above the hip centre (section 3.2), scaled with stature [C].
double shoulder_height_m(double height_m) { return (0.5319 - 0.1476) * height_m / 1.741; }

// Design: the facet share falls to 0 when a segment has lost 25 % of its standing lordosis (Adams &
// Hutton 1980: 0 % in erect sitting, slight flexion) and rises with the same slope beyond it.
// No source gives the slope (docs/reference/biomechanics.md section 2.3 says so).
constexpr double kFacetSlopePerRelativeLordosis = kStandingFacetShare / 0.25;
// Design: the posterior-annulus stress index grows as exp(2.5 × relative extra lordosis) times the
// compression ratio; only its direction is sourced (Adams & Hutton 1985; Nachemson).
constexpr double kPosteriorStressGain = 2.5;

double relative_lordosis(const LevelPosture& p) {
  return p.reference_lordosis_deg > 0 ? (p.lordosis_deg - p.reference_lordosis_deg) / p.reference_lordosis_deg
                                      : 0.0;
}

struct Statics {
  double compression_n;
  double shear_n;
  double extensor_force_n;
};
Statics statics(Level level, const LevelPosture& p, const BodyLoad& b, const DiscCalibration& c) {
  const double weight = core::kg_to_newtons(mass_fraction_above(level) * b.body_mass_kg);
  const double load = core::kg_to_newtons(b.load_kg);
  const double scale = b.height_m / 1.75;
  const double incline = core::deg_to_rad(b.trunk_inclination_deg);
  const double tilt = core::deg_to_rad(p.disc_tilt_deg);
  const double rest = c.resting_force_per_kg * b.body_mass_kg;
  if (!b.upright) return {rest, 0.0, 0.0};  // lying: the bed carries weight and moment
  // Moment about the disc (+ = flexing), balanced by the back extensors; a backward lean rests on
  // the backrest, so the extensors never push.
  const double body_arm = c.standing_com_offset_m * scale + c.com_height_m * scale * std::sin(incline);
  const double load_arm = shoulder_height_m(b.height_m) * std::sin(incline) + b.load_reach_m;
  const double moment = weight * body_arm + load * load_arm;
  const double extensor = std::max(0.0, moment) / c.extensor_lever_m;
  const double axial = (weight + load) * std::cos(tilt);
  return {rest + axial + extensor, (weight + load) * std::sin(tilt), extensor};
}

double pressure(double compression_n, double facet) {
  return kPressureFactor * (1.0 - facet) * compression_n / kDiscArea_mm2;
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

const DiscCalibration& disc_calibration() {
  // Four unknowns from four Wilke 1999 points, each equation linear once written in the moment-arm
  // ratios p = offset/lever, q = height/lever and u = 1/lever (closed form, no iteration):
  //   supine:   rest                                         = F_supine
  //   standing: rest + W·cosτ + W·p                          = F_standing
  //   flexed:   rest + W·cosτ + W·(p + q·sinα)               = F_flexed
  //   lifting:  rest + (W+L)·cosτ + W·(p + q·sinα) + L·d·u  = F_lift
  // where F = IDP·A / (1.5·(1 − facet share)) is the compression that gives Wilke's pressure.
  static const DiscCalibration calibration = [] {
    constexpr double mass = 70.0, height = 1.75, lift_kg = 20.0;
    const double weight = core::kg_to_newtons(mass_fraction_above(Level::l4_l5) * mass);
    const double load = core::kg_to_newtons(lift_kg);
    auto compression_for = [](double mpa, const LevelPosture& p) {
      return mpa * kDiscArea_mm2 / (kPressureFactor * (1.0 - facet_share(p)));
    };
    const Posture supine = posture_of(Activity::lie_supine), stand = posture_of(Activity::stand),
                  flexed = posture_of(Activity::stand_flexed), lift = posture_of(Activity::lift_rounded);
    const LevelPosture l_supine = calibration_level(supine), l_stand = calibration_level(stand),
                       l_flexed = calibration_level(flexed), l_lift = calibration_level(lift);
    const double rest = compression_for(0.10, l_supine);
    const double cos_stand = std::cos(core::deg_to_rad(l_stand.disc_tilt_deg));
    const double p = (compression_for(0.50, l_stand) - rest - weight * cos_stand) / weight;
    const double sin_flexed = std::sin(core::deg_to_rad(flexed.trunk_inclination_deg()));
    const double cos_flexed = std::cos(core::deg_to_rad(l_flexed.disc_tilt_deg));
    const double q =
        (compression_for(1.10, l_flexed) - rest - weight * cos_flexed - weight * p) / (weight * sin_flexed);
    const double sin_lift = std::sin(core::deg_to_rad(lift.trunk_inclination_deg()));
    const double cos_lift = std::cos(core::deg_to_rad(l_lift.disc_tilt_deg));
    const double arm = shoulder_height_m(height) * sin_lift + lift.load_reach_m;
    const double u =
        (compression_for(2.30, l_lift) - rest - (weight + load) * cos_lift - weight * (p + q * sin_lift)) /
        (load * arm);
    return DiscCalibration{rest / mass, p / u, q / u, 1.0 / u};
  }();
  return calibration;
}

double facet_share(const LevelPosture& p) {
  return std::clamp(kStandingFacetShare + kFacetSlopePerRelativeLordosis * relative_lordosis(p), 0.0,
                    kMaxFacetShare);
}

LevelLoad level_load(Level level, const LevelPosture& p, const BodyLoad& b) {
  const DiscCalibration& c = disc_calibration();
  const Statics now = statics(level, p, b, c);
  // Reference: the same body standing balanced, for the stress index.
  LevelPosture standing = p;
  standing.lordosis_deg = p.reference_lordosis_deg;
  standing.disc_tilt_deg = p.reference_disc_tilt_deg;
  BodyLoad upright{true, b.body_mass_kg, b.height_m, 0.0, 0.0, 0.0};
  const double reference = statics(level, standing, upright, c).compression_n;
  LevelLoad out;
  out.compression_n = now.compression_n;
  out.shear_n = now.shear_n;
  out.extensor_force_n = now.extensor_force_n;
  out.facet_share = facet_share(p);
  out.pressure_mpa = pressure(now.compression_n, out.facet_share);
  out.posterior_stress_index =
      (now.compression_n / reference) * std::exp(kPosteriorStressGain * relative_lordosis(p));
  return out;
}

}  // namespace biomech
