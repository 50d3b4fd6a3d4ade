#pragma once
// The ImGui context, fonts, theme and the OpenGL3 backend: one per GL context. The window feeds it
// input through the GLFW backend; the headless path sets the display size itself.
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "render/draw_stats.h"
#include "ui/geometry.h"
#include "ui/theme.h"

struct GLFWwindow;

namespace app {

class UiLayer {
 public:
  // `window` may be null (headless). Needs a current GL context.
  static core::Result<std::unique_ptr<UiLayer>> create(GLFWwindow* window, float font_scale,
                                                       ui::ThemeKind theme);
  ~UiLayer();
  UiLayer(const UiLayer&) = delete;
  UiLayer& operator=(const UiLayer&) = delete;

  // The size is used offscreen only (headless, or an exported picture drawn while a window is open:
  // then the pointer is kept out of the frame so nothing shows as hovered).
  void begin_frame(int width_px, int height_px, float delta_s, bool offscreen);
  void end_frame_and_draw();  // into the bound framebuffer
  // What the last end_frame_and_draw() drew.
  const render::DrawStats& last_stats() const { return last_stats_; }

  // Rebuilds fonts and theme at a new scale; call between frames.
  void set_style(float font_scale, ui::ThemeKind theme);
  float font_scale() const { return font_scale_; }
  ui::ThemeKind theme() const { return theme_; }
  const std::string& font_notice() const { return font_notice_; }
  // The ImGui windows drawn in the last frame, for the UI report and tests.
  struct WindowInfo {
    std::string name;
    float x, y, w, h;
  };
  std::vector<WindowInfo> visible_windows() const;
  bool wants_mouse() const;
  bool wants_keyboard() const;  // true while a text field is being edited

 private:
  UiLayer() = default;
  GLFWwindow* window_ = nullptr;
  float font_scale_ = 1.0f;
  ui::ThemeKind theme_ = ui::ThemeKind::calm;
  std::string font_notice_;
  void* context_ = nullptr;
  render::DrawStats last_stats_;
};

}  // namespace app
