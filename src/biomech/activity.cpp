#include "biomech/activity.h"

#include <algorithm>

namespace biomech {
namespace {

// Lumbopelvic rhythm of a forward bend with straight knees, Esola, McClure, Fitzgerald & Siegler
// 1996 (Spine 21:71-78, 41 subjects): the lumbar-to-hip flexion ratio is 1.9 over the first 30° of
// the bend, 0.9 from 30 to 60° and 0.4 from 60 to 90°. With the femur vertical, hip flexion is the
// pelvis' forward rotation. Sets both for a trunk inclination of `trunk_deg`.
void forward_bend(Posture& p, double trunk_deg) {
  constexpr double kPhaseDeg = 30.0;
  constexpr double kLumbarToHip[] = {1.9, 0.9, 0.4};
  double left = trunk_deg;
  for (double ratio : kLumbarToHip) {
    const double phase = std::min(left, kPhaseDeg);
    p.lumbar_flexion_deg += phase * ratio / (1.0 + ratio);
    p.pelvis_rotation_deg += phase / (1.0 + ratio);
    left -= phase;
  }
  p.pelvis_rotation_deg += left / (1.0 + kLumbarToHip[2]);  // beyond 90°: the last phase's ratio
  p.lumbar_flexion_deg += left * kLumbarToHip[2] / (1.0 + kLumbarToHip[2]);
}

}  // namespace

// Posture of each activity. The angles are design estimates of the posture named (the reference
// gives no measured angle for most of them), chosen once and never tuned to an output; the
// exceptions are cited. Sitting, the thigh is horizontal (90°); the hip flexion is that plus the pelvis
// rotation.
Posture posture_of(Activity activity) {
  Posture p;
  switch (activity) {
    case Activity::stand:
      break;  // the reference posture
    case Activity::lie_supine:
      // Recumbent lordosis 36.8° vs 49.8° standing, n=627 (PMC6680033): 13° less lordosis.
      p.upright = false;
      p.lumbar_flexion_deg = 13.0;
      break;
    case Activity::lie_side:
      // Same recumbent lordosis; hips and knees slightly bent (design). The mattress does not follow
      // the waist, so the side muscles hold the spine straight (their tone, design).
      p.upright = false;
      p.side_lying = true;
      p.lumbar_flexion_deg = 13.0;
      p.thigh_flexion_deg = 30.0;
      p.knee_angle_deg = -45.0;
      break;
    case Activity::sit_relaxed:
      // Pelvis rolled back 15°, lumbar spine flexed as much, trunk upright, forearms resting on the
      // thighs (design).
      p.forearms_rest = true;
      p.pelvis_rotation_deg = -15.0;
      p.lumbar_flexion_deg = 15.0;
      p.thigh_flexion_deg = 90.0;
      p.seated = true;
      p.knee_angle_deg = -90.0;
      break;
    case Activity::sit_upright:
      // Actively straightened: standing pelvis and lordosis kept, trunk upright (design). Balanced on
      // the ischial tuberosities, the pelvis gets no lever from the seat, so the hip muscles hold it
      // against the pull of the hamstrings, stretched over the 90° hip (biomech/hip_task.h).
      p.pelvis_held = true;
      p.thigh_flexion_deg = 90.0;
      p.seated = true;
      p.knee_angle_deg = -90.0;
      break;
    case Activity::sit_slouched:
      // Slid down and leaning back on a backrest: pelvis far back, lumbar spine flexed, trunk
      // reclined 20° so the backrest, not the back muscles, holds it; forearms in the lap (design).
      p.forearms_rest = true;
      p.pelvis_rotation_deg = -35.0;
      p.lumbar_flexion_deg = 15.0;
      p.thigh_flexion_deg = 90.0;
      p.seated = true;
      p.backrest = true;
      p.knee_angle_deg = -60.0;
      break;
    case Activity::sit_flexed:
      // Sitting bent fully forward without support (design).
      p.pelvis_rotation_deg = -5.0;
      p.lumbar_flexion_deg = 35.0;
      p.thigh_flexion_deg = 90.0;
      p.seated = true;
      p.knee_angle_deg = -90.0;
      break;
    case Activity::stand_flexed:
      // Bending forward, trunk 30° (design, near the 33° at which Dreischarf 2015 found spinal load
      // to plateau), split by the measured rhythm: pelvis 10.3°, lumbar spine 19.7°.
      forward_bend(p, 30.0);
      break;
    case Activity::lift_rounded:
      // Lifting from low with straight knees and a rounded back, trunk 60° forward (design), split
      // by the measured rhythm (pelvis 26.1°, lumbar spine 33.9°); the load hangs from straight arms
      // below the shoulders.
      forward_bend(p, 60.0);
      p.holds_load = true;
      break;
    case Activity::lift_knees_bent:
      // Squat lift: knees and hips bent, lordosis nearly kept, trunk 35° forward, load in front of
      // the knees 15 cm ahead of the shoulders (design).
      p.pelvis_rotation_deg = 30.0;
      p.lumbar_flexion_deg = 5.0;
      p.thigh_flexion_deg = 60.0;
      p.knee_angle_deg = -90.0;
      p.load_reach_m = 0.15;
      p.holds_load = true;
      break;
    case Activity::lift_close:
      // Standing upright holding the load against the front of the body, 15 cm ahead (design).
      p.load_reach_m = 0.15;
      p.holds_load = true;
      break;
    case Activity::walk:
      // Quasi-static mean posture of gait: upright, knee slightly bent on average (design).
      p.knee_angle_deg = -10.0;
      break;
  }
  return p;
}

}  // namespace biomech
