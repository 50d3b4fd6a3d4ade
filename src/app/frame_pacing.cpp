#include "app/frame_pacing.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/viewer.h"
#include "app/window_input.h"

namespace app {
namespace {
// A frame after a long pause (a minimised window, a debugger, a hidden tab) advances the glides by at
// most this.
constexpr float kLongestFrame_s = 0.1f;
}  // namespace

FramePacer::FramePacer(int settled_samples, int first_frames)
    : antialiasing_(settled_samples), due_(first_frames) {}

void FramePacer::take_input(WindowInput& input) {
  if (!input.dirty) return;
  due_ = std::max(due_, kSettleFrames);
  input.dirty = false;
}

core::Status FramePacer::draw(Viewer& viewer, GLFWwindow* window, WindowInput& input, int fb_w, int fb_h,
                              const std::function<void()>& present) {
  const auto now = std::chrono::steady_clock::now();
  const float delta_s = std::min(kLongestFrame_s, std::chrono::duration<float>(now - last_frame_).count());
  last_frame_ = now;
  // Moving while more frames are due after this one (events still settling, a glide, a coast).
  const bool moving = due_ > 1 || viewer.animating();
  const int samples = antialiasing_.samples_for(moving);
  viewer.set_msaa_samples(samples);
  viewer.set_detail(moving ? render::Detail::moving : render::Detail::full);
  if (auto status = viewer.render_frame(fb_w, fb_h, delta_s); !status) {
    std::fprintf(stderr, "posturelab: error: %s\n", status.error().message.c_str());
    due_ = 0;
    return status;
  }
  if (present) present();
  const std::string hovered = viewer.session().hovered_structure();
  refresh_hover(window, input);
  --due_;
  if (viewer.session().hovered_structure() != hovered) due_ = std::max(due_, 1);
  if (viewer.animating()) due_ = std::max(due_, 1);
  // The picture came to rest on a frame drawn without MSAA (and simplified): draw it once more,
  // smooth and in full.
  if (antialiasing_.needs_settled_frame(samples, due_ > 0)) due_ = 1;
  return {};
}

}  // namespace app
