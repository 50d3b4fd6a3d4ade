#pragma once
// The whole interface for one frame: menu bar, control panel on the left, readouts on the right,
// the article or tour panel and callouts over the 3D view between them. Presentation mode keeps
// only the viewport, the main sliders and the overlay, in large text.
#include "ui/ui_model.h"

namespace ui {

// Draws everything; returns where the 3D view lies (the window minus the panels).
UiLayout draw_app_ui(const UiModel& model, UiActions& actions);

// The viewport the panels leave free for a window of this size at this text scale, before any
// frame is drawn (the app uses it to centre the camera on the first frame).
Rect free_viewport(float window_w, float window_h, float font_scale, bool presentation);

}  // namespace ui
