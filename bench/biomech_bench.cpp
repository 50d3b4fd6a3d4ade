// Median time of one full biomech::solve (goal: under 20 µs). Cycles through states that differ on
// every call so nothing can be cached, and reports the median of many batches.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "biomech/model.h"

int main() {
  using clock = std::chrono::steady_clock;
  std::vector<biomech::Inputs> states;
  for (int i = 0; i < 64; ++i) {
    biomech::Inputs in;
    in.hamstrings_pct = 100.0 - 1.5 * i;
    in.quadriceps_pct = 60.0 + 0.6 * i;
    in.hip_flexor_tightness_pct = 10.0 + i;
    in.activity = biomech::kAllActivities[static_cast<std::size_t>(i) % biomech::kAllActivities.size()];
    in.calibration = i % 2 ? biomech::Calibration::article : biomech::Calibration::evidence;
    states.push_back(in);
  }
  // Warm-up (also runs the one-time calibrations).
  double sink = 0.0;
  for (const auto& s : states) sink += biomech::solve(s)->segment(biomech::Level::l4_l5).pressure_mpa;

  constexpr int kBatches = 201, kPerBatch = 200;
  std::vector<double> per_solve_us;
  per_solve_us.reserve(kBatches);
  for (int b = 0; b < kBatches; ++b) {
    const auto t0 = clock::now();
    for (int i = 0; i < kPerBatch; ++i) {
      auto out = biomech::solve(states[static_cast<std::size_t>(i) % states.size()]);
      sink += out->pelvis.tilt_asis_psis_deg;
    }
    const std::chrono::duration<double, std::micro> elapsed = clock::now() - t0;
    per_solve_us.push_back(elapsed.count() / kPerBatch);
  }
  std::sort(per_solve_us.begin(), per_solve_us.end());
  const double median = per_solve_us[per_solve_us.size() / 2];
  std::printf(
      "biomech::solve median %.2f us per solve (min %.2f, max %.2f; %d batches of %d; goal < 20 us) [%g]\n",
      median, per_solve_us.front(), per_solve_us.back(), kBatches, kPerBatch, sink > 0 ? 1.0 : 0.0);
  return median < 20.0 ? 0 : 1;
}
