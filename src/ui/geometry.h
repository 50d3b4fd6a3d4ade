#pragma once
// Screen rectangles in window pixels (origin top left), for panels, callouts and the viewport.
namespace ui {

struct Rect {
  float x = 0.0f, y = 0.0f, w = 0.0f, h = 0.0f;
  float right() const { return x + w; }
  float bottom() const { return y + h; }
  bool contains(float px, float py) const { return px >= x && px <= right() && py >= y && py <= bottom(); }
  bool overlaps(const Rect& o) const {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }
};

}  // namespace ui
