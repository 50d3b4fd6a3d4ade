#include "app/camera_framing.h"

#include <algorithm>

namespace app {
namespace {
// The knees lie about a third of the way up the lower body's bounds.
constexpr float kKneeHeight_fraction = 0.33f;
// Anchors are structure centres: leave room for the structures' extent around them.
constexpr float kAnchorMargin_m = 0.08f;
}  // namespace

anatomy::Aabb story_bounds(const anatomy::Aabb& model_bounds) {
  anatomy::Aabb bounds = model_bounds;
  bounds.min.y = std::max(bounds.min.y, bounds.min.y + kKneeHeight_fraction * (bounds.max.y - bounds.min.y));
  return bounds;
}

anatomy::Aabb framing_bounds(biomech::Activity activity, const anatomy::Aabb& model_bounds,
                             const anatomy::PosedScene& target_posed,
                             const std::vector<anatomy::StructureAnchor>& anchors) {
  const bool upright = activity == biomech::Activity::stand || activity == biomech::Activity::walk;
  if (upright || anchors.empty() || target_posed.world.empty()) return story_bounds(model_bounds);
  anatomy::Aabb bounds{glm::vec3(1e9f), glm::vec3(-1e9f)};
  for (const auto& anchor : anchors) {
    const glm::vec3 p = anatomy::posed_anchor(target_posed, anchor);
    bounds.min = glm::min(bounds.min, p);
    bounds.max = glm::max(bounds.max, p);
  }
  bounds.min -= glm::vec3(kAnchorMargin_m);
  bounds.max += glm::vec3(kAnchorMargin_m);
  return bounds;
}

}  // namespace app
