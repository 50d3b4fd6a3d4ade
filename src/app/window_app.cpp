#include <algorithm>
#include <GLFW/glfw3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/commands.h"
#include "app/state.h"
#include "app/viewer.h"
#include "render/gl_context.h"

namespace app {
namespace {

std::string g_glfw_error;
void on_glfw_error(int code, const char* description) {
  g_glfw_error = "GLFW error " + std::to_string(code) + ": " + (description ? description : "?");
}

// Input that is not ImGui's drives the camera. Callbacks are installed before ImGui's backend,
// which chains to them.
struct WindowInput {
  Viewer* viewer = nullptr;
  bool dirty = true;  // something changed: draw again
  bool orbiting = false, panning = false;
  double last_x = 0.0, last_y = 0.0;
};

WindowInput& input_of(GLFWwindow* window) { return *static_cast<WindowInput*>(glfwGetWindowUserPointer(window)); }
bool ui_has_mouse(WindowInput& in) { return in.viewer && in.viewer->ui() && in.viewer->ui()->wants_mouse(); }
bool ui_has_keyboard(WindowInput& in) { return in.viewer && in.viewer->ui() && in.viewer->ui()->wants_keyboard(); }

void on_mouse_button(GLFWwindow* window, int button, int action, int) {
  auto& in = input_of(window);
  in.dirty = true;
  if (action == GLFW_RELEASE) {
    in.orbiting = in.panning = false;
    return;
  }
  if (ui_has_mouse(in)) return;
  glfwGetCursorPos(window, &in.last_x, &in.last_y);
  if (button == GLFW_MOUSE_BUTTON_LEFT) in.orbiting = true;
  if (button == GLFW_MOUSE_BUTTON_RIGHT || button == GLFW_MOUSE_BUTTON_MIDDLE) in.panning = true;
}

void on_cursor(GLFWwindow* window, double x, double y) {
  auto& in = input_of(window);
  in.dirty = true;  // hover feedback in the UI
  const auto dx = static_cast<float>(x - in.last_x);
  const auto dy = static_cast<float>(y - in.last_y);
  in.last_x = x;
  in.last_y = y;
  if (!in.viewer) return;
  int w = 0, h = 0;
  glfwGetWindowSize(window, &w, &h);
  if (in.orbiting) in.viewer->camera().orbit(dx, dy);
  if (in.panning) in.viewer->camera().pan(dx, dy, static_cast<float>(h));
}

void on_scroll(GLFWwindow* window, double, double y) {
  auto& in = input_of(window);
  in.dirty = true;
  if (!in.viewer || ui_has_mouse(in)) return;
  in.viewer->camera().zoom(static_cast<float>(y));
}

void on_key(GLFWwindow* window, int key, int, int action, int mods) {
  auto& in = input_of(window);
  in.dirty = true;
  if (action == GLFW_RELEASE || !in.viewer) return;
  const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
  if (ctrl && (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD)) return in.viewer->change_font_scale(0.125f);
  if (ctrl && (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT)) return in.viewer->change_font_scale(-0.125f);
  if (ctrl && key == GLFW_KEY_0) return in.viewer->change_font_scale(1.0f - in.viewer->ui()->font_scale());
  if (ui_has_keyboard(in) || mods != 0) return;
  switch (key) {
    case GLFW_KEY_1: in.viewer->set_view(render::ViewPreset::side); break;
    case GLFW_KEY_2: in.viewer->set_view(render::ViewPreset::front); break;
    case GLFW_KEY_3: in.viewer->set_view(render::ViewPreset::back); break;
    case GLFW_KEY_4: in.viewer->set_view(render::ViewPreset::oblique); break;
    case GLFW_KEY_F: in.viewer->frame_model(); break;
    default: break;
  }
}

void on_resize(GLFWwindow* window, int, int) { input_of(window).dirty = true; }

} // namespace

int run_window(const CommandLine& line) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  auto inputs = resolve_state(line.state);
  if (!inputs) return fail(inputs.error());

