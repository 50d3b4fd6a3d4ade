#pragma once
// A JSON description of what the interface showed in its last frame: the windows and where they
// were, the viewport left for the anatomy, the callouts with their boxes and anchors, the tour step
// and the language, the landmarks and angles of the scene. Tests read it to check the layout of real frames;
// `--ui-report FILE` writes it.
#include <string>
#include <vector>

#include "anatomy/screen_anchor.h"
#include "app/session.h"
#include "app/ui_layer.h"
#include "ui/angle_overlay.h"
#include "ui/muscle_pull.h"
#include "ui/ui_layout.h"

namespace app {

// What the scene showed beneath the interface: the lesson's landmarks on screen and the angles drawn.
struct SceneReport {
  const std::vector<anatomy::ScreenAnchor>& landmarks;
  const std::vector<ui::AngleOverlay>& angles;
  const std::vector<ui::MusclePull>& pulls;
};

std::string ui_report_json(const ui::UiLayout& layout, const std::vector<UiLayer::WindowInfo>& windows,
                           const Session& session, int width_px, int height_px, const SceneReport& scene);

}  // namespace app
