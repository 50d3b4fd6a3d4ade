#include <catch2/catch.hpp>

#include <algorithm>
#include <span>

#include "anatomy/animation.h"
#include "anatomy/gltf_importer.h"
#include "anatomy/test_model.h"

namespace {
constexpr float kFrame_s = 1.0f / 60.0f;

anatomy::Scene test_scene() {
  const auto bytes = testmodel::build().glb();
  auto scene = anatomy::load_model_from_memory(std::span(bytes), {}, "test.glb");
  REQUIRE(scene.ok());
  return std::move(*scene);
}

glm::vec3 position(const anatomy::Scene& scene, const anatomy::PosedScene& posed, const char* name) {
  return glm::vec3(posed.world[static_cast<std::size_t>(*scene.find_node(name))][3]);
}

float largest_move(const anatomy::PosedScene& a, const anatomy::PosedScene& b) {
  float largest = 0.0f;
  for (std::size_t i = 0; i < a.world.size(); ++i)
    largest = std::max(largest, glm::length(glm::vec3(a.world[i][3]) - glm::vec3(b.world[i][3])));
  return largest;
}

anatomy::PoseParameters walking() {
  anatomy::PoseParameters pose;
  pose.animation = "gait";
  return pose;
}
}  // namespace

TEST_CASE("local transforms flatten to the same world matrices as evaluating the pose") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseParameters pose = walking();
  pose.animation_time_s = 0.3f;
  pose.pelvis_tilt_deg = 8.0f;
  pose.knee_flexion_deg = {40.0f, 20.0f};
  pose.body_pitch_deg = -30.0f;
  pose.body_offset_m = {0.0f, -0.1f, 0.2f};
  const auto direct = anatomy::evaluate_pose(scene, rig, pose);
  const auto flattened = anatomy::posed_from_locals(scene, anatomy::evaluate_locals(scene, rig, pose));
  for (std::size_t i = 0; i < direct.world.size(); ++i)
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r)
        CHECK(flattened.world[i][c][r] == Approx(direct.world[i][c][r]).margin(1e-5));
}

TEST_CASE("blending halfway bends a joint halfway and keeps the bone's length") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseParameters bent;
  bent.knee_flexion_deg = {90.0f, 90.0f};
  anatomy::PoseParameters halfway = bent;
  halfway.knee_flexion_deg = {45.0f, 45.0f};
  const auto blended = anatomy::posed_from_locals(
      scene, anatomy::blend_locals(anatomy::evaluate_locals(scene, rig, {}),
                                   anatomy::evaluate_locals(scene, rig, bent), 0.5f));
  const auto expected = anatomy::evaluate_pose(scene, rig, halfway);
  CHECK(largest_move(blended, expected) < 1e-4f);
  // A straight-line blend of positions would cut the arc and shorten the shank.
  CHECK(glm::length(position(scene, blended, "joint.ankle.l") - position(scene, blended, "joint.knee.l")) ==
        Approx(0.42f).margin(1e-4));
}

TEST_CASE("easing starts and ends at rest and is halfway at the middle") {
  CHECK(anatomy::ease_in_out(0.0f) == 0.0f);
  CHECK(anatomy::ease_in_out(1.0f) == 1.0f);
  CHECK(anatomy::ease_in_out(0.5f) == Approx(0.5f));
  CHECK(anatomy::ease_in_out(0.05f) < 0.01f);
  CHECK(anatomy::ease_in_out(2.0f) == 1.0f);
}

TEST_CASE("the clip time closest to standing is where the swinging thigh passes the vertical") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  // The test gait swings the left hip from +15 to -15 degrees and back over 1.1 s.
  const float t =
      anatomy::clip_time_closest_to(scene, rig, walking(), anatomy::evaluate_pose(scene, rig, {}));
  const bool at_a_crossing = std::abs(t - 0.275f) < 0.02f || std::abs(t - 0.825f) < 0.02f;
  CHECK(at_a_crossing);
  anatomy::PoseParameters missing;
  missing.animation = "no such clip";
  CHECK(anatomy::clip_time_closest_to(scene, rig, missing, anatomy::evaluate_pose(scene, rig, {})) == 0.0f);
}

TEST_CASE("standing to walking and back crossfades in 0.4 s without a jump and ends exactly on each pose") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseAnimator animator;
  animator.update(scene, rig, kFrame_s, true);  // standing, at once
  const anatomy::PosedScene standing = animator.posed();
  auto play = [&](const anatomy::PoseParameters& target, int frames) {
    animator.set_target(target);
    float largest = 0.0f;
    for (int f = 0; f < frames; ++f) {
      const anatomy::PosedScene before = animator.posed();
      animator.update(scene, rig, kFrame_s, false);
      largest = std::max(largest, largest_move(before, animator.posed()));
    }
    return largest;
  };
  const float into_walk = play(walking(), 12);
  CHECK(animator.crossfading());
  CHECK(animator.animating());
  play(walking(), 13);
  CHECK_FALSE(animator.crossfading());
  CHECK(animator.posed().world == anatomy::evaluate_pose(scene, rig, animator.current()).world);
  const float walking_move = play(walking(), 70);
  const float out_of_walk = play({}, 25);
  CHECK_FALSE(animator.crossfading());
  CHECK_FALSE(animator.animating());
  CHECK(animator.posed().world == standing.world);
  // The clip swings the ankle about 2.7 cm a frame, and the legs meet it halfway through the fade
  // at up to about 1.6 times that; switching the clip in or out at once moved the ankle 44 cm.
  CHECK(walking_move == Approx(0.027f).margin(0.002f));
  CHECK(into_walk < 1.75f * walking_move);
  CHECK(out_of_walk < 1.75f * walking_move);
}

TEST_CASE("a snapped frame shows the target at once, clip or not") {
  const auto scene = test_scene();
  const auto rig = anatomy::make_rig(scene);
  anatomy::PoseAnimator animator;
  animator.update(scene, rig, kFrame_s, true);
  animator.set_target(walking());
  animator.update(scene, rig, kFrame_s, true);
  CHECK_FALSE(animator.crossfading());
  CHECK(animator.current().animation == "gait");
  CHECK(animator.posed().world == anatomy::evaluate_pose(scene, rig, animator.current()).world);
  animator.set_target({});
  animator.update(scene, rig, kFrame_s, true);
  CHECK(animator.posed().world == anatomy::evaluate_pose(scene, rig, {}).world);
}
