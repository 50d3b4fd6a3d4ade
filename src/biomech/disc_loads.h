#pragma once
// Statics of every lumbar level: weight above the level, held load and its lever arm, trunk
// inclination, erector spinae force, then compression, shear, intradiscal pressure, facet share and a
// posterior-annulus stress index. Calibrated once on four Wilke 1999 activities.
#include <array>

#include "biomech/activity.h"
#include "biomech/lordosis.h"

namespace biomech {

// Body mass fraction above each level, de Leva 1996 (male): head 0.0694 + arms 2·(0.0271 + 0.0162 +
// 0.0061) + upper trunk 0.1596, plus the part of mid trunk (0.1633) and lower trunk (0.1117) above the
// level. Design split: mid trunk 60 / 80 / 100 % above L1–L2 / L2–L3 / L3–L4, lower trunk 25 / 50 %
// above L4–L5 / L5–S1. L4–L5: 0.519 BM, inside the 0.5–0.55 BM of docs/reference/biomechanics.md section 5
// [C].
double mass_fraction_above(Level level);

// Constants fitted once (see disc_loads.cpp) to Wilke 1999 at L4–L5: lying supine 0.10 MPa, relaxed
// standing 0.50, standing flexed forward 1.1, lifting 20 kg with a rounded back 2.3.
struct DiscCalibration {
  double resting_force_per_kg;   // N per kg body mass: compression from resting tone and tissue preload
  double standing_com_offset_m;  // COM of the body above the level, ahead of the disc, standing upright
  double com_height_m;           // distance from the disc to that COM along the trunk (at 1.75 m)
  double extensor_lever_m;       // effective moment arm of the back extensors
};
const DiscCalibration& disc_calibration();

// Disc area at every level: 1800 mm², the middle of the 1500–2000 mm² docs/reference/biomechanics.md
// section 2.2 gives for L4–L5 (design; no per-level table confirmed [U]).
inline constexpr double kDiscArea_mm2 = 1800.0;
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
};

struct LevelLoad {
  double compression_n = 0.0;
  double shear_n = 0.0;  // + = the upper vertebra pushed forward
  double pressure_mpa = 0.0;
  double facet_share = 0.0;
  double posterior_stress_index = 0.0;  // 1 = this level standing balanced
  double extensor_force_n = 0.0;
};

double facet_share(const LevelPosture& level);
LevelLoad level_load(Level level, const LevelPosture& posture, const BodyLoad& body);

}  // namespace biomech
