#pragma once
// The frames a window owes and how each is drawn, shared by the desktop window (window_app.cpp)
// and the web page (web_main.cpp), whose loops differ only in who calls them. A frame is drawn only
// when something changed or moves; while the picture moves it goes without MSAA and with the
// simplified meshes, and the frame it comes to rest on is drawn once more, smooth and in full.
#include <algorithm>
#include <chrono>
#include <functional>

#include "app/adaptive_antialiasing.h"
#include "core/result.h"

struct GLFWwindow;

namespace app {

class Viewer;
struct WindowInput;

// ImGui needs a couple of frames to settle hover and layout after an event.
inline constexpr int kSettleFrames = 3;

class FramePacer {
 public:
  FramePacer(int settled_samples, int first_frames);

  int due() const { return due_; }
  void stop() { due_ = 0; }                                    // nothing to draw (a minimised window)
  void ask_for(int frames) { due_ = std::max(due_, frames); }  // drawn whether or not anything changed
  // Input arrived (the callbacks set input.dirty): the frames the interface needs to settle are due.
  void take_input(WindowInput& input);
  // Draws the next frame at the framebuffer's size and counts what it leaves due: a hover that
  // changed, an animation, the settled frame. `present` runs between the frame and the hover pick
  // (the desktop swaps its buffers there). A failed frame is printed and leaves nothing due.
  core::Status draw(Viewer& viewer, GLFWwindow* window, WindowInput& input, int fb_w, int fb_h,
                    const std::function<void()>& present = {});

 private:
  AdaptiveAntialiasing antialiasing_;
  int due_;
  std::chrono::steady_clock::time_point last_frame_ = std::chrono::steady_clock::now();
};

}  // namespace app
