#pragma once
// Moment balance of the pelvis about the hip axis: muscle tone (scaled by strength), passive muscle
// tension (by length and tightness) and passive joint tissue. Solved for the pelvic rotation Δθ away
// from the activity's neutral (+ = anterior). The balanced state is the neutral by definition.
#include "biomech/activity.h"
#include "biomech/inputs.h"
#include "biomech/muscles.h"
#include "core/result.h"

namespace biomech {

// The two calibrations differ only in these numbers; the equations are the same.
struct EquilibriumConstants {
  double tone_fraction;                      // postural tone as a fraction of each group's Fmax
  double joint_stiffness_nm_per_deg;         // passive joint tissue stiffness at neutral
  double lumbar_stiffness_nm_per_deg = 1.0;  // the lumbar spine's resistance to the psoas' pull
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

// The psoas' part of the iliopsoas (gait2392 Fmax: psoas 1113 of 1113 + 1073 N), and its force in
// this posture: it crosses the lumbar levels, so the hip's tone and tightness compress the discs.
inline constexpr double kPsoasShareOfIliopsoas = 1113.0 / (1113.0 + 1073.0);
double psoas_force_n(const Posture& posture, double rotation_deg, const MuscleState& muscles,
                     Calibration calibration);

// The psoas pulls the lumbar vertebrae forward and down, so a tight psoas deepens the arch directly,
// beyond what the pelvis' tilt brings (the article's claim; Heino 1990 found no such relation).
// Extra lordosis, degrees, from the tightness force × a 1 cm anterior lever (design) against the
// calibration's lumbar stiffness.
double psoas_lordosis_deg(const Posture& posture, double rotation_deg, const MuscleState& muscles,
                          Calibration calibration);

struct Equilibrium {
  double rotation_deg = 0.0;  // Δθ from the activity's neutral, + = anterior
  int iterations = 0;
};
// Always brackets the root inside the voluntary range; returns an error if it does not converge.
core::Result<Equilibrium> solve_pelvis(const Posture& posture, const MuscleState& muscles,
                                       const EquilibriumConstants& constants);

}  // namespace biomech
