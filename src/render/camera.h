#pragma once
// An orbit camera around a target point: drag to orbit, pan, wheel to zoom, preset views.
// Pure maths (no GL), shared by the window and the headless screenshot.
#include <optional>
#include <string_view>

#include <glm/glm.hpp>

#include "anatomy/aabb.h"
#include "anatomy/view_preset.h"

namespace render {

// The preset views are anatomy's vocabulary, shared with the UI (anatomy/view_preset.h).
using anatomy::view_from_name;
using anatomy::view_name;
using anatomy::ViewPreset;

// Where an orbit camera stands, as a scenario file keeps it: what it looks at, from which direction
// and how far, and the aspect of what it framed (which sets how it fits a screen region).
struct CameraPose {
  glm::vec3 target{0.0f, 0.9f, 0.0f};
  float yaw_deg = 90.0f;
  float pitch_deg = 5.0f;
  float distance_m = 3.0f;
  float framed_aspect = 0.5f;
  bool operator==(const CameraPose&) const = default;
};
// The pitch orbit() allows, and the range of the wheel's zoom.
inline constexpr float kMaxPitch_deg = 85.0f;
inline constexpr float kMinZoomDistance_m = 0.15f, kMaxZoomDistance_m = 20.0f;
// The ranges a kept pose may take: wider than the wheel's, since frame_box() brings the camera
// closer to a small structure, and a target within a few metres of the body however far it was
// panned. A scenario file is checked against them; a saved pose is clamped into them.
inline constexpr float kMinPoseDistance_m = 0.02f, kMaxPoseDistance_m = 50.0f;
inline constexpr float kMinFramedAspect = 0.05f, kMaxFramedAspect = 20.0f;
inline constexpr float kMaxTargetOffset_m = 10.0f;
// `pose` inside those ranges, its yaw in -180..180.
CameraPose clamped(const CameraPose& pose);

class OrbitCamera {
 public:
  OrbitCamera();

  // Looks at `bounds` from the preset's direction at a distance that fits it in view.
  void set_view(ViewPreset view, const anatomy::Aabb& bounds);
  void frame(const anatomy::Aabb& bounds);  // keeps the direction, fits the bounds' sphere
  // Keeps the direction and fits the box itself as the camera sees it (its corners in perspective):
  // tight where frame() leaves room for any direction, for close views such as the teaching view.
  // `margin` scales the room around the box (1 = touching the edges).
  void frame_box(const anatomy::Aabb& bounds, float margin = 1.06f);

  void orbit(float dx_px, float dy_px);  // mouse drag in pixels
  void pan(float dx_px, float dy_px, float viewport_height_px);
  void zoom(float wheel_steps);  // positive = closer
  // Zooms keeping the point under the cursor (window pixels) where it is on screen, as maps and
  // 3D viewers do: the target moves towards that point by as much as the distance shrinks.
  void zoom_towards(float wheel_steps, glm::vec2 cursor_px, glm::vec2 window_px);

  // After a drag the orbit coasts and slows down (damping), so the model turns smoothly.
  // `release_orbit` takes the drag's last speed (pixels per second); `coast` advances it by dt and
  // returns whether it is still moving.
  void release_orbit(glm::vec2 velocity_px_s) { orbit_velocity_ = velocity_px_s; }
  void stop_orbit() { orbit_velocity_ = glm::vec2(0.0f); }
  bool coast(float dt_s);
  bool coasting() const { return glm::length(orbit_velocity_) > 0.0f; }

  // Fits the picture into a region of the window rather than the whole of it: the 3D view is
  // centred and scaled into the space the panels leave free (pixels, origin top left).
  void set_screen_region(float x_px, float y_px, float w_px, float h_px, float window_w_px,
                         float window_h_px);

  glm::mat4 view_matrix() const;
  glm::mat4 projection_matrix(float aspect) const;
  glm::vec3 eye() const;
  glm::vec3 target() const { return target_; }
  float distance() const { return distance_; }
  float yaw_deg() const { return yaw_deg_; }
  float pitch_deg() const { return pitch_deg_; }
  float fov_y_deg() const { return fov_y_deg_; }

  CameraPose pose() const { return {target_, yaw_deg_, pitch_deg_, distance_, framed_aspect_}; }
  // Takes a pose (clamped into the ranges above) and stops any coasting orbit.
  void set_pose(const CameraPose& pose);

  bool operator==(const OrbitCamera&) const = default;

 private:
  glm::vec3 target_{0.0f, 0.9f, 0.0f};
  float yaw_deg_ = 90.0f;   // 0 = looking from +Z (the front), 90 = from the body's left (+X)
  float pitch_deg_ = 5.0f;  // positive = looking down from above
  float distance_ = 3.0f;
  // A long lens, as anatomical illustration uses: little perspective, so a side view reads as a
  // true lateral (the pelvis and the lumbar curve are not foreshortened).
  float fov_y_deg_ = 24.0f;
  // Width over height of what was framed, as seen: the screen region's width limits the picture
  // only when it is narrower than this times its height. frame() assumes a standing body (0.5).
  float framed_aspect_ = 0.5f;
  glm::vec2 orbit_velocity_{0.0f};  // pixels per second, decaying after a drag
  glm::vec2 ndc_offset_{0.0f};
  float ndc_scale_ = 1.0f;
};

// Projects a world point to window pixels (origin top left); nullopt when behind the camera.
std::optional<glm::vec2> project_to_screen(const glm::vec3& world, const glm::mat4& view_projection,
                                           glm::vec2 viewport_size_px);

}  // namespace render
