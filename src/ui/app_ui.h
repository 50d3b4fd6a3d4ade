#pragma once
// The whole interface for one frame: menu bar, control panel on the left, readouts on the right,
// the article or tour panel and callouts over the 3D view between them. Presentation mode keeps
// only the viewport, the main sliders and the overlay, in large text.
#include <string>

#include "ui/geometry.h"
#include "ui/ui_actions.h"
#include "ui/ui_layout.h"
#include "ui/ui_snapshot.h"

namespace ui {

// Draws everything; returns where the 3D view lies (the window minus the panels).
UiLayout draw_app_ui(const UiSnapshot& snapshot, UiActions& actions);

// Without its texts the interface cannot speak: a plain window with the loader's own message.
void draw_content_error(const std::string& message);

// The viewport the panels leave free for a window of this size at this text scale, before any
// frame is drawn (the app uses it to centre the camera on the first frame).
Rect free_viewport(float window_w, float window_h, float font_scale, bool presentation);

}  // namespace ui
