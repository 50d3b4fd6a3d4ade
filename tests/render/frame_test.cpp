// Draws real frames offscreen through EGL (no display needed) and checks pixels.
#include <catch2/catch.hpp>

#include <tuple>

#include <cstdlib>
#include <set>

#include "render/camera.h"
#include "render/gl_context.h"
#include "render/palette.h"
#include "render/render_target.h"
#include "render/scene_renderer.h"
#include "support/gl_fixture.h"

namespace {
bool close_to(render::Rgba8 pixel, render::palette::Srgb expected, int tolerance) {
  return std::abs(pixel.r - expected.r) <= tolerance && std::abs(pixel.g - expected.g) <= tolerance &&
         std::abs(pixel.b - expected.b) <= tolerance;
}

// The scene without a model: background, floor grid.
struct Frame : support::GlFixture {
  render::Image draw(const render::OrbitCamera& camera, int width, int height) {
    return GlFixture::draw(render::SceneView{camera, width, height, true});
  }
};
}  // namespace

TEST_CASE("an EGL surfaceless context gives OpenGL 3.3 core or newer without a display") {
  auto context = render::HeadlessGlContext::create();
  REQUIRE(context.ok());
  const auto& info = (*context)->info();
  CHECK((info.major > 3 || (info.major == 3 && info.minor >= 3)));
  CHECK_FALSE(info.renderer.empty());
}

TEST_CASE("an offscreen frame has the requested size and the background gradient in its corners") {
  Frame frame;
  render::OrbitCamera camera;
  camera.set_view(render::ViewPreset::front, render::SceneRenderer::default_bounds());
  const render::Image image = frame.draw(camera, 320, 200);
  REQUIRE(image.width == 320);
  REQUIRE(image.height == 200);
  REQUIRE(image.rgba.size() == 320u * 200u * 4u);
  // Top row: the top colour of the gradient; the floor never reaches the top of a front view.
  CHECK(close_to(image.pixel(0, 0), render::palette::kBackgroundTop, 2));
  CHECK(close_to(image.pixel(319, 0), render::palette::kBackgroundTop, 2));
  CHECK(image.pixel(0, 0).a == 255);
}

TEST_CASE("the floor grid's 1 m line through the origin is drawn where it projects") {
  Frame frame;
  render::OrbitCamera camera;
  camera.set_view(render::ViewPreset::front, render::SceneRenderer::default_bounds());
  camera.orbit(0.0f, 150.0f);  // look down from above (about 50 degrees) so the floor fills the view
  const int width = 400, height = 300;
  const render::Image image = frame.draw(camera, width, height);

  const glm::mat4 view_projection =
      camera.projection_matrix(static_cast<float>(width) / height) * camera.view_matrix();
  // A point on the x = 0 major line, in front of the origin, and a point between lines.
  const auto on_line = render::project_to_screen({0.0f, 0.0f, 0.25f}, view_projection, {width, height});
  const auto between = render::project_to_screen({0.05f, 0.0f, 0.25f}, view_projection, {width, height});
  REQUIRE(on_line.has_value());
  REQUIRE(between.has_value());
  // The line is about 1.6 px wide: take the brightest pixel next to where it projects.
  render::Rgba8 line_pixel;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx) {
      const auto p = image.pixel(static_cast<int>(on_line->x) + dx, static_cast<int>(on_line->y) + dy);
      if (p.r > line_pixel.r) line_pixel = p;
    }
  const auto gap_pixel = image.pixel(static_cast<int>(between->x), static_cast<int>(between->y));
  INFO("line pixel " << int(line_pixel.r) << "," << int(line_pixel.g) << "," << int(line_pixel.b));
  // Between the lines the background shows through; on the line the major grid colour is a quiet
  // wash over it (the floor is a reference, not a pattern): clearly there, at most about half strength.
  const render::palette::Srgb major = render::palette::kGridMajor;
  for (auto [line, gap, full] :
       {std::tuple{line_pixel.r, gap_pixel.r, major.r}, std::tuple{line_pixel.g, gap_pixel.g, major.g},
        std::tuple{line_pixel.b, gap_pixel.b, major.b}}) {
    CHECK(line >= gap + 0.2 * (full - gap));
    CHECK(line <= gap + 0.6 * (full - gap) + 2);
  }
  CHECK(close_to(gap_pixel, render::palette::kBackgroundBottom, 40));
}

TEST_CASE("edges are antialiased: the resolved frame has intermediate shades at a grid line") {
  Frame frame;
  render::OrbitCamera camera;
  camera.set_view(render::ViewPreset::oblique, render::SceneRenderer::default_bounds());
  const render::Image image = frame.draw(camera, 256, 256);
  // Count distinct grey levels along the bottom row; aliased lines would give two or three.
  std::set<int> levels;
  for (int x = 0; x < 256; ++x) levels.insert(image.pixel(x, 250).r);
  CHECK(levels.size() > 6);
}

TEST_CASE("a prop box is drawn lit and solid where it projects") {
  Frame frame;
  render::OrbitCamera camera;
  camera.set_view(render::ViewPreset::oblique, render::SceneRenderer::default_bounds());
  const int width = 320, height = 240;
  REQUIRE(frame.target.resize(width, height, 4).ok());
  frame.target.bind_multisampled();
  render::SceneView view{camera, width, height, true};
  view.props.push_back({{0.0f, 0.25f, 0.0f}, {0.2f, 0.25f, 0.2f}, {200, 40, 40}});
  frame.renderer->draw(view);
  frame.target.resolve();
  const render::Image image = frame.target.read_resolved();
  const glm::mat4 vp = camera.projection_matrix(static_cast<float>(width) / height) * camera.view_matrix();
  const auto centre = render::project_to_screen({0.0f, 0.25f, 0.0f}, vp, {width, height});
  REQUIRE(centre.has_value());
  const auto pixel = image.pixel(static_cast<int>(centre->x), static_cast<int>(centre->y));
  INFO("prop pixel " << int(pixel.r) << "," << int(pixel.g) << "," << int(pixel.b));
  // Red dominates where the box is: neither the slate background nor the grey grid.
  CHECK(pixel.r > pixel.g + 40);
  CHECK(pixel.r > pixel.b + 40);
}
