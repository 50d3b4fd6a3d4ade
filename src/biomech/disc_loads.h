#pragma once
// Statics of every lumbar level, one free body each: the weight above the level and a held load
// flex it; the passive tissues carry part of that moment (biomech/trunk_muscles.h) and the trunk
// muscles, recruited by min/max, the rest. Compression is the axial part of the weight and load plus
// every muscle force crossing the level; shear the weight and load across the disc's mid-plane; then
// intradiscal pressure, facet share and a posterior-annulus stress index. Three constants are fitted
// to three Wilke 1999 activities (lying supine, standing, standing flexed); every other activity,
// the 20 kg rounded-back lift included, is a prediction (docs/validation.md).
#include <array>

#include "biomech/activity.h"
#include "biomech/inputs.h"
#include "biomech/lordosis.h"
#include "biomech/trunk_muscles.h"

namespace biomech {

// Body mass fraction above each level, de Leva 1996 (male): head 0.0694 + arms 2·(0.0271 + 0.0162 +
// 0.0061) + upper trunk 0.1596, plus the part of mid trunk (0.1633) and lower trunk (0.1117) above the
// level. Design split: mid trunk 60 / 80 / 100 % above L1–L2 / L2–L3 / L3–L4, lower trunk 25 / 50 %
// above L4–L5 / L5–S1. L4–L5: 0.519 BM, inside the 0.5–0.55 BM of docs/reference/biomechanics.md section 5
// [C].
double mass_fraction_above(Level level);

// Design: one lumbar motion segment, disc centre to disc centre, 36 mm at 1.75 m (a vertebral body
// of about 26 mm plus a disc of 9–12 mm, Onishi 2019 in docs/reference/biomechanics.md section 2.2),
// so L1–S1 spans 0.18 m and gait2392's one lumbar joint (near L5–S1) lies five segments below the
// thoracolumbar junction.
inline constexpr double kLumbarSegment_m = 0.036;

// Three constants of the body, fitted once to Wilke 1999 at L4–L5 for a 70 kg, 1.75 m body with the
// evidence calibration's measured-level tone: lying supine 0.10 MPa, relaxed standing 0.50, standing
// flexed 1.1. They describe the body, so the article calibration uses them too; its larger hip tone
// (the psoas crosses the lumbar spine) then shows as a higher standing pressure, an honest
// consequence of the article's explanation. The COM comes out 0.22 m above gait2392's lumbar joint
// (five segments plus com_height_m), about two thirds of its 0.32 m torso COM: the fit lumps the
// relief in flexion this model leaves out (docs/validation.md says so).
struct DiscCalibration {
  double resting_force_per_kg;   // N per kg body mass: compression from tissue preload, lying
  double standing_com_offset_m;  // COM of the body above the level, ahead of the disc, standing upright
  double com_height_m;           // that COM above the thoracolumbar junction, along the thorax (1.75 m)
  double standing_psoas_force_n = 0.0;  // the psoas' force standing balanced, this calibration
  // Body-mass fraction the thighs carry when the forearms rest on them, seated: the forearms, hands
  // and upper arms (de Leva: 0.099 BM) and the part of the trunk that leans on them. Not from Wilke:
  // set so that resting the arms on the thighs lowers the seated L4–L5 compression by 19 %, the mean
  // Rohlmann, Dreischarf, Zander, Graichen & Bergmann 2011 measured on telemeterized vertebral
  // body replacements in five patients (arms on the thighs against arms hanging).
  double seat_carried_fraction = 0.0;
};
const DiscCalibration& disc_calibration(Calibration calibration);

// Disc area: 1800 mm² at 1.75 m, the middle of the 1500–2000 mm² docs/reference/biomechanics.md
// section 2.2 gives for L4–L5 (design; no per-level table confirmed [U]), scaled with stature²
// (geometric similarity, design) so a taller body of the same mass spreads its load on larger discs.
inline constexpr double kDiscArea_mm2 = 1800.0;
double disc_area_mm2(double height_m);
// Nucleus pressure ≈ 1.5 × mean axial stress (attributed to Nachemson 1960 [U], section 2.2).
inline constexpr double kPressureFactor = 1.5;
// Facet share of compression at standing lordosis: 16 % (Adams & Hutton 1980), ≤ 70 % (1985).
inline constexpr double kStandingFacetShare = 0.16;
inline constexpr double kMaxFacetShare = 0.70;

struct LevelPosture {
  double lordosis_deg;             // this segment's lordosis now
  double reference_lordosis_deg;   // this segment's lordosis standing balanced (same PI)
  double disc_tilt_deg;            // mid-plane of the disc against the horizontal, + = faces forward-down
  double reference_disc_tilt_deg;  // the same, standing balanced
};

struct BodyLoad {
  bool upright = true;
  double body_mass_kg = 75.0;
  double height_m = 1.75;
  double trunk_inclination_deg = 0.0;
  double load_kg = 0.0;
  double load_reach_m = 0.0;
  bool backrest = false;       // a backward lean rests on it: the muscles never pull the trunk forward
  double weight_factor = 1.0;  // vertical load on the body over its weight (gait peaks > 1)
  bool side_lying = false;     // lying on the side: the side muscles keep their tone
  // Where the weight above a level sits follows the vertebrae between it and the thorax, not only
  // the thorax: a pelvis rolled back with a flattened lumbar spine carries the thorax behind the
  // lower discs even with the thorax upright.
  double pelvis_rotation_deg = 0.0;    // against standing, + = anterior
  PerLevel<double> flexion_deg{};      // each level's lordosis given up against standing, + = flexion
  double seat_carried_fraction = 0.0;  // body-mass fraction the thighs carry (forearms resting there)
  // Horizontal deceleration of the body (in g) while a heel strike brakes it: the trunk above the
  // level, carried on, pitches forward about the disc with its mass times this at its COM height.
  double braking_g = 0.0;
};

struct LevelLoad {
  double compression_n = 0.0;
  double shear_n = 0.0;  // + = the upper vertebra pushed forward
  double pressure_mpa = 0.0;
  double facet_share = 0.0;
  double posterior_stress_index = 0.0;   // 1 = this level standing balanced
  double reference_compression_n = 0.0;  // this level standing balanced
  double reference_facet_share = 0.0;
  double external_moment_nm = 0.0;  // flexing moment of weight and load about the disc
  double passive_moment_nm = 0.0;   // the part the passive tissues carry
  TrunkLevel muscles;               // the muscles' share, force by force
};

double facet_share(const LevelPosture& level);
LevelLoad level_load(Level level, const LevelPosture& posture, const BodyLoad& body, const TrunkDrive& drive,
                     const DiscCalibration& calibration);

}  // namespace biomech
