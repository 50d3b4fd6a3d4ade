#pragma once
// Spinopelvic morphology and the lumbar curve: neutral pelvic tilt and lordosis from pelvic
// incidence (Le Huec table), the ~1:1 coupling of lordosis to pelvic rotation (Levine & Whittle 1996)
// and the split of lordosis over the five lumbar levels (Sci Rep 2022 Table 2).
#include <array>
#include <string_view>

namespace biomech {

enum class Level { l1_l2, l2_l3, l3_l4, l4_l5, l5_s1 };
inline constexpr std::array kAllLevels = {Level::l1_l2, Level::l2_l3, Level::l3_l4, Level::l4_l5,
                                          Level::l5_s1};
std::string_view level_name(Level level);  // "L1-L2" ... "L5-S1"
inline constexpr std::size_t level_index(Level level) { return static_cast<std::size_t>(level); }

// Neutral spinopelvic tilt PT₀ for a pelvic incidence (degrees).
double neutral_pelvic_tilt_deg(double pelvic_incidence_deg);
// Expected L1–S1 lordosis for a pelvic incidence (degrees).
double expected_lordosis_deg(double pelvic_incidence_deg);
// Change of lordosis for a pelvic rotation (+ = anterior) within one person.
double lordosis_change_deg(double pelvic_rotation_deg);
// Share of L1–S1 lordosis at each level for a pelvic incidence; the shares sum to 1.
std::array<double, 5> lordosis_shares(double pelvic_incidence_deg);

// ASIS–PSIS angle of a pelvis at neutral rotation from bone shape alone: 13° (Preece 2008, 30 pelves,
// SD 5°, range 0–23°).
inline constexpr double kNeutralAsisPsisTiltDeg = 13.0;

}  // namespace biomech
