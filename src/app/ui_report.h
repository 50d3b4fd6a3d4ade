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

// What a scene showed beneath the interface: where it was drawn, the lesson's landmarks on screen,
// the angles and the pulls drawn. One scene, or two in the before/after view ("reference" on the
// left, "current" on the right).
struct SceneReport {
  std::string name;
  ui::Rect rect;
  const std::vector<anatomy::ScreenAnchor>& landmarks;
  const std::vector<ui::AngleOverlay>& angles;
  const std::vector<ui::MusclePull>& pulls;
};

// The current scene (the last) also gives the report's top-level "landmarks", "overlays" and
// "pulls"; with two scenes, "scenes" lists both.
std::string ui_report_json(const ui::UiLayout& layout, const std::vector<UiLayer::WindowInfo>& windows,
                           const Session& session, int width_px, int height_px,
                           const std::vector<SceneReport>& scenes);

}  // namespace app
