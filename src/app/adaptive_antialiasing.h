#pragma once
// Antialiasing that follows motion: frames drawn while the picture moves (a drag, a glide, an orbit)
// go without MSAA, and the frame the picture settles on gets it. On a software renderer 4x MSAA
// costs more than twice the frame, and an edge's stair-steps do not show while it moves; the still
// picture, the one a clinician points at, is always the smooth one.

namespace app {

class AdaptiveAntialiasing {
 public:
  explicit AdaptiveAntialiasing(int settled_samples) : settled_samples_(settled_samples) {}

  // The samples for the next frame: none while more frames are due after it.
  int samples_for(bool more_frames_due) const { return more_frames_due ? 0 : settled_samples_; }
  // After a frame drawn with `samples`: true when it was a moving frame and nothing follows it, so
  // one more frame must draw the settled picture with MSAA.
  bool needs_settled_frame(int samples, bool more_frames_due) const {
    return samples < settled_samples_ && !more_frames_due;
  }

 private:
  int settled_samples_;
};

}  // namespace app
