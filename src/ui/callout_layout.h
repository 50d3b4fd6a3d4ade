#pragma once
// Places callout boxes near their anchors on the anatomy: inside the viewport (never over the
// panels), never over each other, with a leader line from the anchor to the box. Pure geometry, so
// it is tested without a window.
#include <optional>
#include <vector>

#include "ui/geometry.h"

namespace ui {

struct CalloutRequest {
  float anchor_x = 0.0f, anchor_y = 0.0f;
  float width = 0.0f, height = 0.0f;  // the box
};

struct CalloutPlacement {
  Rect box;
  float leader_x = 0.0f, leader_y = 0.0f;  // where the leader line meets the box
};

// One placement per request, in order; nullopt for a callout that cannot be placed without
// overlapping (it is then left out rather than drawn over another). No box enters `keep_clear`
// (the pelvis, the lumbar spine and the discs on screen, and the angles' numbers): boxes go to the
// gutters beside them, and only their leader lines cross them. The first rectangle, when there is
// one, is the story region: callouts go out to the side of it their anchor is on.
std::vector<std::optional<CalloutPlacement>> place_callouts(const std::vector<CalloutRequest>& requests,
                                                            const Rect& viewport, float gap,
                                                            const std::vector<Rect>& keep_clear = {});

}  // namespace ui
