#include "app/camera_framing.h"

#include "app/layer_set.h"

#include <algorithm>

namespace app {
namespace {
// The knees lie about a third of the way up the lower body's bounds.
constexpr float kKneeHeight_fraction = 0.33f;
// Anchors are structure centres: leave room for the structures' extent around them.
constexpr float kAnchorMargin_m = 0.08f;
// Room around the landmarks for what lies beyond them (metres): the L1 body and the disc above it,
// the ischial tuberosities' lower edge and the thigh below, the back muscles and buttock behind
// the PSIS, the belly in front of the ASIS (which a narrow picture, as each half of the
// before/after view, must still hold).
constexpr float kAboveL1_m = 0.03f;
constexpr float kBelowIschium_m = 0.025f;
constexpr float kBehindPsis_m = 0.09f;
constexpr float kBeforeAsis_m = 0.12f;
}  // namespace

std::optional<anatomy::Aabb> highlight_bounds(const anatomy::Scene& scene,
                                              const anatomy::PosedScene& target_posed,
                                              const std::vector<anatomy::StructureAnchor>& anchors,
                                              const std::vector<std::string>& highlighted) {
  if (highlighted.empty() || target_posed.world.size() != scene.nodes.size()) return std::nullopt;
  std::optional<anatomy::Aabb> box;
  for (std::size_t i = 0; i < scene.structures.size() && i < anchors.size(); ++i) {
    const anatomy::Structure& s = scene.structures[i];
    if (!is_highlighted(highlighted, s.id)) continue;
    if (s.category == anatomy::Category::skin) return std::nullopt;
    const glm::vec3 centre = anatomy::posed_anchor(target_posed, anchors[i]);
    const glm::vec3 half = 0.5f * (anchors[i].rest_bounds.max - anchors[i].rest_bounds.min);
    if (!box) box = anatomy::Aabb{};
    box->extend(centre - half);
    box->extend(centre + half);
  }
  return box;
}

bool is_teaching_view(anatomy::ViewPreset view, biomech::Activity activity) {
  return view == anatomy::ViewPreset::side &&
         (activity == biomech::Activity::stand || activity == biomech::Activity::walk);
}

std::optional<anatomy::Aabb> teaching_bounds(const anatomy::Scene& scene,
                                             const anatomy::PosedScene& reference_posed) {
  anatomy::Aabb box;
  for (const char* id : {"vertebra_centre.L1", "asis.l", "asis.r", "psis.l", "psis.r", "pubic_symphysis",
                         "ischial_tuberosity.l", "ischial_tuberosity.r", "hip_centre.l", "hip_centre.r"}) {
    const auto p = anatomy::landmark_position(scene, reference_posed, id);
    if (!p) return std::nullopt;
    box.extend(*p);
  }
  box.max.y += kAboveL1_m;
  box.min.y -= kBelowIschium_m;
  box.min.z -= kBehindPsis_m;
  box.max.z += kBeforeAsis_m;
  return box;
}

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
