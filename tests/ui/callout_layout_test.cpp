#include <catch2/catch.hpp>

#include "ui/callout_layout.h"

namespace {
const ui::Rect kViewport{300.0f, 40.0f, 900.0f, 700.0f};  // panels left and right of it
}

TEST_CASE("callouts stay inside the viewport and never overlap each other") {
  // Six anchors close together on a body in the middle of the viewport, as on the pelvis.
  std::vector<ui::CalloutRequest> requests;
  const float anchors[][2] = {{740, 300}, {760, 330}, {720, 350}, {750, 420}, {735, 520}, {760, 560}};
  for (const auto& a : anchors) requests.push_back({a[0], a[1], 230.0f, 44.0f});
  const auto placed = ui::place_callouts(requests, kViewport, 8.0f);
  REQUIRE(placed.size() == requests.size());
  int shown = 0;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (!placed[i]) continue;
    ++shown;
    const ui::Rect& box = placed[i]->box;
    CHECK(box.x >= kViewport.x);
    CHECK(box.right() <= kViewport.right());
    CHECK(box.y >= kViewport.y);
    CHECK(box.bottom() <= kViewport.bottom());
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      if (placed[j]) CHECK_FALSE(box.overlaps(placed[j]->box));
    for (const auto& r : requests) CHECK_FALSE(box.contains(r.anchor_x, r.anchor_y));
  }
  CHECK(shown == 6);
}

TEST_CASE("a leader line ends on the border of its box, on the side facing the anchor") {
  // The viewport's centre is x = 750: an anchor right of it gets its box on the right, and the
  // other way round.
  const auto right = ui::place_callouts({{800.0f, 400.0f, 200.0f, 40.0f}}, kViewport, 8.0f);
  REQUIRE(right[0].has_value());
  CHECK(right[0]->box.x > 800.0f);
  CHECK(right[0]->leader_x == Approx(right[0]->box.x));
  CHECK(right[0]->leader_y == Approx(400.0f));
  const auto left = ui::place_callouts({{700.0f, 400.0f, 200.0f, 40.0f}}, kViewport, 8.0f);
  REQUIRE(left[0].has_value());
  CHECK(left[0]->box.right() < 700.0f);
  CHECK(left[0]->leader_x == Approx(left[0]->box.right()));
}

TEST_CASE("a callout that cannot fit anywhere is left out, not drawn over the panels") {
  const ui::Rect tiny{0.0f, 0.0f, 120.0f, 80.0f};
  const auto placed = ui::place_callouts({{60.0f, 40.0f, 300.0f, 40.0f}}, tiny, 8.0f);
  CHECK_FALSE(placed[0].has_value());
}
