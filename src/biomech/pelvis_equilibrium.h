#pragma once
// Moment balance of the pelvis about the hip axis: muscle tone (scaled by strength), passive muscle
// tension (by length and tightness) and passive joint tissue. Solved for the pelvic rotation Δθ away
// from the activity's neutral (+ = anterior). The balanced state is the neutral by definition.
#include "biomech/activity.h"
#include "biomech/inputs.h"
#include "biomech/muscles.h"
#include "core/result.h"

namespace biomech {

// The two calibrations differ only in these two numbers; the equations are the same.
struct EquilibriumConstants {
  double tone_fraction;               // postural tone as a fraction of each group's Fmax
  double joint_stiffness_nm_per_deg;  // passive joint tissue stiffness at neutral
};
const EquilibriumConstants& equilibrium_constants(Calibration calibration);

// Voluntary pelvic tilt range, Levine & Whittle 1996: +11.4° anterior, −8.7° posterior. Passive joint
// tissue stiffens without bound towards these limits (design), so no muscle imbalance tilts further.
inline constexpr double kMaxAnteriorRotationDeg = 11.4;
inline constexpr double kMaxPosteriorRotationDeg = -8.7;
// Passive joint tissue moment (+ = resists anterior rotation) for unit stiffness.
double joint_tissue_shape(double rotation_deg);

MuscleState muscle_state(const Inputs& inputs);
JointAngles joint_angles(const Posture& posture, double rotation_deg);

struct Equilibrium {
  double rotation_deg = 0.0;  // Δθ from the activity's neutral, + = anterior
  int iterations = 0;
};
// Always brackets the root inside the voluntary range; returns an error if it does not converge.
core::Result<Equilibrium> solve_pelvis(const Posture& posture, const MuscleState& muscles,
                                       const EquilibriumConstants& constants);

}  // namespace biomech
