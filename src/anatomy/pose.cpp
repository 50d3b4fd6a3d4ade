#include "anatomy/pose.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

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

int joint(const Scene& scene, std::string_view name) {
  auto index = scene.find_node(name);
  return index ? *index : -1;
}

}  // namespace

Rig make_rig(const Scene& scene) {
  Rig rig;
  rig.pelvis = joint(scene, schema::kPelvisJoint);
  rig.sacrum = joint(scene, schema::kSacrumJoint);
  for (std::size_t level = 0; level < rig.lumbar.size(); ++level)
    rig.lumbar[level] = joint(scene, schema::kLumbarLevels[level].joint);
  for (std::size_t s = 0; s < 2; ++s) {
    rig.hip[s] = joint(scene, schema::kHipJoints[s]);
    rig.knee[s] = joint(scene, schema::kKneeJoints[s]);
    rig.ankle[s] = joint(scene, schema::kAnkleJoints[s]);
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

PoseParameters approach(const PoseParameters& current, const PoseParameters& target, float dt_s,
                        float tau_s) {
  const float k = tau_s <= 0.0f ? 1.0f : 1.0f - std::exp(-std::max(dt_s, 0.0f) / tau_s);
  auto mix = [k](float a, float b) { return a + (b - a) * k; };
  PoseParameters out = target;
  out.pelvis_tilt_deg = mix(current.pelvis_tilt_deg, target.pelvis_tilt_deg);
  for (std::size_t i = 0; i < out.lumbar_extension_deg.size(); ++i)
    out.lumbar_extension_deg[i] = mix(current.lumbar_extension_deg[i], target.lumbar_extension_deg[i]);
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
  for (std::size_t s = 0; s < 2; ++s) {
    d = std::max(d, std::abs(a.thigh_flexion_deg[s] - b.thigh_flexion_deg[s]));
    d = std::max(d, std::abs(a.knee_flexion_deg[s] - b.knee_flexion_deg[s]));
    d = std::max(d, std::abs(a.ankle_plantar_deg[s] - b.ankle_plantar_deg[s]));
  }
  d = std::max(
      {d, std::abs(a.body_pitch_deg - b.body_pitch_deg), std::abs(a.body_roll_deg - b.body_roll_deg)});
  return std::max(d, 100.0f * glm::length(a.body_offset_m - b.body_offset_m));
}

namespace {

// Each node's transform relative to its parent, as matrices: the clip (if any), then the driven
// joints' rotations, and for roots the whole-body turn and offset.
std::vector<glm::mat4> local_matrices(const Scene& scene, const Rig& rig, const PoseParameters& pose) {
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
  for (std::size_t level = 0; level < rig.lumbar.size(); ++level)
    drive(rig.lumbar[level], -pose.lumbar_extension_deg[level]);
  for (std::size_t s = 0; s < 2; ++s) {
    drive(rig.hip[s], -(pose.thigh_flexion_deg[s] + (rig.pelvis >= 0 ? pose.pelvis_tilt_deg : 0.0f)));
    drive(rig.knee[s], pose.knee_flexion_deg[s]);
    drive(rig.ankle[s], pose.ankle_plantar_deg[s]);
  }

  const glm::mat4 body = glm::translate(glm::mat4(1.0f), pose.body_offset_m) *
                         rotation_about(rig.hip_centre_m, kAnterior, -pose.body_roll_deg) *
                         rotation_about(rig.hip_centre_m, kLateral, pose.body_pitch_deg);
  std::vector<glm::mat4> matrices(scene.nodes.size());
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    glm::mat4 local = locals[i].matrix();
    if (driven[i]) local = local * glm::inverse(rig.rest_world[i]) * delta_world[i] * rig.rest_world[i];
    matrices[i] = scene.nodes[i].parent < 0 ? body * local : local;
  }
  return matrices;
}

PosedScene posed_from_matrices(const Scene& scene, const std::vector<glm::mat4>& locals) {
  PosedScene posed;
  posed.world.assign(scene.nodes.size(), glm::mat4(1.0f));
  for (int index : scene.draw_order) {
    const auto i = static_cast<std::size_t>(index);
    const int parent = scene.nodes[i].parent;
    posed.world[i] = parent < 0 ? locals[i] : posed.world[static_cast<std::size_t>(parent)] * locals[i];
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

// Translation, rotation and scale of a matrix without shear (posing only rotates and moves).
Transform decompose(const glm::mat4& m) {
  Transform t;
  t.translation = glm::vec3(m[3]);
  glm::mat3 r(m);
  for (int c = 0; c < 3; ++c) {
    t.scale[c] = glm::length(r[c]);
    if (t.scale[c] > 0.0f) r[c] /= t.scale[c];
  }
  t.rotation = glm::normalize(glm::quat_cast(r));
  return t;
}

}  // namespace

PosedScene evaluate_pose(const Scene& scene, const Rig& rig, const PoseParameters& pose) {
  return posed_from_matrices(scene, local_matrices(scene, rig, pose));
}

std::vector<Transform> evaluate_locals(const Scene& scene, const Rig& rig, const PoseParameters& pose) {
  const std::vector<glm::mat4> matrices = local_matrices(scene, rig, pose);
  std::vector<Transform> locals(matrices.size());
  std::transform(matrices.begin(), matrices.end(), locals.begin(), decompose);
  return locals;
}

PosedScene posed_from_locals(const Scene& scene, const std::vector<Transform>& locals) {
  std::vector<glm::mat4> matrices(locals.size());
  std::transform(locals.begin(), locals.end(), matrices.begin(),
                 [](const Transform& t) { return t.matrix(); });
  return posed_from_matrices(scene, matrices);
}

std::vector<Transform> blend_locals(const std::vector<Transform>& from, const std::vector<Transform>& to,
                                    float weight) {
  std::vector<Transform> out(to.size());
  for (std::size_t i = 0; i < to.size(); ++i) {
    const Transform& a = i < from.size() ? from[i] : to[i];
    out[i].translation = glm::mix(a.translation, to[i].translation, weight);
    out[i].rotation = glm::slerp(a.rotation, to[i].rotation, weight);  // the shorter way round
    out[i].scale = glm::mix(a.scale, to[i].scale, weight);
  }
  return out;
}

float clip_time_closest_to(const Scene& scene, const Rig& rig, PoseParameters pose, const PosedScene& shown) {
  const auto clip = scene.find_animation(pose.animation);
  if (!clip || shown.world.size() != scene.nodes.size()) return 0.0f;
  // Sampled rather than solved: a few dozen poses of a short clip cost next to nothing, once per switch.
  constexpr int kSamples = 64;
  const float duration_s = scene.animations[static_cast<std::size_t>(*clip)].duration_s;
  // The skin's joints are what the eye sees move; landmarks and mesh nodes would outvote the legs.
  std::vector<int> compared;
  for (const Skin& skin : scene.skins)
    compared.insert(compared.end(), skin.joints.begin(), skin.joints.end());
  if (compared.empty()) compared = scene.draw_order;
  float best_time_s = 0.0f, best = std::numeric_limits<float>::max();
  for (int k = 0; k < kSamples; ++k) {
    pose.animation_time_s = duration_s * static_cast<float>(k) / kSamples;
    const PosedScene candidate = evaluate_pose(scene, rig, pose);
    float distance = 0.0f;
    for (int node : compared) {
      const auto i = static_cast<std::size_t>(node);
      const glm::vec3 d = glm::vec3(candidate.world[i][3]) - glm::vec3(shown.world[i][3]);
      distance += glm::dot(d, d);
    }
    if (distance < best) {
      best = distance;
      best_time_s = pose.animation_time_s;
    }
  }
  return best_time_s;
}

glm::vec3 landmark_position(const Scene& scene, const PosedScene& posed, int landmark) {
  const auto node = static_cast<std::size_t>(scene.landmarks[static_cast<std::size_t>(landmark)].node);
  return glm::vec3(posed.world[node][3]);
}

std::optional<glm::vec3> landmark_position(const Scene& scene, const PosedScene& posed, std::string_view id) {
  if (posed.world.size() != scene.nodes.size()) return std::nullopt;
  const auto landmark = scene.find_landmark(id);
  if (!landmark) return std::nullopt;
  return landmark_position(scene, posed, *landmark);
}

}  // namespace anatomy
