#include "biomech/lordosis.h"

#include <algorithm>

#include "biomech/interpolate.h"

namespace biomech {

std::string_view level_name(Level level) { return name_in(kLevelNames, level); }

double neutral_pelvic_tilt_deg(double incidence_deg) {
  // Le Huec's theoretical PT rises 4° per 10° PI class (review PMC4303780 Table 3); the line
  // through its worked examples PI 40 → 8, 52 → 12, 64 → 16 is PT₀ = (PI − 16) / 3, continuous in PI
  // rather than stepping at the class borders.
  return (incidence_deg - 16.0) / 3.0;
}

double expected_lordosis_deg(double incidence_deg) {
  // Le Huec theoretical LL by PI class (PMC4303780 Table 3): PI+18 (class I), the worked examples
  // PI 40 → 53, 52 → 61, 64 → 70, PI+2 at class V's middle (72.5) and PI−5 in class VI (83).
  // Joined linearly so lordosis never jumps at a class border.
  static constexpr double kIncidenceDeg[] = {33.0, 40.0, 52.0, 64.0, 72.5, 83.0};
  static constexpr double kLordosisDeg[] = {51.0, 53.0, 61.0, 70.0, 74.5, 78.0};
  return interpolate(kIncidenceDeg, kLordosisDeg, incidence_deg);
}

double lordosis_change_deg(double rotation_deg) {
  // Levine & Whittle 1996: maximal anterior tilt +11.4° gave +10.8° lordosis, maximal posterior
  // tilt −8.7° gave −9.0°: gains 0.947 and 1.034.
  return rotation_deg >= 0.0 ? (10.8 / 11.4) * rotation_deg : (9.0 / 8.7) * rotation_deg;
}

PerLevel<double> lordosis_shares(double incidence_deg) {
  // Segmental Cobb angles L1–L2 … L5–S1 of Sci Rep 2022 Table 2 for its three PI groups (mean PI
  // 38.3 / 49.6 / 63.3); interpolated between the group means, held beyond them.
  static constexpr double kGroupIncidenceDeg[] = {38.3, 49.6, 63.3};
  static constexpr PerLevel<double> kCobbDeg[] = {
      {0.0, 3.9, 7.7, 10.5, 20.2},
      {0.9, 6.2, 8.9, 13.1, 21.8},
      {2.5, 7.5, 10.7, 14.4, 22.6},
  };
  const double x = std::clamp(incidence_deg, kGroupIncidenceDeg[0], kGroupIncidenceDeg[2]);
  const std::size_t g = x <= kGroupIncidenceDeg[1] ? 0 : 1;
  const double t = (x - kGroupIncidenceDeg[g]) / (kGroupIncidenceDeg[g + 1] - kGroupIncidenceDeg[g]);
  PerLevel<double> cobb{};
  double total = 0.0;
  for (std::size_t i = 0; i < kLevelCount; ++i) {
    cobb[i] = kCobbDeg[g][i] + t * (kCobbDeg[g + 1][i] - kCobbDeg[g][i]);
    total += cobb[i];
  }
  for (auto& c : cobb) c /= total;
  return cobb;
}

}  // namespace biomech
