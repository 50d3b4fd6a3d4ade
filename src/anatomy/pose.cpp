#include "anatomy/pose.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "anatomy/animation.h"

namespace anatomy {
namespace {

// Rotation of `deg` about the world axis through `pivot`, as seen at rest.
glm::mat4 rotation_about(const glm::vec3& pivot, const glm::vec3& axis, float deg) {
  return glm::translate(glm::mat4(1.0f), pivot) * glm::rotate(glm::mat4(1.0f), glm::radians(deg), axis) *
         glm::translate(glm::mat4(1.0f), -pivot);
}

constexpr glm::vec3 kLateral{1.0f, 0.0f, 0.0f};  // the body's left-right axis (+X = left)
constexpr glm::vec3 kAnterior{0.0f, 0.0f, 1.0f};

int joint(const Scene& scene, const std::string& name) {
  auto index = scene.find_node(name);
  return index ? *index : -1;
}

} // namespace

Rig make_rig(const Scene& scene) {
  Rig rig;
  rig.pelvis = joint(scene, "joint.pelvis");
  rig.sacrum = joint(scene, "joint.sacrum");
  for (int level = 0; level < kLumbarLevels; ++level) rig.lumbar[static_cast<std::size_t>(level)] = joint(scene, "joint.L" + std::to_string(5 - level));
  rig.t12 = joint(scene, "joint.T12");
  const char* sides[2] = {"l", "r"};
  for (std::size_t s = 0; s < 2; ++s) {
    rig.hip[s] = joint(scene, std::string("joint.hip.") + sides[s]);
    rig.knee[s] = joint(scene, std::string("joint.knee.") + sides[s]);
    rig.ankle[s] = joint(scene, std::string("joint.ankle.") + sides[s]);
  }
  rig.rest_world = world_matrices(scene, rest_locals(scene));
  if (rig.hip[0] >= 0 && rig.hip[1] >= 0) {
    rig.hip_centre_m = 0.5f * (glm::vec3(rig.rest_world[static_cast<std::size_t>(rig.hip[0])][3]) +
                               glm::vec3(rig.rest_world[static_cast<std::size_t>(rig.hip[1])][3]));
  } else if (rig.pelvis >= 0) {
    rig.hip_centre_m = glm::vec3(rig.rest_world[static_cast<std::size_t>(rig.pelvis)][3]);
  }
  return rig;
}

PoseParameters approach(const PoseParameters& current, const PoseParameters& target, float dt_s, float tau_s) {
  const float k = tau_s <= 0.0f ? 1.0f : 1.0f - std::exp(-std::max(dt_s, 0.0f) / tau_s);
  auto mix = [k](float a, float b) { return a + (b - a) * k; };
  PoseParameters out = target;
  out.pelvis_tilt_deg = mix(current.pelvis_tilt_deg, target.pelvis_tilt_deg);
  for (std::size_t i = 0; i < out.lumbar_extension_deg.size(); ++i)
    out.lumbar_extension_deg[i] = mix(current.lumbar_extension_deg[i], target.lumbar_extension_deg[i]);
  out.thoracolumbar_extension_deg = mix(current.thoracolumbar_extension_deg, target.thoracolumbar_extension_deg);
  for (std::size_t s = 0; s < 2; ++s) {
    out.thigh_flexion_deg[s] = mix(current.thigh_flexion_deg[s], target.thigh_flexion_deg[s]);
    out.knee_flexion_deg[s] = mix(current.knee_flexion_deg[s], target.knee_flexion_deg[s]);
    out.ankle_plantar_deg[s] = mix(current.ankle_plantar_deg[s], target.ankle_plantar_deg[s]);
  }
  out.body_pitch_deg = mix(current.body_pitch_deg, target.body_pitch_deg);
  out.body_roll_deg = mix(current.body_roll_deg, target.body_roll_deg);
  out.body_offset_m = glm::mix(current.body_offset_m, target.body_offset_m, k);
  return out;
}

float pose_distance(const PoseParameters& a, const PoseParameters& b) {
  float d = std::abs(a.pelvis_tilt_deg - b.pelvis_tilt_deg);
  for (std::size_t i = 0; i < a.lumbar_extension_deg.size(); ++i)
    d = std::max(d, std::abs(a.lumbar_extension_deg[i] - b.lumbar_extension_deg[i]));
  d = std::max(d, std::abs(a.thoracolumbar_extension_deg - b.thoracolumbar_extension_deg));
  for (std::size_t s = 0; s < 2; ++s) {
    d = std::max(d, std::abs(a.thigh_flexion_deg[s] - b.thigh_flexion_deg[s]));
    d = std::max(d, std::abs(a.knee_flexion_deg[s] - b.knee_flexion_deg[s]));
    d = std::max(d, std::abs(a.ankle_plantar_deg[s] - b.ankle_plantar_deg[s]));
  }
  d = std::max({d, std::abs(a.body_pitch_deg - b.body_pitch_deg), std::abs(a.body_roll_deg - b.body_roll_deg)});
  return std::max(d, 100.0f * glm::length(a.body_offset_m - b.body_offset_m));
}

PosedScene evaluate_pose(const Scene& scene, const Rig& rig, const PoseParameters& pose) {
  std::vector<Transform> locals = rest_locals(scene);
  if (!pose.animation.empty())
    if (auto clip = scene.find_animation(pose.animation))
      sample_animation(scene.animations[static_cast<std::size_t>(*clip)], pose.animation_time_s, locals);

  // Each driven joint gets a world-space rotation about its own rest position (the pelvis about
  // the hip axis), expressed in its local frame so children follow.
  std::vector<glm::mat4> delta_world(scene.nodes.size(), glm::mat4(1.0f));
  std::vector<bool> driven(scene.nodes.size(), false);
  auto drive = [&](int node, float deg, const glm::vec3* pivot = nullptr) {
    if (node < 0 || deg == 0.0f) return;
    const auto i = static_cast<std::size_t>(node);
    const glm::vec3 p = pivot ? *pivot : glm::vec3(rig.rest_world[i][3]);
    delta_world[i] = rotation_about(p, kLateral, deg);
    driven[i] = true;
  };
  // Signs: a positive rotation about +X turns +Y towards +Z. Anterior pelvic tilt moves the top
  // of the pelvis forward (+); lordosis (extension) moves the upper vertebra backward (-); hip
  // flexion moves the knee forward (-) and must also undo the pelvis's tilt, since the thigh angle
  // is measured against the body, not the pelvis; knee flexion moves the shank backward (+).
  drive(rig.pelvis, pose.pelvis_tilt_deg, &rig.hip_centre_m);
  for (std::size_t level = 0; level < rig.lumbar.size(); ++level) drive(rig.lumbar[level], -pose.lumbar_extension_deg[level]);
  drive(rig.t12, -pose.thoracolumbar_extension_deg);
  for (std::size_t s = 0; s < 2; ++s) {
    drive(rig.hip[s], -(pose.thigh_flexion_deg[s] + (rig.pelvis >= 0 ? pose.pelvis_tilt_deg : 0.0f)));
    drive(rig.knee[s], pose.knee_flexion_deg[s]);
    drive(rig.ankle[s], pose.ankle_plantar_deg[s]);
  }

  const glm::mat4 body = glm::translate(glm::mat4(1.0f), pose.body_offset_m) *
                         rotation_about(rig.hip_centre_m, kAnterior, -pose.body_roll_deg) *
                         rotation_about(rig.hip_centre_m, kLateral, pose.body_pitch_deg);

  PosedScene posed;
  posed.world.assign(scene.nodes.size(), glm::mat4(1.0f));
  for (int index : scene.draw_order) {
    const auto i = static_cast<std::size_t>(index);
    glm::mat4 local = locals[i].matrix();
    if (driven[i]) local = local * glm::inverse(rig.rest_world[i]) * delta_world[i] * rig.rest_world[i];
    const int parent = scene.nodes[i].parent;
    posed.world[i] = parent < 0 ? body * local : posed.world[static_cast<std::size_t>(parent)] * local;
  }
  posed.skin_matrices.reserve(scene.skins.size());
  for (const Skin& skin : scene.skins) {
    std::vector<glm::mat4> matrices(skin.joints.size());
    for (std::size_t j = 0; j < skin.joints.size(); ++j)
      matrices[j] = posed.world[static_cast<std::size_t>(skin.joints[j])] * skin.inverse_bind[j];
    posed.skin_matrices.push_back(std::move(matrices));
  }
  return posed;
}

glm::vec3 landmark_position(const Scene& scene, const PosedScene& posed, int landmark) {
  const auto node = static_cast<std::size_t>(scene.landmarks[static_cast<std::size_t>(landmark)].node);
  return glm::vec3(posed.world[node][3]);
}

} // namespace anatomy
