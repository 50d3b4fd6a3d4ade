#include "render/labels.h"

#include "render/camera.h"

namespace render {
namespace {
ScreenAnchor make_anchor(std::string id, const glm::vec3& world, const glm::mat4& view_projection,
                         const glm::vec3& eye, glm::vec2 viewport_px) {
  ScreenAnchor a;
  a.id = std::move(id);
  a.world = world;
  a.depth_m = glm::length(world - eye);
  if (auto pixel = project_to_screen(world, view_projection, viewport_px)) {
    a.pixel = *pixel;
    a.on_screen =
        pixel->x >= 0.0f && pixel->y >= 0.0f && pixel->x < viewport_px.x && pixel->y < viewport_px.y;
  }
  return a;
}
}  // namespace

std::vector<ScreenAnchor> project_landmarks(const anatomy::Scene& scene, const anatomy::PosedScene& pose,
                                            const glm::mat4& view_projection, const glm::vec3& eye,
                                            glm::vec2 viewport_px) {
  std::vector<ScreenAnchor> out;
  out.reserve(scene.landmarks.size());
  for (std::size_t i = 0; i < scene.landmarks.size(); ++i)
    out.push_back(make_anchor(scene.landmarks[i].id,
                              anatomy::landmark_position(scene, pose, static_cast<int>(i)), view_projection,
                              eye, viewport_px));
  return out;
}

std::vector<ScreenAnchor> project_structures(const anatomy::Scene& scene, const anatomy::PosedScene& pose,
                                             const std::vector<anatomy::StructureAnchor>& anchors,
                                             const glm::mat4& view_projection, const glm::vec3& eye,
                                             glm::vec2 viewport_px) {
  std::vector<ScreenAnchor> out;
  out.reserve(scene.structures.size());
  for (std::size_t i = 0; i < scene.structures.size() && i < anchors.size(); ++i)
    out.push_back(make_anchor(scene.structures[i].id, anatomy::posed_anchor(pose, anchors[i]),
                              view_projection, eye, viewport_px));
  return out;
}

}  // namespace render
