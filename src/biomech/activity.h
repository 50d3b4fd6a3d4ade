#pragma once
// Each activity is a posture: how the pelvis, lumbar spine, hips and knees are placed, whether the
// trunk carries its own weight (upright) or lies supported, and where a held load sits. Nothing here
// is an output value; the disc loads of every activity follow from these angles by statics.
#include "biomech/inputs.h"

namespace biomech {

struct Posture {
  bool upright = true;               // false: lying, the bed carries the trunk's weight
  double pelvis_rotation_deg = 0.0;  // pelvis rotation from the standing neutral, + = anterior
  double lumbar_flexion_deg = 0.0;   // lordosis given up against standing, + = flexion
  double thigh_flexion_deg = 0.0;    // thigh forward of the body's vertical; hip flexion adds the
                                     // pelvis rotation (a pelvis rolled forward flexes the hip)
  double knee_angle_deg = 0.0;       // OpenSim sign: negative = flexion
  double load_reach_m = 0.0;         // horizontal distance of a held load in front of the shoulders
  bool holds_load = false;           // the lifting activities hold Inputs::load_kg
  bool backrest = false;             // a reclined trunk rests on a backrest
  bool seated = false;               // the seat carries the pelvis: the hips hold no trunk moment
  bool side_lying = false;           // on the side: the trunk's side muscles keep the spine straight
  bool forearms_rest = false;        // seated, the forearms lie on the thighs: the seat carries them
  bool pelvis_held = false;          // seated upright on purpose: the hip flexors hold the pelvis

  // Hip flexion at this posture's neutral: the thigh's angle plus the pelvis' forward rotation.
  double hip_flexion_deg() const { return thigh_flexion_deg + pelvis_rotation_deg; }

  // Forward inclination of the trunk above the lumbar spine: pelvis rotation plus lumbar flexion.
  double trunk_inclination_deg() const { return pelvis_rotation_deg + lumbar_flexion_deg; }
  bool operator==(const Posture&) const = default;
};

Posture posture_of(Activity activity);

}  // namespace biomech
