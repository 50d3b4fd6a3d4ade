#include "app/window_input.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>

#include "app/viewer.h"

namespace app {
namespace {
// A press and release closer than this is a click, not a drag.
constexpr double kClickTolerance_px = 4.0;
// Two clicks on the same spot within this time are a double click (focus the structure).
constexpr double kDoubleClick_s = 0.35;
// A drag released within this time of its last motion coasts on (damped orbit).
constexpr double kCoastAfter_s = 0.08;
// Ctrl + / Ctrl − change the text size by this step.
constexpr float kFontScaleStep = 0.125f;

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
    // A click (press and release without a drag) on the anatomy selects what is under it; a second
    // one on the same spot brings the camera close to it.
    const bool was_click = in.orbiting && std::hypot(x - in.press_x, y - in.press_y) < kClickTolerance_px;
    const double now = glfwGetTime();
    if (in.orbiting && !was_click && in.viewer && now - in.last_motion_s < kCoastAfter_s)
      in.viewer->camera().release_orbit({in.drag_vx, in.drag_vy});
    // A right click (no drag) on a structure opens its menu: isolate, hide, card, x-ray the rest.
    const bool right_click = in.panning && button == GLFW_MOUSE_BUTTON_RIGHT &&
                             std::hypot(x - in.press_x, y - in.press_y) < kClickTolerance_px;
    if (right_click && in.viewer) in.viewer->context_click(to_framebuffer(window, x, y));  // picks: draws
    in.orbiting = in.panning = false;
    if (was_click && in.viewer) {
      const bool twice = now - in.last_click_s < kDoubleClick_s &&
                         std::hypot(x - in.last_click_x, y - in.last_click_y) < kClickTolerance_px;
      in.viewer->click(to_framebuffer(window, x, y));  // picks: draws
      if (twice) in.viewer->focus_selected();
      in.last_click_s = twice ? -1.0 : now;
      in.last_click_x = x;
      in.last_click_y = y;
    }
    return;
  }
  if (ui_has_mouse(in)) return;
  if (in.viewer) in.viewer->camera().stop_orbit();
  in.drag_vx = in.drag_vy = 0.0f;
  in.last_motion_s = glfwGetTime();
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
  if (in.orbiting) {
    in.viewer->camera().orbit(dx, dy);
    // The drag's speed, smoothed over the last few motions, for the coast after release.
    const double now = glfwGetTime();
    const auto dt = static_cast<float>(std::max(now - in.last_motion_s, 1e-3));
    in.last_motion_s = now;
    in.drag_vx = 0.6f * in.drag_vx + 0.4f * dx / dt;
    in.drag_vy = 0.6f * in.drag_vy + 0.4f * dy / dt;
  } else if (in.panning)
    in.viewer->camera().pan(dx, dy, static_cast<float>(h));
  else if (!ui_has_mouse(in))
    in.viewer->hover(to_framebuffer(window, x, y));  // picks: draws an id pass
  else
    in.viewer->hover({-1.0f, -1.0f});
}

// Whether the pointer is over the window. Emscripten's GLFW is the 3.2 API, without GLFW_HOVERED:
// there the pointer's last position over the canvas stands.
bool pointer_over(GLFWwindow* window) {
#ifdef __EMSCRIPTEN__
  static_cast<void>(window);
  return true;
#else
  return glfwGetWindowAttrib(window, GLFW_HOVERED) != 0;
#endif
}

}  // namespace

void refresh_hover(GLFWwindow* window, WindowInput& in) {
  if (!in.viewer || in.orbiting || in.panning || !pointer_over(window)) return;
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window, &x, &y);
  in.viewer->hover(ui_has_mouse(in) ? glm::vec2(-1.0f, -1.0f) : to_framebuffer(window, x, y));
}

namespace {

void on_scroll(GLFWwindow* window, double, double y) {
  auto& in = input_of(window);
  in.dirty = true;
  if (!in.viewer || ui_has_mouse(in)) return;
  double cx = 0.0, cy = 0.0;
  glfwGetCursorPos(window, &cx, &cy);
  int fw = 0, fh = 0;
  glfwGetFramebufferSize(window, &fw, &fh);
  in.viewer->camera().zoom_towards(static_cast<float>(y), to_framebuffer(window, cx, cy),
                                   glm::vec2(static_cast<float>(fw), static_cast<float>(fh)));
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

// The number keys choose the preset views in the order of anatomy::kViewPresetNames.
void on_view_key(Viewer& viewer, int key) {
  const int index = key - GLFW_KEY_1;
  if (index >= 0 && index < static_cast<int>(anatomy::kViewPresetNames.size()))
    viewer.set_view(anatomy::kViewPresetNames[static_cast<std::size_t>(index)].first);
}

void on_key(GLFWwindow* window, int key, int, int action, int mods) {
  auto& in = input_of(window);
  in.dirty = true;
  if (action == GLFW_RELEASE || !in.viewer) return;
  Viewer& viewer = *in.viewer;
  Session& session = viewer.session();
  const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
  const bool shift = (mods & GLFW_MOD_SHIFT) != 0;
  if (ctrl && (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD))
    return viewer.change_font_scale(kFontScaleStep);
  if (ctrl && (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT))
    return viewer.change_font_scale(-kFontScaleStep);
  if (ctrl && key == GLFW_KEY_0) return viewer.change_font_scale(1.0f - session.settings().font_scale);
  if (ctrl && key == GLFW_KEY_Q) return glfwSetWindowShouldClose(window, GLFW_TRUE);
  if (ui_has_keyboard(in)) return;  // typing into a field
  if (ctrl && key == GLFW_KEY_O) return viewer.carry_out(session.handle_key(SessionKey::open_scenario));
  if (ctrl && key == GLFW_KEY_S)
    return viewer.carry_out(
        session.handle_key(shift ? SessionKey::save_scenario_as : SessionKey::save_scenario));
  if (ctrl && key == GLFW_KEY_E) return viewer.carry_out(session.handle_key(SessionKey::export_image));
  if (ctrl && key == GLFW_KEY_P) return viewer.carry_out(session.handle_key(SessionKey::print_handout));
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
    case GLFW_KEY_2:
    case GLFW_KEY_3:
    case GLFW_KEY_4:
      on_view_key(viewer, key);
      break;
    case GLFW_KEY_F:
      viewer.frame_model();
      break;
    case GLFW_KEY_HOME:
      viewer.home_view();
      break;
    case GLFW_KEY_G:
      viewer.carry_out(session.handle_key(SessionKey::toggle_ghost));
      break;
    case GLFW_KEY_A:
      viewer.carry_out(session.handle_key(SessionKey::toggle_angles));
      break;
    case GLFW_KEY_P:
      viewer.carry_out(session.handle_key(SessionKey::toggle_pulls));
      break;
    case GLFW_KEY_C:
      viewer.carry_out(session.handle_key(SessionKey::toggle_compare));
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

void install_input_callbacks(GLFWwindow* window, WindowInput& input) {
  glfwSetWindowUserPointer(window, &input);
  glfwSetMouseButtonCallback(window, on_mouse_button);
  glfwSetCursorPosCallback(window, on_cursor);
  glfwSetScrollCallback(window, on_scroll);
  glfwSetKeyCallback(window, on_key);
  glfwSetFramebufferSizeCallback(window, on_resize);
}

}  // namespace app
