#include "render/camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace render {

OrbitCamera::OrbitCamera() = default;

void OrbitCamera::set_view(ViewPreset view, const anatomy::Aabb& bounds) {
  switch (view) {
    // The body faces +Z and its left is +X. Clinical sagittal drawings usually face right, so the
    // side view looks from the body's right (-X), which puts the front (+Z) on the screen's right.
    case ViewPreset::side:
      yaw_deg_ = -90.0f;
      pitch_deg_ = 3.0f;
      break;
    case ViewPreset::front:
      yaw_deg_ = 0.0f;
      pitch_deg_ = 3.0f;
      break;
    case ViewPreset::back:
      yaw_deg_ = 180.0f;
      pitch_deg_ = 3.0f;
      break;
    case ViewPreset::oblique:
      yaw_deg_ = -45.0f;
      pitch_deg_ = 18.0f;
      break;
  }
  frame(bounds);
}

void OrbitCamera::frame(const anatomy::Aabb& bounds) {
  target_ = bounds.center();
  const float radius = std::max(bounds.radius(), 0.05f);
  const float half_fov = glm::radians(fov_y_deg_) * 0.5f;
  // Distance at which a sphere of this radius fits the vertical field of view, with a margin.
  distance_ = 1.08f * radius / std::sin(half_fov);
  framed_aspect_ = 0.5f;
}

void OrbitCamera::frame_box(const anatomy::Aabb& bounds, float margin) {
  const float kMargin = std::max(margin, 0.5f);
  target_ = bounds.center();
  const glm::vec3 forward = glm::normalize(target_ - eye());
  const glm::vec3 right = glm::normalize(glm::cross(forward, glm::vec3(0.0f, 1.0f, 0.0f)));
  const glm::vec3 up = glm::cross(right, forward);
  const float tan_half = std::tan(glm::radians(fov_y_deg_) * 0.5f);
  // Each corner at view offset (r, u) and depth z towards the camera needs distance >= |u| / tan + z
  // to fit vertically; the widest corner sets the aspect the screen region must offer.
  float distance = 0.05f, widest = 0.0f;
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 p((corner & 1) ? bounds.max.x : bounds.min.x, (corner & 2) ? bounds.max.y : bounds.min.y,
                      (corner & 4) ? bounds.max.z : bounds.min.z);
    const glm::vec3 d = p - target_;
    const float towards_camera = -glm::dot(d, forward);
    distance = std::max(distance, kMargin * std::abs(glm::dot(d, up)) / tan_half + towards_camera);
    widest = std::max(widest, kMargin * std::abs(glm::dot(d, right)) / tan_half + towards_camera);
  }
  distance_ = distance;
  // At `distance` a corner needing `widest` would just fit a square view; the aspect it needs:
  framed_aspect_ = std::max(0.1f, widest / distance);
}

CameraPose clamped(const CameraPose& pose) {
  CameraPose p;
  p.target = glm::clamp(pose.target, glm::vec3(-kMaxTargetOffset_m), glm::vec3(kMaxTargetOffset_m));
  p.yaw_deg = std::fmod(pose.yaw_deg, 360.0f);
  if (p.yaw_deg > 180.0f) p.yaw_deg -= 360.0f;
  if (p.yaw_deg < -180.0f) p.yaw_deg += 360.0f;
  p.pitch_deg = std::clamp(pose.pitch_deg, -kMaxPitch_deg, kMaxPitch_deg);
  p.distance_m = std::clamp(pose.distance_m, kMinPoseDistance_m, kMaxPoseDistance_m);
  p.framed_aspect = std::clamp(pose.framed_aspect, kMinFramedAspect, kMaxFramedAspect);
  return p;
}

void OrbitCamera::set_pose(const CameraPose& pose) {
  const CameraPose p = clamped(pose);
  target_ = p.target;
  yaw_deg_ = p.yaw_deg;
  pitch_deg_ = p.pitch_deg;
  distance_ = p.distance_m;
  framed_aspect_ = p.framed_aspect;
  stop_orbit();
}

void OrbitCamera::orbit(float dx_px, float dy_px) {
  constexpr float kDegPerPixel = 0.3f;
  yaw_deg_ -= dx_px * kDegPerPixel;
  yaw_deg_ = std::fmod(yaw_deg_ + 540.0f, 360.0f) - 180.0f;
  pitch_deg_ = std::clamp(pitch_deg_ + dy_px * kDegPerPixel, -kMaxPitch_deg, kMaxPitch_deg);
}

void OrbitCamera::pan(float dx_px, float dy_px, float viewport_height_px) {
  const glm::mat4 view = view_matrix();
  const glm::vec3 right(view[0][0], view[1][0], view[2][0]);
  const glm::vec3 up(view[0][1], view[1][1], view[2][1]);
  // World units per pixel at the target's depth.
  const float scale =
      2.0f * distance_ * std::tan(glm::radians(fov_y_deg_) * 0.5f) / std::max(viewport_height_px, 1.0f);
  target_ += (-dx_px * right + dy_px * up) * scale;
}

