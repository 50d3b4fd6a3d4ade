#include "ui/callout_layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ui {
namespace {

// The point of the box's border nearest to the anchor, where the leader line ends.
void attach_leader(CalloutPlacement& p, float ax, float ay) {
  p.leader_x = std::clamp(ax, p.box.x, p.box.right());
  p.leader_y = std::clamp(ay, p.box.y, p.box.bottom());
}

bool inside(const Rect& inner, const Rect& outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
         inner.bottom() <= outer.bottom();
}

// A box also keeps clear of every anchor, so a label never hides the point another label explains.
bool covers_anchor(const Rect& box, const std::vector<CalloutRequest>& requests, float margin) {
  for (const auto& r : requests)
    if (r.anchor_x > box.x - margin && r.anchor_x < box.right() + margin && r.anchor_y > box.y - margin &&
        r.anchor_y < box.bottom() + margin)
      return true;
  return false;
}

}  // namespace

std::vector<std::optional<CalloutPlacement>> place_callouts(const std::vector<CalloutRequest>& requests,
                                                            const Rect& viewport, float gap,
                                                            const std::vector<Rect>& keep_clear) {
  std::vector<std::optional<CalloutPlacement>> result(requests.size());
  std::vector<Rect> placed;
  // Top to bottom, so boxes stack in reading order next to the body.
  std::vector<std::size_t> order(requests.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return requests[a].anchor_y < requests[b].anchor_y; });
  const float centre_x = keep_clear.empty() ? viewport.x + viewport.w * 0.5f
                                            : keep_clear.front().x + keep_clear.front().w * 0.5f;

  for (std::size_t index : order) {
    const CalloutRequest& r = requests[index];
    // Boxes go out to the side of the body their anchor is on, then further out, then up or down.
    const float side = r.anchor_x >= centre_x ? 1.0f : -1.0f;
    std::optional<CalloutPlacement> best;
    for (float distance = gap * 3.0f; distance <= viewport.w && !best; distance += gap * 2.0f) {
      for (float dy_step : {0.0f, -1.0f, 1.0f, -2.0f, 2.0f, -3.0f, 3.0f}) {
        for (float s : {side, -side}) {
          Rect box;
          box.w = r.width;
          box.h = r.height;
          box.x = s > 0 ? r.anchor_x + distance : r.anchor_x - distance - r.width;
          box.y = r.anchor_y - r.height * 0.5f + dy_step * (r.height + gap);
          if (!inside(box, viewport) || std::any_of(keep_clear.begin(), keep_clear.end(),
                                                    [&](const Rect& clear) { return box.overlaps(clear); }))
            continue;
          const bool clash = std::any_of(placed.begin(), placed.end(), [&](const Rect& o) {
            return box.overlaps(Rect{o.x - gap, o.y - gap, o.w + 2 * gap, o.h + 2 * gap});
          });
          if (clash || covers_anchor(box, requests, gap)) continue;
          CalloutPlacement p{box, 0.0f, 0.0f};
          attach_leader(p, r.anchor_x, r.anchor_y);
          best = p;
          break;
        }
        if (best) break;
      }
    }
    if (best) placed.push_back(best->box);
    result[index] = best;
  }
  return result;
}

}  // namespace ui
