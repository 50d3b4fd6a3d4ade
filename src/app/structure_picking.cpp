#include "app/structure_picking.h"

namespace app {

std::string structure_at(const render::SceneRenderer& renderer, const render::SceneView& view,
                         const anatomy::Scene* scene, const ui::Rect& viewport, glm::vec2 pixel) {
  if (!scene || !viewport.contains(pixel.x, pixel.y)) return {};
  const auto picked = renderer.pick(view, pixel);
  if (!picked || *picked < 0 || static_cast<std::size_t>(*picked) >= scene->structures.size()) return {};
  return scene->structures[static_cast<std::size_t>(*picked)].id;
}

}  // namespace app
