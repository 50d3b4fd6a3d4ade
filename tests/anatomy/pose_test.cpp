#include <catch2/catch.hpp>

#include <span>

#include "anatomy/gltf_importer.h"
#include "anatomy/pose.h"
#include "anatomy/test_model.h"

namespace {
anatomy::Scene test_scene() {
  const auto bytes = testmodel::build().glb();
  auto scene = anatomy::load_model_from_memory(std::span(bytes), {}, "test.glb");
  REQUIRE(scene.ok());
  return std::move(*scene);
}
glm::vec3 node_position(const anatomy::Scene& scene, const anatomy::PosedScene& posed, const char* name) {
  return glm::vec3(posed.world[static_cast<std::size_t>(*scene.find_node(name))][3]);
}
}  // namespace

TEST_CASE("the rest pose reproduces the rest transforms, so skin matrices are identity") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  const auto posed = anatomy::evaluate_pose(scene, rig, {});
  for (const auto& m : posed.skin_matrices[0])
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) CHECK(m[c][r] == Approx(c == r ? 1.0f : 0.0f).margin(1e-5));
}

TEST_CASE("anterior pelvic tilt moves the ASIS forward and down while the knees stay put") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseParameters pose;
  pose.pelvis_tilt_deg = 10.0f;
  const auto rest = anatomy::evaluate_pose(scene, rig, {});
  const auto tilted = anatomy::evaluate_pose(scene, rig, pose);
  const int asis = *scene.find_landmark("asis.l");
  const glm::vec3 a0 = anatomy::landmark_position(scene, rest, asis);
  const glm::vec3 a1 = anatomy::landmark_position(scene, tilted, asis);
  CHECK(a1.z > a0.z - 1e-4f);
  CHECK(a1.y < a0.y);
  const glm::vec3 k0 = node_position(scene, rest, "joint.knee.l");
  const glm::vec3 k1 = node_position(scene, tilted, "joint.knee.l");
  CHECK(glm::length(k1 - k0) < 1e-4f);
  // The top of the trunk leans forward when the lumbar angles do not answer.
  CHECK(node_position(scene, tilted, "joint.T12").z > node_position(scene, rest, "joint.T12").z + 0.01f);
}

TEST_CASE("more lordosis at L5-S1 leans the trunk above it backward") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseParameters pose;
  pose.lumbar_extension_deg[4] = 8.0f;  // L5-S1
  const auto rest = anatomy::evaluate_pose(scene, rig, {});
  const auto bent = anatomy::evaluate_pose(scene, rig, pose);
  CHECK(node_position(scene, bent, "joint.T12").z < node_position(scene, rest, "joint.T12").z - 0.005f);
  CHECK(glm::length(node_position(scene, bent, "joint.L5") - node_position(scene, rest, "joint.L5")) < 1e-5f);
}

TEST_CASE("hip flexion brings the knee forward and knee flexion the ankle back") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseParameters pose;
  pose.thigh_flexion_deg = {90.0f, 90.0f};
  pose.knee_flexion_deg = {90.0f, 90.0f};
  const auto sit = anatomy::evaluate_pose(scene, rig, pose);
  const glm::vec3 hip = node_position(scene, sit, "joint.hip.l");
  const glm::vec3 knee = node_position(scene, sit, "joint.knee.l");
  const glm::vec3 ankle = node_position(scene, sit, "joint.ankle.l");
  CHECK(knee.z == Approx(hip.z + 0.44f).margin(1e-3));
  CHECK(knee.y == Approx(hip.y).margin(1e-3));
  CHECK(ankle.y == Approx(knee.y - 0.42f).margin(1e-3));
}

TEST_CASE("lying supine turns the front of the body upward") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseParameters pose;
  pose.body_pitch_deg = -90.0f;
  const auto lying = anatomy::evaluate_pose(scene, rig, pose);
  const glm::vec3 hip = node_position(scene, lying, "joint.pelvis");
  const glm::vec3 t12 = node_position(scene, lying, "joint.T12");
  CHECK(std::abs(t12.y - hip.y) < 0.1f);  // the trunk is horizontal
  const glm::vec3 asis = anatomy::landmark_position(scene, lying, *scene.find_landmark("asis.l"));
  const glm::vec3 psis = anatomy::landmark_position(scene, lying, *scene.find_landmark("psis.l"));
  CHECK(asis.y > psis.y);
}

TEST_CASE("approach glides towards the target without overshooting") {
  anatomy::PoseParameters a, b;
  b.pelvis_tilt_deg = 10.0f;
  auto step = anatomy::approach(a, b, 0.05f, 0.15f);
  CHECK(step.pelvis_tilt_deg > 0.0f);
  CHECK(step.pelvis_tilt_deg < 10.0f);
  for (int i = 0; i < 100; ++i) step = anatomy::approach(step, b, 0.05f, 0.15f);
  CHECK(anatomy::pose_distance(step, b) < 0.01f);
}

TEST_CASE("the gait clip swings the left thigh") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseParameters pose;
  pose.animation = "gait";
  pose.animation_time_s = 0.0f;
  const float z0 = node_position(scene, anatomy::evaluate_pose(scene, rig, pose), "joint.knee.l").z;
  pose.animation_time_s = 0.55f;
  const float z1 = node_position(scene, anatomy::evaluate_pose(scene, rig, pose), "joint.knee.l").z;
  CHECK(std::abs(z1 - z0) > 0.1f);
}

TEST_CASE("the rig's lumbar joints run from L1-L2 down to L5-S1, the order of the biomechanics levels") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  CHECK(anatomy::schema::kLumbarLevels.front().name == "L1-L2");
  CHECK(anatomy::schema::kLumbarLevels.back().name == "L5-S1");
  CHECK(rig.lumbar.front() == *scene.find_node("joint.L1"));
  CHECK(rig.lumbar.back() == *scene.find_node("joint.L5"));
  // Each joint bends its own level: the one at index 0 moves T12 but leaves L2 where it was.
  anatomy::PoseParameters pose;
  pose.lumbar_extension_deg[0] = 8.0f;
  const auto rest = anatomy::evaluate_pose(scene, rig, {});
  const auto bent = anatomy::evaluate_pose(scene, rig, pose);
  CHECK(glm::length(node_position(scene, bent, "joint.L2") - node_position(scene, rest, "joint.L2")) < 1e-5f);
  CHECK(node_position(scene, bent, "joint.T12").z < node_position(scene, rest, "joint.T12").z - 0.001f);
}
