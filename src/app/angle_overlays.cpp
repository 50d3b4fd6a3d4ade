#include "app/angle_overlays.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "render/camera.h"

namespace app {
namespace {

constexpr std::string_view kPrefix = "landmark.";
// How far the drawn lines reach beyond the landmarks, so they read past the bone (fraction of
// the ASIS–PSIS distance), and the half length of the sacral-slope line (metres, about the S1
// endplate's depth).
constexpr float kTiltLineOverhang = 0.35f;
constexpr float kEndplateHalf_m = 0.028f;

using anatomy::landmark_position;

// The landmarks the three lines are built from, in one pose.
struct StoryPoints {
  glm::vec3 asis, psis;                // midpoints of left and right
  glm::vec3 left_axis;                 // from the right ASIS to the left: the axis the pelvis tilts about
  glm::vec3 s1;                        // S1 endplate centre
  std::array<glm::vec3, 5> vertebrae;  // L1 ... L5 body centres
};

std::optional<StoryPoints> story_points(const anatomy::Scene& scene, const anatomy::PosedScene& posed) {
  const auto asis_l = landmark_position(scene, posed, "asis.l"),
             asis_r = landmark_position(scene, posed, "asis.r");
  const auto psis_l = landmark_position(scene, posed, "psis.l"),
             psis_r = landmark_position(scene, posed, "psis.r");
  const auto s1 = landmark_position(scene, posed, "s1_endplate_centre");
  if (!asis_l || !asis_r || !psis_l || !psis_r || !s1) return std::nullopt;
  StoryPoints p;
  p.asis = 0.5f * (*asis_l + *asis_r);
  p.psis = 0.5f * (*psis_l + *psis_r);
  p.left_axis = glm::normalize(*asis_l - *asis_r);
  p.s1 = *s1;
  static const char* const kVertebrae[] = {"vertebra_centre.L1", "vertebra_centre.L2", "vertebra_centre.L3",
                                           "vertebra_centre.L4", "vertebra_centre.L5"};
  for (std::size_t i = 0; i < p.vertebrae.size(); ++i) {
    const auto v = landmark_position(scene, posed, kVertebrae[i]);
    if (!v) return std::nullopt;
    p.vertebrae[i] = *v;
  }
  return p;
}

struct Lines {
  std::vector<glm::vec3> tilt, slope, curve;
};

// The lines in the world. The sacral slope is drawn on the S1 endplate: the pelvis is one rigid
// bone, so the endplate keeps its angle to the ASIS–PSIS line, which the model's two angles give
// (sacral slope minus tilt); turning the drawn ASIS–PSIS direction by it about the pelvis's own
// left-right axis puts the line where the bone is, in any posture.
Lines world_lines(const StoryPoints& p, const biomech::Outputs& out) {
  Lines lines;
  const glm::vec3 forward = p.asis - p.psis;
  lines.tilt = {p.psis - kTiltLineOverhang * forward, p.asis + kTiltLineOverhang * forward};
  const double endplate_to_tilt_deg = out.pelvis.sacral_slope_deg - out.pelvis.tilt_asis_psis_deg;
  const glm::mat4 turn =
      glm::rotate(glm::mat4(1.0f), glm::radians(static_cast<float>(endplate_to_tilt_deg)), p.left_axis);
  const glm::vec3 endplate = glm::normalize(glm::vec3(turn * glm::vec4(forward, 0.0f)));
  lines.slope = {p.s1 - kEndplateHalf_m * endplate, p.s1 + kEndplateHalf_m * endplate};
  lines.curve.assign(p.vertebrae.begin(), p.vertebrae.end());
  lines.curve.push_back(p.s1);
  return lines;
}

std::vector<glm::vec2> project(const std::vector<glm::vec3>& points, const glm::mat4& view_projection,
                               glm::vec2 window_px) {
  std::vector<glm::vec2> out;
  for (const auto& p : points) {
    const auto pixel = render::project_to_screen(p, view_projection, window_px);
    if (!pixel) return {};
    out.push_back(*pixel);
  }
  return out;
}

}  // namespace

const std::vector<const char*>& story_landmark_ids() {
  static const std::vector<const char*> ids = {
      "landmark.asis.l",
      "landmark.asis.r",
      "landmark.psis.l",
      "landmark.psis.r",
      "landmark.pubic_symphysis",
      "landmark.s1_endplate_centre",
      "landmark.ischial_tuberosity.l",
      "landmark.ischial_tuberosity.r",
      "landmark.iliac_crest.l",
      "landmark.iliac_crest.r",
      "landmark.vertebra_centre.L1",
      "landmark.vertebra_centre.L2",
      "landmark.vertebra_centre.L3",
      "landmark.vertebra_centre.L4",
      "landmark.vertebra_centre.L5",
  };
  return ids;
}

std::vector<anatomy::ScreenAnchor> project_story_landmarks(const anatomy::Scene& scene,
                                                           const anatomy::PosedScene& posed,
                                                           const glm::mat4& view_projection,
                                                           glm::vec2 window_px) {
  std::vector<anatomy::ScreenAnchor> out;
  for (const char* id : story_landmark_ids()) {
    const auto world = landmark_position(scene, posed, std::string_view(id).substr(kPrefix.size()));
    if (!world) continue;
    anatomy::ScreenAnchor a;
    a.id = id;
    a.world = *world;
    if (const auto pixel = render::project_to_screen(*world, view_projection, window_px)) {
      a.pixel = *pixel;
      a.on_screen =
          pixel->x >= 0.0f && pixel->y >= 0.0f && pixel->x <= window_px.x && pixel->y <= window_px.y;
    }
    out.push_back(a);
  }
  return out;
}

std::optional<ui::Rect> story_region(const std::vector<anatomy::ScreenAnchor>& landmarks, float margin_px) {
  std::optional<glm::vec2> lo, hi;
  for (const auto& a : landmarks) {
    if (!a.on_screen) continue;
    lo = lo ? glm::min(*lo, a.pixel) : a.pixel;
    hi = hi ? glm::max(*hi, a.pixel) : a.pixel;
  }
  if (!lo) return std::nullopt;
  return ui::Rect{lo->x - margin_px, lo->y - margin_px, hi->x - lo->x + 2.0f * margin_px,
                  hi->y - lo->y + 2.0f * margin_px};
}

std::vector<ui::AngleOverlay> angle_overlays(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                                             const biomech::Outputs& current,
                                             const anatomy::PosedScene& reference_posed,
                                             const biomech::Outputs& reference,
                                             const glm::mat4& view_projection, glm::vec2 window_px) {
  const auto now = story_points(scene, posed);
  if (!now) return {};
  const Lines lines = world_lines(*now, current);
  std::optional<Lines> before;
  if (const auto then = story_points(scene, reference_posed)) before = world_lines(*then, reference);
  auto overlay = [&](ui::AngleKind kind, const std::vector<glm::vec3> Lines::*line, double deg,
                     double reference_deg) {
    ui::AngleOverlay o;
    o.kind = kind;
    o.line = project((lines.*line), view_projection, window_px);
    if (before) o.reference = project((*before).*line, view_projection, window_px);
    o.deg = deg;
    o.reference_deg = reference_deg;
    return o;
  };
  return {
      overlay(ui::AngleKind::pelvic_tilt, &Lines::tilt, current.pelvis.tilt_asis_psis_deg,
              reference.pelvis.tilt_asis_psis_deg),
      overlay(ui::AngleKind::sacral_slope, &Lines::slope, current.pelvis.sacral_slope_deg,
              reference.pelvis.sacral_slope_deg),
      overlay(ui::AngleKind::lumbar_lordosis, &Lines::curve, current.lumbar_lordosis_deg,
              reference.lumbar_lordosis_deg),
  };
}

}  // namespace app
