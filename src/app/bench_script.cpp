#include "app/bench_script.h"

#include <algorithm>
#include <cmath>

namespace app {

double swept_hamstrings_pct(int frame, int frames) {
  if (frames <= 1) return 100.0;
  const double t = std::clamp(static_cast<double>(frame) / static_cast<double>(frames - 1), 0.0, 1.0);
  return 100.0 * std::abs(1.0 - 2.0 * t);
}

}  // namespace app
