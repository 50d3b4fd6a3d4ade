#pragma once
// The app shell's panel: views, text size, theme, and the calibration label on the viewport.
// It only draws ImGui widgets and reports what the user asked for; the app carries it out.
#include <optional>
#include <string>

#include "biomech/inputs.h"
#include "ui/theme.h"

namespace ui {

enum class ViewRequest { side, front, back, oblique };

struct ShellState {
  float font_scale = 1.0f;
  ThemeKind theme = ThemeKind::calm;
  biomech::Calibration calibration = biomech::Calibration::article;
  std::string notice;  // a problem to show (e.g. a missing font), empty when none
};

struct ShellActions {
  std::optional<ViewRequest> view;
  bool frame_model = false;
  std::optional<float> font_scale;
  std::optional<ThemeKind> theme;
};

ShellActions draw_shell(const ShellState& state);

} // namespace ui
