#include "biomech/lordosis.h"

#include <algorithm>
#include <span>

namespace biomech {
namespace {
double piecewise_linear(std::span<const double> xs, std::span<const double> ys, double x) {
  std::size_t i = 1;
  while (i + 1 < xs.size() && x > xs[i]) ++i;  // extrapolates linearly past both ends
  return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
}
}  // namespace

std::string_view level_name(Level level) {
  static constexpr std::string_view kNames[] = {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"};
  return kNames[level_index(level)];
}

double neutral_pelvic_tilt_deg(double pi_deg) {
  // Le Huec's theoretical PT rises 4° per 10° PI class (review PMC4303780 Table 3); the line
  // through its worked examples PI 40 → 8, 52 → 12, 64 → 16 is PT₀ = (PI − 16) / 3, continuous in PI
  // rather than stepping at the class borders.
  return (pi_deg - 16.0) / 3.0;
}

double expected_lordosis_deg(double pi_deg) {
  // Le Huec theoretical LL by PI class (PMC4303780 Table 3): PI+18 (class I), the worked examples
  // PI 40 → 53, 52 → 61, 64 → 70, PI+2 at class V's middle (72.5) and PI−5 in class VI (83).
  // Joined linearly so lordosis never jumps at a class border.
  static constexpr double kPi[] = {33.0, 40.0, 52.0, 64.0, 72.5, 83.0};
  static constexpr double kLl[] = {51.0, 53.0, 61.0, 70.0, 74.5, 78.0};
  return piecewise_linear(kPi, kLl, pi_deg);
}

double lordosis_change_deg(double rotation_deg) {
  // Levine & Whittle 1996: maximal anterior tilt +11.4° gave +10.8° lordosis, maximal posterior
  // tilt −8.7° gave −9.0°: gains 0.947 and 1.034.
  return rotation_deg >= 0.0 ? (10.8 / 11.4) * rotation_deg : (9.0 / 8.7) * rotation_deg;
}

std::array<double, 5> lordosis_shares(double pi_deg) {
  // Segmental Cobb angles L1–L2 … L5–S1 of Sci Rep 2022 Table 2 for its three PI groups (mean PI
  // 38.3 / 49.6 / 63.3); interpolated between the group means, held beyond them.
  static constexpr double kGroupPi[] = {38.3, 49.6, 63.3};
  static constexpr double kCobb[3][5] = {
      {0.0, 3.9, 7.7, 10.5, 20.2},
      {0.9, 6.2, 8.9, 13.1, 21.8},
      {2.5, 7.5, 10.7, 14.4, 22.6},
  };
  const double x = std::clamp(pi_deg, kGroupPi[0], kGroupPi[2]);
  const std::size_t g = x <= kGroupPi[1] ? 0 : 1;
  const double t = (x - kGroupPi[g]) / (kGroupPi[g + 1] - kGroupPi[g]);
  std::array<double, 5> cobb{};
  double total = 0.0;
  for (std::size_t i = 0; i < 5; ++i) {
    cobb[i] = kCobb[g][i] + t * (kCobb[g + 1][i] - kCobb[g][i]);
    total += cobb[i];
  }
  for (auto& c : cobb) c /= total;
  return cobb;
}

}  // namespace biomech
