#include "biomech/recruitment.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace biomech {

Recruitment recruit(std::span<const Actuator> actuators, double moment_nm, std::span<double> force_n) {
  assert(force_n.size() == actuators.size());
  constexpr std::size_t kMax = 16;
  assert(actuators.size() <= kMax);
  double floors_moment = 0.0;
  for (std::size_t i = 0; i < actuators.size(); ++i) {
    force_n[i] = actuators[i].floor_n;
    floors_moment += actuators[i].lever_m * actuators[i].floor_n;
  }
  Recruitment out;
  const double demand = moment_nm - floors_moment;
  if (demand == 0.0) return out;
  out.side = demand > 0.0 ? 1 : -1;
  const double needed = std::abs(demand);

  // The working side, ordered by the activation at which each one rises above its floor.
  std::array<std::size_t, kMax> order{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < actuators.size(); ++i)
    if (actuators[i].lever_m * out.side > 0.0 && actuators[i].capacity_n > 0.0) order[n++] = i;
  auto threshold = [&](std::size_t i) { return actuators[i].floor_n / actuators[i].capacity_n; };
  std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n),
            [&](std::size_t a, std::size_t b) { return threshold(a) < threshold(b); });

  // With the first j muscles above their floors: Σ |r|·(a·C − floor) = needed, so
  // a = (needed + Σ |r|·floor) / Σ |r|·C; valid when it stays below the next muscle's threshold.
  double lever_floor = 0.0, lever_capacity = 0.0, activation = 0.0;
  for (std::size_t j = 0; j < n; ++j) {
    const Actuator& m = actuators[order[j]];
    lever_floor += std::abs(m.lever_m) * m.floor_n;
    lever_capacity += std::abs(m.lever_m) * m.capacity_n;
    activation = (needed + lever_floor) / lever_capacity;
    if (j + 1 == n || activation <= threshold(order[j + 1])) break;
  }
  if (n == 0) {
    out.unmet_nm = demand;
    return out;
  }
  out.activation = std::min(activation, 1.0);
  double supplied = 0.0;
  for (std::size_t j = 0; j < n; ++j) {
    const std::size_t i = order[j];
    const double f = std::max(actuators[i].floor_n, out.activation * actuators[i].capacity_n);
    supplied += std::abs(actuators[i].lever_m) * (f - actuators[i].floor_n);
    force_n[i] = f;
  }
  if (activation > 1.0) out.unmet_nm = out.side * (needed - supplied);
  return out;
}

}  // namespace biomech
