#pragma once
// A JSON description of what the interface showed in its last frame: the windows and where they
// were, the viewport left for the anatomy, the callouts with their boxes and anchors, the tour step
// and the language. Tests read it to check the layout of real frames; `--ui-report FILE` writes it.
#include <string>
#include <vector>

#include "app/session.h"
#include "app/ui_layer.h"
#include "ui/ui_layout.h"

namespace app {

std::string ui_report_json(const ui::UiLayout& layout, const std::vector<UiLayer::WindowInfo>& windows,
                           const Session& session, int width_px, int height_px);

}  // namespace app
