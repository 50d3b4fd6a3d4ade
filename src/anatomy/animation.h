#pragma once
// Sampling a clip at a time, and the pose on screen moving towards the pose asked for: angles
// glide, a clip plays, and a switch into, out of or between clips crossfades so nothing jumps.
#include <optional>
#include <vector>

#include "anatomy/pose.h"
#include "anatomy/scene.h"

namespace anatomy {

// Fills the animated nodes' local transforms (loops past the end).
void sample_animation(const Animation& animation, float time_s, std::vector<Transform>& locals);

// Smooth start and stop (smoothstep) of a blend's progress in [0, 1].
float ease_in_out(float progress);

class PoseAnimator {
 public:
  static constexpr float kGlideTau_s = 0.18f;  // a slider change settles in about half a second
  static constexpr float kCrossfade_s = 0.4f;  // into or out of a clip

  void set_target(const PoseParameters& target) { target_ = target; }
  // What posed() shows before the first update: the rest pose (the first update still snaps).
  void show_rest(const Scene& scene, const Rig& rig) { posed_ = evaluate_pose(scene, rig, {}); }
  // Advances the glide, the clip and any crossfade by dt_s. `snap` jumps straight to the target
  // (headless frames), as does the first update.
  void update(const Scene& scene, const Rig& rig, float dt_s, bool snap);

  const PoseParameters& target() const { return target_; }
  // The angles on screen and the clip playing (during a crossfade: the one faded into).
  const PoseParameters& current() const { return current_; }
  const PosedScene& posed() const { return posed_; }
  bool crossfading() const { return fade_.has_value(); }
  bool animating() const;

 private:
  struct Crossfade {
    std::optional<PoseParameters> from;  // the pose faded out, its clip still playing
    std::vector<Transform> from_frozen;  // or, when a fade was cut short, the blend as it was shown
    std::vector<Transform> shown;        // the blend of the last update
    float elapsed_s = 0.0f;
  };

  void snap_to_target(const Scene& scene, const Rig& rig, float dt_s);
  void start_crossfade(const Scene& scene, const Rig& rig);
  void show_crossfade(const Scene& scene, const Rig& rig, float dt_s);

  PoseParameters target_, current_;
  bool started_ = false;
  std::optional<Crossfade> fade_;
  PosedScene posed_;
};

}  // namespace anatomy
