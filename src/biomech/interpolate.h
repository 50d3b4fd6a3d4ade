#pragma once
// Piecewise-linear interpolation through tabulated points, the one helper every table of the model
// uses. Internal to biomech.
#include <cstddef>
#include <span>

namespace biomech {

// Linear between the points (xs ascending, at least two) and linear past both ends along the first
// and last segment: the tables here are sourced curves, and a caller that must not extrapolate
// clamps x itself.
inline double interpolate(std::span<const double> xs, std::span<const double> ys, double x) {
  std::size_t i = 1;
  while (i + 1 < xs.size() && x > xs[i]) ++i;
  return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
}

}  // namespace biomech
