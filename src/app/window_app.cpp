#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/commands.h"
#include "app/settings.h"
#include "app/state.h"
#include "app/viewer.h"
#include "core/file_io.h"
#include "render/gl_context.h"

namespace app {
namespace {

std::string g_glfw_error;
void on_glfw_error(int code, const char* description) {
  g_glfw_error = "GLFW error " + std::to_string(code) + ": " + (description ? description : "?");
}

// Input that is not ImGui's drives the camera, picking and the shortcuts. Callbacks are installed
// before ImGui's backend, which chains to them.
struct WindowInput {
  Viewer* viewer = nullptr;
  bool dirty = true;  // something changed: draw again
  bool orbiting = false, panning = false;
  double last_x = 0.0, last_y = 0.0;
  double press_x = 0.0, press_y = 0.0;
  bool fullscreen = false;
  int windowed_x = 0, windowed_y = 0, windowed_w = 0, windowed_h = 0;
};

WindowInput& input_of(GLFWwindow* window) {
  return *static_cast<WindowInput*>(glfwGetWindowUserPointer(window));
}
bool ui_has_mouse(WindowInput& in) { return in.viewer && in.viewer->ui() && in.viewer->ui()->wants_mouse(); }
bool ui_has_keyboard(WindowInput& in) {
  return in.viewer && in.viewer->ui() && in.viewer->ui()->wants_keyboard();
}

// Window pixels to framebuffer pixels (they differ on high-DPI screens).
glm::vec2 to_framebuffer(GLFWwindow* window, double x, double y) {
  int w = 0, h = 0, fw = 0, fh = 0;
  glfwGetWindowSize(window, &w, &h);
  glfwGetFramebufferSize(window, &fw, &fh);
  const float sx = w > 0 ? static_cast<float>(fw) / static_cast<float>(w) : 1.0f;
  const float sy = h > 0 ? static_cast<float>(fh) / static_cast<float>(h) : 1.0f;
  return {static_cast<float>(x) * sx, static_cast<float>(y) * sy};
}

void on_mouse_button(GLFWwindow* window, int button, int action, int) {
  auto& in = input_of(window);
  in.dirty = true;
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window, &x, &y);
  if (action == GLFW_RELEASE) {
    // A click (press and release without a drag) on the anatomy selects what is under it.
    const bool was_click = in.orbiting && std::hypot(x - in.press_x, y - in.press_y) < 4.0;
    in.orbiting = in.panning = false;
    if (was_click && in.viewer) in.viewer->click(to_framebuffer(window, x, y));
    return;
  }
  if (ui_has_mouse(in)) return;
  in.last_x = in.press_x = x;
  in.last_y = in.press_y = y;
  if (button == GLFW_MOUSE_BUTTON_LEFT) in.orbiting = true;
  if (button == GLFW_MOUSE_BUTTON_RIGHT || button == GLFW_MOUSE_BUTTON_MIDDLE) in.panning = true;
}

void on_cursor(GLFWwindow* window, double x, double y) {
  auto& in = input_of(window);
  in.dirty = true;  // hover feedback
  const auto dx = static_cast<float>(x - in.last_x);
  const auto dy = static_cast<float>(y - in.last_y);
  in.last_x = x;
  in.last_y = y;
  if (!in.viewer) return;
  int w = 0, h = 0;
  glfwGetWindowSize(window, &w, &h);
  if (in.orbiting)
    in.viewer->camera().orbit(dx, dy);
  else if (in.panning)
    in.viewer->camera().pan(dx, dy, static_cast<float>(h));
  else if (!ui_has_mouse(in))
    in.viewer->hover(to_framebuffer(window, x, y));
  else
    in.viewer->hover({-1.0f, -1.0f});
}

void on_scroll(GLFWwindow* window, double, double y) {
  auto& in = input_of(window);
  in.dirty = true;
  if (!in.viewer || ui_has_mouse(in)) return;
  in.viewer->camera().zoom(static_cast<float>(y));
}

void toggle_fullscreen(GLFWwindow* window, WindowInput& in, bool on) {
  if (on == in.fullscreen) return;
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  if (on && monitor) {
    glfwGetWindowPos(window, &in.windowed_x, &in.windowed_y);
    glfwGetWindowSize(window, &in.windowed_w, &in.windowed_h);
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    in.fullscreen = true;
  } else if (!on) {
    glfwSetWindowMonitor(window, nullptr, in.windowed_x, in.windowed_y, in.windowed_w, in.windowed_h, 0);
    in.fullscreen = false;
  }
}

void on_key(GLFWwindow* window, int key, int, int action, int mods) {
  auto& in = input_of(window);
  in.dirty = true;
  if (action == GLFW_RELEASE || !in.viewer) return;
  Viewer& viewer = *in.viewer;
  Session& session = viewer.session();
  const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
  const bool shift = (mods & GLFW_MOD_SHIFT) != 0;
  if (ctrl && (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD)) return viewer.change_font_scale(0.125f);
  if (ctrl && (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT))
    return viewer.change_font_scale(-0.125f);
  if (ctrl && key == GLFW_KEY_0) return viewer.change_font_scale(1.0f - session.settings().font_scale);
  if (ctrl && key == GLFW_KEY_Q) return glfwSetWindowShouldClose(window, GLFW_TRUE);
  if (ui_has_keyboard(in)) return;  // typing into a field
  if (ctrl && key == GLFW_KEY_Z)
    return viewer.carry_out(session.handle_key(shift ? SessionKey::redo : SessionKey::undo));
  if (ctrl && key == GLFW_KEY_Y) return viewer.carry_out(session.handle_key(SessionKey::redo));
  if (key == GLFW_KEY_F11) {
    viewer.carry_out(session.handle_key(SessionKey::toggle_presentation));
    return toggle_fullscreen(window, in, session.presentation());
  }
  if (key == GLFW_KEY_ESCAPE) {
    viewer.carry_out(session.handle_key(SessionKey::escape));
    return toggle_fullscreen(window, in, session.presentation());
  }
  if (session.tour_active()) {
    // Presentation clickers send PageDown / PageUp.
    if (key == GLFW_KEY_RIGHT || key == GLFW_KEY_PAGE_DOWN || key == GLFW_KEY_SPACE)
      return viewer.carry_out(session.handle_key(SessionKey::tour_next));
    if (key == GLFW_KEY_LEFT || key == GLFW_KEY_PAGE_UP)
      return viewer.carry_out(session.handle_key(SessionKey::tour_previous));
  }
  if (mods != 0) return;
  switch (key) {
    case GLFW_KEY_1:
      viewer.set_view(render::ViewPreset::side);
      break;
    case GLFW_KEY_2:
      viewer.set_view(render::ViewPreset::front);
      break;
    case GLFW_KEY_3:
      viewer.set_view(render::ViewPreset::back);
      break;
    case GLFW_KEY_4:
      viewer.set_view(render::ViewPreset::oblique);
      break;
    case GLFW_KEY_F:
      viewer.frame_model();
      break;
    case GLFW_KEY_G:
      viewer.carry_out(session.handle_key(SessionKey::toggle_ghost));
      break;
    case GLFW_KEY_T:
      if (!session.tour_active()) viewer.carry_out(session.handle_key(SessionKey::tour_start));
      break;
    default:
      break;
  }
}

void on_resize(GLFWwindow* window, int, int) { input_of(window).dirty = true; }

}  // namespace

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
                               : "cannot open the display " + std::string(display ? display : "") + " (" +
                                     g_glfw_error + ")") +
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

  const std::filesystem::path settings_path = default_settings_path();
  LoadedSettings loaded = load_settings(settings_path);
  if (!loaded.notice.empty()) std::fprintf(stderr, "posturelab: warning: %s\n", loaded.notice.c_str());
  ViewerSettings settings;
  settings.settings = loaded.settings;
  // The command line's --lang wins over the remembered language.
  if (line.state.language != content::Language::en) settings.settings.language = line.state.language;
  float content_scale_x = 1.0f, content_scale_y = 1.0f;
  glfwGetWindowContentScale(window, &content_scale_x, &content_scale_y);
  if (content_scale_y > 1.0f && settings.settings.font_scale == 1.0f)
    settings.settings.font_scale = content_scale_y;
  auto viewer = Viewer::create(window, settings, *inputs);
  if (!viewer) {
    glfwDestroyWindow(window);
    glfwTerminate();
    return fail(viewer.error());
  }
  if (!loaded.notice.empty()) (*viewer)->session().set_notice(loaded.notice);
  input.viewer = viewer->get();
  Settings saved = (*viewer)->session().settings();

  // Redraw only when something changed or moves: ImGui needs a couple of frames to settle hover
  // and layout after an event, then the loop sleeps in glfwWaitEvents and an idle window costs no CPU.
  int frames_to_draw = std::max(3, line.exit_after_frames);
  long frames_drawn = 0;
  auto last_frame = clock::now();
  while (!glfwWindowShouldClose(window)) {
    if (frames_to_draw > 0)
      glfwPollEvents();
    else
      glfwWaitEvents();
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
    const float delta_s = std::min(0.1f, std::chrono::duration<float>(now - last_frame).count());
    last_frame = now;
    if (auto status = (*viewer)->render_frame(fb_w, fb_h, delta_s); !status) {
      std::fprintf(stderr, "posturelab: error: %s\n", status.error().message.c_str());
      frames_to_draw = 0;
      continue;
    }
    glfwSwapBuffers(window);
    --frames_to_draw;
    if ((*viewer)->animating()) frames_to_draw = std::max(frames_to_draw, 1);
    ++frames_drawn;
    if (frames_drawn == 1 && line.print_timing)
      std::printf("first frame after %.1f ms (%s)\n",
                  std::chrono::duration<double, std::milli>(clock::now() - start).count(),
                  gl->renderer.c_str());
    // Remember settings as they change; a failed save is shown, never fatal.
    if ((*viewer)->session().settings() != saved) {
      saved = (*viewer)->session().settings();
      if (auto status = save_settings(saved, settings_path); !status)
        (*viewer)->session().set_notice(status.error().message);
    }
    if (line.exit_after_frames > 0 && frames_drawn >= line.exit_after_frames) break;
  }
  if (!line.ui_report.empty())
    if (auto status = core::write_file_atomically(line.ui_report, (*viewer)->ui_report()); !status)
      std::fprintf(stderr, "posturelab: error: %s\n", status.error().message.c_str());
  viewer->reset();
  glfwDestroyWindow(window);
  glfwTerminate();
  return kExitOk;
}

}  // namespace app
