#pragma once
// Spinopelvic morphology and the lumbar curve: neutral pelvic tilt and lordosis from pelvic
// incidence (Le Huec table), the ~1:1 coupling of lordosis to pelvic rotation (Levine & Whittle 1996)
// and the split of lordosis over the five lumbar levels (Sci Rep 2022 Table 2).
#include "biomech/level.h"

namespace biomech {

// Neutral spinopelvic tilt PT₀ for a pelvic incidence (degrees).
double neutral_pelvic_tilt_deg(double incidence_deg);
// Expected L1–S1 lordosis for a pelvic incidence (degrees).
double expected_lordosis_deg(double incidence_deg);
// Change of lordosis for a pelvic rotation (+ = anterior) within one person.
double lordosis_change_deg(double pelvic_rotation_deg);
// Share of L1–S1 lordosis at each level for a pelvic incidence; the shares sum to 1.
PerLevel<double> lordosis_shares(double incidence_deg);

// ASIS–PSIS angle of a pelvis at neutral rotation from bone shape alone: 13° (Preece 2008, 30 pelves,
// SD 5°, range 0–23°).
inline constexpr double kNeutralAsisPsisTiltDeg = 13.0;

}  // namespace biomech
