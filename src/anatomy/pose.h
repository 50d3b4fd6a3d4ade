#pragma once
// What the posture looks like, as a few anatomical angles, and how that turns into joint
// transforms. The biomechanics model's output is mapped to PoseParameters in the app; render only
// sees the resulting matrices. Angles are changes from the model's rest pose (standing, as
// modelled) in the sagittal plane, about the body's left-right (+X) axis.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/model_schema.h"
#include "anatomy/scene.h"

namespace anatomy {

// Per-level arrays follow schema::kLumbarLevels: index 0 = L1-L2 ... 4 = L5-S1, as in biomech.
inline constexpr int kLumbarLevels = static_cast<int>(schema::kLumbarLevels.size());

struct PoseParameters {
  float pelvis_tilt_deg = 0.0f;                             // about the hip axis; + = anterior tilt
  std::array<float, kLumbarLevels> lumbar_extension_deg{};  // + = more lordosis at that level
  // Thigh angle from the body's vertical, independent of pelvic tilt (standing: 0, so the pelvis
  // tilts on femurs that stay put). + = flexion (knee forward). [0] = left, [1] = right.
  std::array<float, 2> thigh_flexion_deg{};
  std::array<float, 2> knee_flexion_deg{};   // + = flexion (shank backward)
  std::array<float, 2> ankle_plantar_deg{};  // + = plantar flexion (toes down)
  // Whole body, about the hip centre at rest: pitch + = leaning forward (-90 = lying supine),
  // roll + = towards the body's left (lying on the side); then moved by offset.
  float body_pitch_deg = 0.0f;
  float body_roll_deg = 0.0f;
  glm::vec3 body_offset_m{0.0f};
  // A clip of the model ("gait") sampled at animation_time_s; empty = none. The angles above are
  // added on top of it.
  std::string animation;
  float animation_time_s = 0.0f;

  bool operator==(const PoseParameters&) const = default;
};

// Moves `current` towards `target` (exponential, time constant tau_s), so a slider change or a new
// activity glides instead of jumping. The clip name switches at once; its time is taken from target.
PoseParameters approach(const PoseParameters& current, const PoseParameters& target, float dt_s, float tau_s);
// Largest angle difference in degrees (and offset in cm), for "still animating?".
float pose_distance(const PoseParameters& a, const PoseParameters& b);

// The joints posing drives, found once by name (joint.pelvis, joint.L5 ...). Missing joints are -1
// and simply do not move.
struct Rig {
  int pelvis = -1;
  int sacrum = -1;
  std::array<int, kLumbarLevels> lumbar{-1, -1, -1, -1, -1};  // schema::kLumbarLevels[i].joint
  std::array<int, 2> hip{-1, -1}, knee{-1, -1}, ankle{-1, -1};
  glm::vec3 hip_centre_m{0.0f, 0.9f, 0.0f};  // midpoint of the hip joints at rest, world
  std::vector<glm::mat4> rest_world;
};
Rig make_rig(const Scene& scene);

struct PosedScene {
  std::vector<glm::mat4> world;                       // one per node
  std::vector<std::vector<glm::mat4>> skin_matrices;  // per skin, per joint: world * inverse bind
};

PosedScene evaluate_pose(const Scene& scene, const Rig& rig, const PoseParameters& pose);

// The same pose before it is flattened into world matrices: each node's transform relative to its
// parent (roots: to the world, the whole-body turn included). Crossfades blend these rather than
// world matrices, so bones keep their lengths while one pose turns into another.
std::vector<Transform> evaluate_locals(const Scene& scene, const Rig& rig, const PoseParameters& pose);
PosedScene posed_from_locals(const Scene& scene, const std::vector<Transform>& locals);
// Per node: rotations slerped (the shorter way), translations and scales lerped; 0 = from, 1 = to.
std::vector<Transform> blend_locals(const std::vector<Transform>& from, const std::vector<Transform>& to,
                                    float weight);
// The time in pose's clip whose skinned joints lie closest to `shown` (pose's angles applied as
// they are), so a clip started there has the least way to blend: from standing, the gait's
// mid-stance with the legs side by side rather than a long stride. 0 when the clip is missing.
float clip_time_closest_to(const Scene& scene, const Rig& rig, PoseParameters pose, const PosedScene& shown);
// World position of a landmark (its node's origin) in a posed scene.
glm::vec3 landmark_position(const Scene& scene, const PosedScene& posed, int landmark);
// The same by id ("asis.l"); nullopt when the scene has no such landmark or `posed` is not a pose of
// this scene (empty, say).
std::optional<glm::vec3> landmark_position(const Scene& scene, const PosedScene& posed, std::string_view id);

}  // namespace anatomy
