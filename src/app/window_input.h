#pragma once
// The window's own input: mouse and keys that ImGui does not take drive the camera, picking and the
// shortcuts. The callbacks are installed before ImGui's GLFW backend, which chains to them.
//
// GL work happens inside these callbacks: moving the pointer over the anatomy hovers it, and hover
// picking draws an id pass (render::SceneRenderer::pick) from within glfwPollEvents, between frames,
// with the context current and the last frame's view.
struct GLFWwindow;

namespace app {

class Viewer;

struct WindowInput {
  Viewer* viewer = nullptr;  // null until the viewer exists
  bool dirty = true;         // something changed: draw again
  bool orbiting = false, panning = false;
  double last_x = 0.0, last_y = 0.0;
  double press_x = 0.0, press_y = 0.0;
  double last_motion_s = 0.0;            // glfwGetTime() of the last drag motion
  float drag_vx = 0.0f, drag_vy = 0.0f;  // smoothed drag speed, pixels per second
  double last_click_s = -1.0;            // for double clicks
  double last_click_x = 0.0, last_click_y = 0.0;
  bool fullscreen = false;
  int windowed_x = 0, windowed_y = 0, windowed_w = 0, windowed_h = 0;
};

// `input` must outlive the window's callbacks (it is the window's user pointer).
void install_input_callbacks(GLFWwindow* window, WindowInput& input);

// Picks what lies under the still pointer again, after a frame in which the anatomy or the camera
// may have moved under it: the hover name shows without the pointer having to move.
void refresh_hover(GLFWwindow* window, WindowInput& input);

}  // namespace app
