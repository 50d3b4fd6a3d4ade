// The pose the model view shows, on the real model: switching between the gait clip and a still
// activity crossfades instead of jumping; headless frames still jump straight to the target.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

#include "anatomy/animation.h"
#include "anatomy/gltf_importer.h"
#include "app/pose_from_model.h"
#include "biomech/model.h"

namespace {
constexpr float kFrame_s = 1.0f / 60.0f;

struct RealModel {
  anatomy::Scene scene;
  anatomy::Rig rig;
};

const RealModel& real_model() {
  static const RealModel model = [] {
    auto path = anatomy::bundled_model_path();
    REQUIRE(path.ok());
    auto scene = anatomy::load_model(*path);
    REQUIRE(scene.ok());
    RealModel m{std::move(*scene), {}};
    m.rig = anatomy::make_rig(m.scene);
    return m;
  }();
  return model;
}

anatomy::PoseParameters pose_for(biomech::Activity activity) {
  biomech::Inputs inputs = biomech::balanced_inputs();
  inputs.activity = activity;
  auto outputs = biomech::solve(inputs);
  auto balanced = biomech::solve(biomech::balanced_inputs());
  REQUIRE(outputs.ok());
  REQUIRE(balanced.ok());
  return app::pose_from_model(inputs, *outputs, *balanced, real_model().rig);
}

// Largest distance any skinned joint moved between two posed scenes.
float largest_joint_move(const anatomy::PosedScene& a, const anatomy::PosedScene& b) {
  float largest = 0.0f;
  for (const auto& skin : real_model().scene.skins)
    for (int joint : skin.joints) {
      const auto i = static_cast<std::size_t>(joint);
      largest = std::max(largest, glm::length(glm::vec3(a.world[i][3]) - glm::vec3(b.world[i][3])));
    }
  return largest;
}

// Plays `frames` frames at 60 fps towards `target`; returns the largest per-frame joint move.
float play(anatomy::PoseAnimator& animator, const anatomy::PoseParameters& target, int frames) {
  const auto& m = real_model();
  animator.set_target(target);
  float largest = 0.0f;
  for (int f = 0; f < frames; ++f) {
    const anatomy::PosedScene before = animator.posed();
    animator.update(m.scene, m.rig, kFrame_s, false);
    largest = std::max(largest, largest_joint_move(before, animator.posed()));
  }
  return largest;
}

// Exactly equal world matrices: the same pose, not merely a close one.
bool same_pose(const anatomy::PosedScene& a, const anatomy::PosedScene& b) { return a.world == b.world; }

// Shows `pose` at once, as a headless frame does.
anatomy::PoseAnimator showing(const anatomy::PoseParameters& pose) {
  anatomy::PoseAnimator animator;
  animator.set_target(pose);
  animator.update(real_model().scene, real_model().rig, kFrame_s, true);
  return animator;
}

constexpr int kHalfSecond = 30;

// The walking foot itself swings up to about 8 cm a frame at 60 fps; a switch may move a joint no
// faster than that (plus 1 cm), where switching the clip in or out at once moved it about 40 cm.
float walking_move_per_frame() {
  auto animator = showing(pose_for(biomech::Activity::walk));
  const float largest = play(animator, pose_for(biomech::Activity::walk), 2 * kHalfSecond);
  CHECK(largest < 0.1f);
  return largest;
}
constexpr float kLeeway_m = 0.01f;
}  // namespace

TEST_CASE("switching between standing and walking moves no joint faster than walking does") {
  const auto stand = pose_for(biomech::Activity::stand), walk = pose_for(biomech::Activity::walk);
  const float bound = walking_move_per_frame() + kLeeway_m;
  auto animator = showing(stand);
  const float into_walk = play(animator, walk, kHalfSecond);
  // The switch has real ground to cover: the first gait pose is far from standing.
  anatomy::PoseParameters first = animator.current();
  first.animation_time_s -= kHalfSecond * kFrame_s;
  CHECK(largest_joint_move(anatomy::evaluate_pose(real_model().scene, real_model().rig, first),
                           showing(stand).posed()) > 0.1f);
  // Out of the walk at several phases of the stride.
  float out_of_walk = 0.0f;
  for (int phase = 0; phase < 6; ++phase) {
    play(animator, walk, kHalfSecond + 7 * phase);
    out_of_walk = std::max(out_of_walk, play(animator, stand, kHalfSecond));
  }
  CHECK(into_walk < bound);
  CHECK(out_of_walk < bound);
}

