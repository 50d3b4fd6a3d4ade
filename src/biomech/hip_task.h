#pragma once
// The hips' share of an activity: leaning the trunk forward (or holding a load) tips everything
// above the hips forward, and the hip extensors (hamstrings, gluteus maximus) hold it; leaning back,
// the hip flexors do. Recruited by min/max, so a weaker muscle needs a larger share of its capacity
// and leaves less reserve. Measured from quiet standing (whose small backward moment the hip
// ligaments carry), so standing asks nothing of them. Seated or lying, the seat or bed carries it,
// except in a seated posture that holds its pelvis upright (Posture::pelvis_held): there the hip
// muscles answer the passive pull of the muscles the flexed hip stretches (hamstrings above all), and
// the psoas' share of that hip-flexor force compresses the lumbar discs.
// Walking adds the mean gait excitation of each group (biomech/fatigue.h, task_demand).
#include <array>

#include "biomech/activity.h"
#include "biomech/muscles.h"

namespace biomech {

struct HipTask {
  double moment_nm = 0.0;  // external moment about both hips beyond quiet standing, + = tips forward
  std::array<double, kMuscleGroupCount> force_n{};  // active force each group adds, one leg's share
  double activation = 0.0;                          // shared activation of the working side
  double unmet_nm = 0.0;                            // beyond the working side's capacity
};

// Mass above the hips (head, arms, trunk; de Leva 1996 male) as a fraction of body mass.
double mass_fraction_above_hips();
HipTask hip_task(const Posture& posture, double trunk_inclination_deg, double body_mass_kg, double height_m,
                 double load_kg, const JointAngles& joints, const MuscleState& muscles);

}  // namespace biomech
