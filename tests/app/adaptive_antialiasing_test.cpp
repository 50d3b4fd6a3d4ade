// Adaptive antialiasing: the window's moving frames go without MSAA, the settled frame has it, and
// the settled picture is the one a 4x frame always drew.
#include <catch2/catch.hpp>

#include <memory>

#include "app/adaptive_antialiasing.h"
#include "app/viewer.h"
#include "render/gl_context.h"

namespace {
// How many pixels of two same-sized pictures differ at all.
long differing_pixels(const render::Image& a, const render::Image& b) {
  long count = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const auto p = a.pixel(x, y), q = b.pixel(x, y);
      count += p.r != q.r || p.g != q.g || p.b != q.b;
    }
  return count;
}
}  // namespace

TEST_CASE("moving frames go without MSAA and the frame the picture settles on has it") {
  const app::AdaptiveAntialiasing aa(4);
  CHECK(aa.samples_for(true) == 0);
  CHECK(aa.samples_for(false) == 4);
  // A moving frame with nothing after it needs one more, smooth frame; a smooth one does not.
  CHECK(aa.needs_settled_frame(0, false));
  CHECK_FALSE(aa.needs_settled_frame(0, true));
  CHECK_FALSE(aa.needs_settled_frame(4, false));
  // With MSAA off altogether there is nothing to settle into.
  const app::AdaptiveAntialiasing off(0);
  CHECK(off.samples_for(false) == 0);
  CHECK_FALSE(off.needs_settled_frame(0, false));
}

TEST_CASE("a frame drawn without MSAA has hard edges, and the settled frame is the 4x picture") {
  auto context = render::HeadlessGlContext::create();
  REQUIRE(context.ok());
  auto created = app::Viewer::create(nullptr, app::ViewerSettings{}, biomech::balanced_inputs());
  REQUIRE(created.ok());
  app::Viewer& viewer = **created;
  constexpr int w = 480, h = 270;
  constexpr float frame_s = 1.0f / 60.0f;
  // The first frames settle the layout (the camera fits the room the panels left last frame).
  for (int i = 0; i < 4; ++i) REQUIRE(viewer.render_frame(w, h, frame_s).ok());
  const render::Image smooth = viewer.capture();
  viewer.set_msaa_samples(0);
  REQUIRE(viewer.render_frame(w, h, frame_s).ok());
  CHECK(viewer.msaa_samples() == 0);
  const render::Image moving = viewer.capture();
  viewer.set_msaa_samples(4);
  REQUIRE(viewer.render_frame(w, h, frame_s).ok());
  CHECK(viewer.msaa_samples() == 4);
  const render::Image settled = viewer.capture();
  // The same scene: MSAA changes only the edges, and the settled frame is pixel for pixel the
  // antialiased one.
  CHECK(differing_pixels(moving, smooth) > 100);
  CHECK(differing_pixels(settled, smooth) == 0);
}
