#pragma once
// The GLFW library and one window with a current OpenGL 3.3 core context, as a value that closes the
// window and terminates GLFW when it goes out of scope: every exit path of run_window cleans up once.
// GLFW itself is included only by the window*.cpp files.
#include "core/result.h"

struct GLFWwindow;

namespace app {

class GlfwWindow {
 public:
  // Opens a window of at most `width_px` × `height_px`, smaller where the monitor's work area is,
  // and makes its context current. The error says why: no display, a refused display, or a driver
  // too old for OpenGL 3.3.
  static core::Result<GlfwWindow> open(int width_px, int height_px, const char* title);
  ~GlfwWindow();
  GlfwWindow(GlfwWindow&& other) noexcept;
  GlfwWindow& operator=(GlfwWindow&& other) noexcept;
  GlfwWindow(const GlfwWindow&) = delete;
  GlfwWindow& operator=(const GlfwWindow&) = delete;

  GLFWwindow* get() const { return window_; }
  // The monitor's content scale (1 on an ordinary screen, 2 on a high-DPI one).
  float content_scale() const;

 private:
  explicit GlfwWindow(GLFWwindow* window) : window_(window) {}
  GLFWwindow* window_ = nullptr;
};

}  // namespace app