  glfwSetErrorCallback(on_glfw_error);
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if (!glfwInit()) {
    const bool no_display = (!display || !*display) && (!wayland || !*wayland);
    return fail(core::make_error(
        std::string(no_display ? "no display available (DISPLAY is not set)"
                               : "cannot open the display " + std::string(display ? display : "") + " (" + g_glfw_error + ")") +
        ". To see PostureLab without a screen, render a picture: posturelab screenshot --out view.png"));
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SAMPLES, 0);  // we multisample in our own framebuffer
  int width = 1440, height = 860;
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetMonitorWorkarea(monitor, &x, &y, &w, &h);
    if (w > 0 && h > 0) {
      width = std::min(width, w - 40);
      height = std::min(height, h - 40);
    }
  }
  GLFWwindow* window = glfwCreateWindow(width, height, "PostureLab", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    return fail(core::make_error("cannot create an OpenGL 3.3 core window (" + g_glfw_error +
                                 "). The graphics driver may be too old; try LIBGL_ALWAYS_SOFTWARE=1"));
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  auto gl = render::load_gl(reinterpret_cast<render::GlProcAddress>(glfwGetProcAddress));
  if (!gl) {
    glfwDestroyWindow(window);
    glfwTerminate();
    return fail(gl.error());
  }

  WindowInput input;
  glfwSetWindowUserPointer(window, &input);
  glfwSetMouseButtonCallback(window, on_mouse_button);
  glfwSetCursorPosCallback(window, on_cursor);
  glfwSetScrollCallback(window, on_scroll);
  glfwSetKeyCallback(window, on_key);
  glfwSetFramebufferSizeCallback(window, on_resize);

  float content_scale_x = 1.0f, content_scale_y = 1.0f;
  glfwGetWindowContentScale(window, &content_scale_x, &content_scale_y);
  ViewerSettings settings;
  settings.font_scale = std::max(1.0f, content_scale_y);  // high-DPI screens start larger
  auto viewer = Viewer::create(window, settings);
  if (!viewer) {
    glfwDestroyWindow(window);
    glfwTerminate();
    return fail(viewer.error());
  }
  (*viewer)->set_inputs(*inputs);
  input.viewer = viewer->get();

  // Redraw only when something changed: ImGui needs a couple of frames to settle hover and layout
  // after an event, then the loop sleeps in glfwWaitEvents and an idle window costs no CPU.
  int frames_to_draw = std::max(3, line.exit_after_frames);
  long frames_drawn = 0;
  auto last_frame = clock::now();
  while (!glfwWindowShouldClose(window)) {
    if (frames_to_draw > 0) glfwPollEvents();
    else glfwWaitEvents();
    if (input.dirty) {
      frames_to_draw = std::max(frames_to_draw, 3);
      input.dirty = false;
    }
    if (frames_to_draw <= 0) continue;
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    if (fb_w <= 0 || fb_h <= 0) {  // minimised
      frames_to_draw = 0;
      continue;
    }
    const auto now = clock::now();
    const float delta_s = std::chrono::duration<float>(now - last_frame).count();
    last_frame = now;
    if (auto status = (*viewer)->render_frame(fb_w, fb_h, delta_s); !status) {
      std::fprintf(stderr, "posturelab: error: %s\n", status.error().message.c_str());
      frames_to_draw = 0;
      continue;
    }
    glfwSwapBuffers(window);
    --frames_to_draw;
    ++frames_drawn;
    if (frames_drawn == 1 && line.print_timing)
      std::printf("first frame after %.1f ms (%s)\n",
                  std::chrono::duration<double, std::milli>(clock::now() - start).count(), gl->renderer.c_str());
    if (line.exit_after_frames > 0 && frames_drawn >= line.exit_after_frames) break;
  }
  viewer->reset();
  glfwDestroyWindow(window);
  glfwTerminate();
  return kExitOk;
}

} // namespace app
