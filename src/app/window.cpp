#include "app/window.h"

#include <GLFW/glfw3.h>
#ifdef __EMSCRIPTEN__
#include <emscripten/html5.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

namespace app {
namespace {
// The last error GLFW reported, for the message when opening fails.
std::string g_glfw_error;
void on_glfw_error(int code, const char* description) {
  g_glfw_error = "GLFW error " + std::to_string(code) + ": " + (description ? description : "?");
}

#ifndef __EMSCRIPTEN__
// Room left around a window sized to the monitor, for the desktop's panels and the title bar.
constexpr int kWorkAreaMargin_px = 40;
#endif
}  // namespace

core::Result<GlfwWindow> GlfwWindow::open(int width_px, int height_px, const char* title) {
  glfwSetErrorCallback(on_glfw_error);
  if (!glfwInit()) {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    const bool no_display = (!display || !*display) && (!wayland || !*wayland);
    return core::make_error(
        std::string(no_display ? "no display available (DISPLAY is not set)"
                               : "cannot open the display " + std::string(display ? display : "") + " (" +
                                     g_glfw_error + ")") +
        ". To see PostureLab without a screen, render a picture: posturelab screenshot --out view.png");
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SAMPLES, 0);  // we multisample in our own framebuffer
#ifndef __EMSCRIPTEN__  // emscripten's GLFW is the 3.2 API: no work area; the page sizes the canvas
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetMonitorWorkarea(monitor, &x, &y, &w, &h);
    if (w > 0 && h > 0) {
      width_px = std::min(width_px, w - kWorkAreaMargin_px);
      height_px = std::min(height_px, h - kWorkAreaMargin_px);
    }
  }
#endif
  GLFWwindow* window = glfwCreateWindow(width_px, height_px, title, nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return core::make_error("cannot create an OpenGL 3.3 core window (" + g_glfw_error +
                            "). The graphics driver may be too old; try LIBGL_ALWAYS_SOFTWARE=1");
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  return GlfwWindow(window);
}

GlfwWindow::~GlfwWindow() {
  if (!window_) return;
  glfwDestroyWindow(window_);
  glfwTerminate();
}

GlfwWindow::GlfwWindow(GlfwWindow&& other) noexcept : window_(std::exchange(other.window_, nullptr)) {}

GlfwWindow& GlfwWindow::operator=(GlfwWindow&& other) noexcept {
  if (this != &other) {
    this->~GlfwWindow();
    window_ = std::exchange(other.window_, nullptr);
  }
  return *this;
}

float GlfwWindow::content_scale() const {
#ifdef __EMSCRIPTEN__  // GLFW 3.2 has no content scale; the browser knows the device pixel ratio
  return static_cast<float>(emscripten_get_device_pixel_ratio());
#else
  float x = 1.0f, y = 1.0f;
  glfwGetWindowContentScale(window_, &x, &y);
  return y;
#endif
}

}  // namespace app