TEST_CASE("sitting down from a walk and walking off from sitting crossfade too") {
  const auto sit = pose_for(biomech::Activity::sit_upright), walk = pose_for(biomech::Activity::walk);
  const float bound = walking_move_per_frame() + kLeeway_m;
  auto animator = showing(sit);
  CHECK(play(animator, walk, kHalfSecond) < bound);
  play(animator, walk, kHalfSecond);
  CHECK(play(animator, sit, 4) < bound);
  // Cut short: back to walking before the fade to sitting has finished.
  CHECK(animator.crossfading());
  CHECK(play(animator, walk, kHalfSecond) < bound);
}

TEST_CASE("a crossfade ends exactly at the clip's pose and at the still pose") {
  const auto& m = real_model();
  const auto stand = pose_for(biomech::Activity::stand), walk = pose_for(biomech::Activity::walk);
  auto animator = showing(stand);
  play(animator, walk, 1);
  CHECK(animator.crossfading());
  play(animator, walk, 24);  // 0.4 s
  CHECK_FALSE(animator.crossfading());
  CHECK(animator.current().animation == "gait");
  CHECK(same_pose(animator.posed(), anatomy::evaluate_pose(m.scene, m.rig, animator.current())));
  play(animator, stand, 25);
  CHECK_FALSE(animator.crossfading());
  CHECK(animator.current().animation.empty());
  CHECK(same_pose(animator.posed(), anatomy::evaluate_pose(m.scene, m.rig, animator.current())));
  play(animator, stand, 8 * kHalfSecond);
  CHECK(anatomy::pose_distance(animator.current(), stand) < 0.01f);
  CHECK_FALSE(animator.animating());
}

TEST_CASE("walking starts at the gait phase closest to standing, not at a long stride") {
  const auto& m = real_model();
  const auto stand = pose_for(biomech::Activity::stand), walk = pose_for(biomech::Activity::walk);
  const auto standing = showing(stand).posed();
  auto animator = showing(stand);
  play(animator, walk, 1);
  anatomy::PoseParameters start = animator.current();
  start.animation_time_s -= kFrame_s;
  anatomy::PoseParameters heel_strike = walk;
  heel_strike.animation_time_s = 0.0f;  // right heel strike: the feet a stride apart
  const float from_start = largest_joint_move(anatomy::evaluate_pose(m.scene, m.rig, start), standing);
  CHECK(from_start < 0.2f);
  CHECK(from_start <
        largest_joint_move(anatomy::evaluate_pose(m.scene, m.rig, heel_strike), standing) - 0.1f);
}

TEST_CASE("headless frames jump straight into the walk and back, without a crossfade") {
  const auto& m = real_model();
  const auto stand = pose_for(biomech::Activity::stand), walk = pose_for(biomech::Activity::walk);
  auto animator = showing(stand);
  animator.set_target(walk);
  animator.update(m.scene, m.rig, kFrame_s, true);
  CHECK_FALSE(animator.crossfading());
  CHECK(animator.current().animation == "gait");
  CHECK(same_pose(animator.posed(), anatomy::evaluate_pose(m.scene, m.rig, animator.current())));
  // Screenshots show the gait from its first frame, as they always did.
  CHECK(animator.current().animation_time_s == 0.0f);
  animator.update(m.scene, m.rig, kFrame_s, true);
  CHECK(animator.current().animation_time_s == Approx(kFrame_s));
  animator.set_target(stand);
  animator.update(m.scene, m.rig, kFrame_s, true);
  CHECK_FALSE(animator.crossfading());
  CHECK(same_pose(animator.posed(), showing(stand).posed()));
}
