// The orbit camera's conventions, as pure maths: zoom towards the pointer, a damped orbit, and a box
// framed tightly in perspective.
#include <catch2/catch.hpp>

#include <glm/glm.hpp>

#include "render/camera.h"

namespace {
constexpr glm::vec2 kWindow{1280.0f, 720.0f};

glm::vec2 on_screen(const render::OrbitCamera& camera, const glm::vec3& world) {
  const glm::mat4 vp = camera.projection_matrix(kWindow.x / kWindow.y) * camera.view_matrix();
  const auto pixel = render::project_to_screen(world, vp, kWindow);
  REQUIRE(pixel.has_value());
  return *pixel;
}

anatomy::Aabb pelvis_box() {
  anatomy::Aabb box;
  box.extend({-0.12f, 0.85f, -0.1f});
  box.extend({0.12f, 1.25f, 0.1f});
  return box;
}
}  // namespace

TEST_CASE("zooming towards the pointer keeps the point under it in place and comes closer") {
  render::OrbitCamera camera;
  camera.set_view(render::ViewPreset::side, pelvis_box());
  // A point on the plane through the target, off to the upper right on screen.
  const glm::vec2 cursor{900.0f, 200.0f};
  const glm::vec3 target = camera.target();
  const glm::mat4 inverse =
      glm::inverse(camera.projection_matrix(kWindow.x / kWindow.y) * camera.view_matrix());
  const glm::vec4 ndc_target =
      camera.projection_matrix(kWindow.x / kWindow.y) * camera.view_matrix() * glm::vec4(target, 1.0f);
  const float depth = ndc_target.z / ndc_target.w;
  const glm::vec4 p = inverse * glm::vec4(2.0f * cursor.x / kWindow.x - 1.0f,
                                          1.0f - 2.0f * cursor.y / kWindow.y, depth, 1.0f);
  const glm::vec3 under_cursor = glm::vec3(p) / p.w;
  const float before = camera.distance();
  camera.zoom_towards(3.0f, cursor, kWindow);
  CHECK(camera.distance() < 0.75f * before);
  const glm::vec2 after = on_screen(camera, under_cursor);
  CHECK(after.x == Approx(cursor.x).margin(1.5));
  CHECK(after.y == Approx(cursor.y).margin(1.5));
  // The centre of the view moved towards the pointer.
  CHECK(glm::length(camera.target() - under_cursor) < glm::length(target - under_cursor));
}

TEST_CASE("a released orbit coasts on, slows down and stops") {
  render::OrbitCamera camera;
  camera.set_view(render::ViewPreset::side, pelvis_box());
  const float yaw = camera.yaw_deg();
  camera.release_orbit({600.0f, 0.0f});
  REQUIRE(camera.coasting());
  CHECK(camera.coast(1.0f / 60.0f));
  const float first_step = std::abs(camera.yaw_deg() - yaw);
  CHECK(first_step > 0.5f);
  for (int i = 0; i < 30; ++i) camera.coast(1.0f / 60.0f);
  const float later = camera.yaw_deg();
  camera.coast(1.0f / 60.0f);
  CHECK(std::abs(camera.yaw_deg() - later) < 0.2f * first_step);  // slower
  for (int i = 0; i < 600 && camera.coasting(); ++i) camera.coast(1.0f / 60.0f);
  CHECK_FALSE(camera.coasting());
  const float stopped = camera.yaw_deg();
  camera.coast(1.0f / 60.0f);
  CHECK(camera.yaw_deg() == stopped);
}

TEST_CASE("a framed box fills the view's height and every corner is inside it") {
  render::OrbitCamera camera;
  camera.set_view(render::ViewPreset::side, pelvis_box());
  camera.frame_box(pelvis_box());
  float top = kWindow.y, bottom = 0.0f;
  for (int corner = 0; corner < 8; ++corner) {
    const anatomy::Aabb b = pelvis_box();
    const glm::vec3 p((corner & 1) ? b.max.x : b.min.x, (corner & 2) ? b.max.y : b.min.y,
                      (corner & 4) ? b.max.z : b.min.z);
    const glm::vec2 s = on_screen(camera, p);
    CHECK(s.x >= 0.0f);
    CHECK(s.x <= kWindow.x);
    top = std::min(top, s.y);
    bottom = std::max(bottom, s.y);
  }
  CHECK(top >= 0.0f);
  CHECK(bottom <= kWindow.y);
  CHECK(bottom - top > 0.85f * kWindow.y);  // tight: the 6 % margin and perspective leave the rest
}
