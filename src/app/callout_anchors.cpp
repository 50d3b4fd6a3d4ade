#include "app/callout_anchors.h"

#include <algorithm>
#include <string_view>

#include "render/labels.h"
#include "ui/callout_texts.h"

namespace app {

std::vector<anatomy::ScreenAnchor> callout_anchors(const anatomy::Scene& scene,
                                                   const anatomy::PosedScene& posed,
                                                   const std::vector<anatomy::StructureAnchor>& anchors,
                                                   const render::OrbitCamera& camera, int width_px,
                                                   int height_px) {
  const float aspect = static_cast<float>(width_px) / static_cast<float>(std::max(height_px, 1));
  const glm::mat4 view_projection = camera.projection_matrix(aspect) * camera.view_matrix();
  const auto projected = render::project_structures(scene, posed, anchors, view_projection, camera.eye(),
                                                    glm::vec2(width_px, height_px));
  // A callout may also hang on a landmark ("landmark.ischial_tuberosity.r"): where a muscle pulls.
  const auto landmarks =
      render::project_landmarks(scene, posed, view_projection, camera.eye(), glm::vec2(width_px, height_px));
  constexpr std::string_view kLandmark = "landmark.";
  std::vector<anatomy::ScreenAnchor> wanted;
  for (const auto& id : ui::callout_anchor_ids()) {
    const bool landmark = std::string_view(id).substr(0, kLandmark.size()) == kLandmark;
    const std::string_view own = landmark ? std::string_view(id).substr(kLandmark.size()) : id;
    for (const auto& p : landmark ? landmarks : projected)
      if (p.id == own) {
        wanted.push_back(p);
        wanted.back().id = id;
      }
  }
  // An anchor more than a few centimetres beyond the point the camera orbits (the middle of what
  // it frames) lies on the far side of the body: its label is drawn faded, as seen through.
  constexpr float kFarSide_m = 0.03f;
  for (auto& a : wanted) a.far_side = a.depth_m > camera.distance() + kFarSide_m;
  return wanted;
}

}  // namespace app
