#pragma once
// Moves the displayed inputs smoothly towards a target (a preset, a tour step, an undo), so the
// pelvis and spine glide rather than jump. Sliders change instantly while dragged; presets glide.
// The first of the two glides (session.h says which does what).
#include "biomech/inputs.h"

namespace app {

// How long each kind of change glides: a preset or reset long enough to follow, a tour step a little
// longer (the camera moves too), undo and redo short (the user knows where they go).
inline constexpr float kPresetGlide_s = 0.8f;
inline constexpr float kTourGlide_s = 1.2f;
inline constexpr float kUndoGlide_s = 0.4f;

class InputAnimator {
 public:
  explicit InputAnimator(const biomech::Inputs& start) : shown_(start), from_(start), target_(start) {}

  // Starts a glide from what is shown now to `target` over `duration_s` (0 = jump).
  void animate_to(const biomech::Inputs& target, float duration_s = kPresetGlide_s);
  void jump_to(const biomech::Inputs& target) { animate_to(target, 0.0f); }
  // Advances time; returns true while the shown inputs are still changing.
  bool update(float delta_s);

  const biomech::Inputs& shown() const { return shown_; }
  const biomech::Inputs& target() const { return target_; }
  bool animating() const { return elapsed_s_ < duration_s_; }

 private:
  biomech::Inputs shown_, from_, target_;
  float elapsed_s_ = 0.0f;
  float duration_s_ = 0.0f;
};

}  // namespace app