void OrbitCamera::zoom(float wheel_steps) {
  distance_ = std::clamp(distance_ * std::pow(0.88f, wheel_steps), kMinZoomDistance_m, kMaxZoomDistance_m);
}

void OrbitCamera::zoom_towards(float wheel_steps, glm::vec2 cursor_px, glm::vec2 window_px) {
  if (window_px.x <= 0.0f || window_px.y <= 0.0f) return zoom(wheel_steps);
  // The point under the cursor on the plane through the target facing the camera.
  const glm::mat4 inverse = glm::inverse(projection_matrix(window_px.x / window_px.y) * view_matrix());
  const glm::vec2 ndc(2.0f * cursor_px.x / window_px.x - 1.0f, 1.0f - 2.0f * cursor_px.y / window_px.y);
  auto unproject = [&](float z) {
    const glm::vec4 p = inverse * glm::vec4(ndc, z, 1.0f);
    return glm::vec3(p) / p.w;
  };
  const glm::vec3 near_point = unproject(-1.0f), far_point = unproject(1.0f);
  const glm::vec3 forward = glm::normalize(target_ - eye());
  const glm::vec3 ray = far_point - near_point;
  const float along = glm::dot(ray, forward);
  const float before = distance_;
  zoom(wheel_steps);
  if (std::abs(along) < 1e-6f) return;
  const glm::vec3 under_cursor = near_point + ray * (glm::dot(target_ - near_point, forward) / along);
  target_ += (under_cursor - target_) * (1.0f - distance_ / before);
}

bool OrbitCamera::coast(float dt_s) {
  // The speed halves about every 0.12 s; below a few pixels per second it stops.
  constexpr float kHalfLife_s = 0.12f;
  constexpr float kStop_px_s = 8.0f;
  if (!coasting()) return false;
  orbit(orbit_velocity_.x * dt_s, orbit_velocity_.y * dt_s);
  orbit_velocity_ *= std::pow(0.5f, dt_s / kHalfLife_s);
  if (glm::length(orbit_velocity_) < kStop_px_s) orbit_velocity_ = glm::vec2(0.0f);
  return coasting();
}

glm::vec3 OrbitCamera::eye() const {
  const float yaw = glm::radians(yaw_deg_);
  const float pitch = glm::radians(pitch_deg_);
  const glm::vec3 direction(std::sin(yaw) * std::cos(pitch), std::sin(pitch),
                            std::cos(yaw) * std::cos(pitch));
  return target_ + distance_ * direction;
}

glm::mat4 OrbitCamera::view_matrix() const {
  return glm::lookAt(eye(), target_, glm::vec3(0.0f, 1.0f, 0.0f));
}

void OrbitCamera::set_screen_region(float x_px, float y_px, float w_px, float h_px, float window_w_px,
                                    float window_h_px) {
  if (window_w_px <= 0.0f || window_h_px <= 0.0f || w_px <= 0.0f || h_px <= 0.0f) return;
  const float cx = x_px + 0.5f * w_px, cy = y_px + 0.5f * h_px;
  ndc_offset_ = glm::vec2(2.0f * cx / window_w_px - 1.0f, 1.0f - 2.0f * cy / window_h_px);
  // Scale so what fits the window's height fits the region's height; the width limits only a region
  // narrower than what was framed (framed_aspect_ times its height).
  const float fit_height = h_px / window_h_px;
  const float fit_width = w_px / (framed_aspect_ * window_h_px);
  ndc_scale_ = std::clamp(std::min(fit_height, fit_width), 0.05f, 1.0f);
}

glm::mat4 OrbitCamera::projection_matrix(float aspect) const {
  const float near_m = std::max(0.01f, distance_ * 0.02f);
  const glm::mat4 shift = glm::scale(glm::translate(glm::mat4(1.0f), glm::vec3(ndc_offset_, 0.0f)),
                                     glm::vec3(ndc_scale_, ndc_scale_, 1.0f));
  return shift *
         glm::perspective(glm::radians(fov_y_deg_), std::max(aspect, 0.01f), near_m, distance_ * 20.0f);
}

std::optional<glm::vec2> project_to_screen(const glm::vec3& world, const glm::mat4& view_projection,
                                           glm::vec2 viewport_size_px) {
  const glm::vec4 clip = view_projection * glm::vec4(world, 1.0f);
  if (clip.w <= 1e-6f) return std::nullopt;
  const glm::vec3 ndc = glm::vec3(clip) / clip.w;
  return glm::vec2((ndc.x * 0.5f + 0.5f) * viewport_size_px.x,
                   (1.0f - (ndc.y * 0.5f + 0.5f)) * viewport_size_px.y);
}

}  // namespace render
