#pragma once
// Muscle recruitment by the min/max criterion (Rasmussen, Damsgaard & Voigt 2001, J Biomech 34:409):
// the muscles on the side that has to work share one activation, the lowest that balances the
// moment. It is the limit of the polynomial criteria (minimum summed activation^p as p grows) and
// the one whose answer a patient can read: a weaker muscle, or a heavier job, needs a larger share
// of every synergist's capacity, and the reserve left is the same for all of them.
#include <span>

namespace biomech {

struct Actuator {
  double lever_m = 0.0;     // moment arm, + = the direction of a positive moment
  double capacity_n = 0.0;  // strength × maximum isometric force
  double floor_n = 0.0;     // force it carries anyway (postural tone, co-contraction); ≤ capacity
};

struct Recruitment {
  double activation = 0.0;  // shared activation of the working side, 0..1
  int side = 0;             // +1 the positive-lever muscles work, −1 the negative ones, 0 neither
  double unmet_nm = 0.0;    // moment left over when the working side is at full capacity (signed)
};

// Forces (written to `force_n`, one per actuator) with Σ lever·force = moment_nm where the capacity
// allows: muscles of the other side stay at their floor; the working side gets F = max(floor, a·C)
// with the smallest common a. Exact (piecewise linear, no iteration).
Recruitment recruit(std::span<const Actuator> actuators, double moment_nm, std::span<double> force_n);

}  // namespace biomech
