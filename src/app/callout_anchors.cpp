#include "app/callout_anchors.h"

#include <algorithm>

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
  std::vector<anatomy::ScreenAnchor> wanted;
  for (const auto& id : ui::callout_anchor_ids())
    for (const auto& p : projected)
      if (p.id == id) wanted.push_back(p);
  return wanted;
}

}  // namespace app
