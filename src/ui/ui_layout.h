#pragma once
// Where the interface put things in the frame it drew: the viewport between the panels, the part of
// it left for the anatomy, and the callouts as placed. The app frames the camera on `scene` in the
// next frame, and the UI report writes all of it for tests.
#include <optional>
#include <string>
#include <vector>

#include "ui/geometry.h"

namespace ui {

struct PlacedCallout {
  std::string anchor_id;
  std::string text;
  Rect box;
  float anchor_x = 0.0f, anchor_y = 0.0f;
  bool faded = false;  // its anchor lies on the far side of the body
};

struct UiLayout {
  Rect viewport;                        // between the panels
  Rect scene;                           // the part of it for the anatomy: above the article panel
  Rect callout_area;                    // where callouts may go
  std::optional<Rect> story_region;     // the pelvis, the lumbar spine and the discs: no callout there
  std::vector<PlacedCallout> callouts;  // as drawn this frame
};

}  // namespace ui
