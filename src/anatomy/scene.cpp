#include "anatomy/scene.h"

#include <algorithm>
#include <set>

#include <glm/gtc/matrix_transform.hpp>

namespace anatomy {

glm::mat4 Transform::matrix() const {
  return glm::translate(glm::mat4(1.0f), translation) * glm::mat4_cast(rotation) *
         glm::scale(glm::mat4(1.0f), scale);
}

namespace {
template <typename T, typename Key>
std::optional<int> find_by(const std::vector<T>& items, Key T::*key, std::string_view value) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].*key == value) return static_cast<int>(i);
  return std::nullopt;
}
}  // namespace

std::optional<int> Scene::find_node(std::string_view name) const { return find_by(nodes, &Node::name, name); }
std::optional<int> Scene::find_structure(std::string_view id) const {
  return find_by(structures, &Structure::id, id);
}
std::optional<int> Scene::find_landmark(std::string_view id) const {
  return find_by(landmarks, &Landmark::id, id);
}
std::optional<int> Scene::find_animation(std::string_view name) const {
  return find_by(animations, &Animation::name, name);
}

std::size_t Scene::triangle_count() const {
  // Count per drawn node, not per mesh: a mesh used by two nodes is drawn twice.
  std::size_t count = 0;
  for (const Node& node : nodes) {
    if (node.mesh < 0) continue;
    for (const Primitive& p : meshes[static_cast<std::size_t>(node.mesh)].primitives)
      count += p.indices.size() / 3;
  }
  return count;
}

std::size_t Scene::joint_count() const {
  std::set<int> joints;
  for (const Skin& skin : skins) joints.insert(skin.joints.begin(), skin.joints.end());
  return joints.size();
}

std::vector<Transform> rest_locals(const Scene& scene) {
  std::vector<Transform> locals;
  locals.reserve(scene.nodes.size());
  for (const Node& node : scene.nodes) locals.push_back(node.rest);
  return locals;
}

std::vector<glm::mat4> world_matrices(const Scene& scene, const std::vector<Transform>& locals) {
  std::vector<glm::mat4> world(scene.nodes.size(), glm::mat4(1.0f));
  for (int index : scene.draw_order) {
    const auto i = static_cast<std::size_t>(index);
    const glm::mat4 local = locals[i].matrix();
    const int parent = scene.nodes[i].parent;
    world[i] = parent < 0 ? local : world[static_cast<std::size_t>(parent)] * local;
  }
  return world;
}

Aabb rest_bounds(const Scene& scene) {
  const auto world = world_matrices(scene, rest_locals(scene));
  Aabb bounds;
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    const Node& node = scene.nodes[i];
    if (node.mesh < 0) continue;
    // Skinned meshes are authored in model space (glTF ignores their node transform).
    const glm::mat4 m = node.skin >= 0 ? glm::mat4(1.0f) : world[i];
    for (const Primitive& p : scene.meshes[static_cast<std::size_t>(node.mesh)].primitives) {
      if (p.bounds.empty()) continue;
      for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 c((corner & 1) ? p.bounds.max.x : p.bounds.min.x,
                          (corner & 2) ? p.bounds.max.y : p.bounds.min.y,
                          (corner & 4) ? p.bounds.max.z : p.bounds.min.z);
        bounds.extend(glm::vec3(m * glm::vec4(c, 1.0f)));
      }
    }
  }
  return bounds;
}

std::string summary(const Scene& scene) {
  std::string animations;
  for (const Animation& a : scene.animations) animations += (animations.empty() ? "" : ", ") + a.name;
  std::string text = std::to_string(scene.structures.size()) + " structures, " +
                     std::to_string(scene.triangle_count()) + " triangles, " +
                     std::to_string(scene.joint_count()) + " joints, " +
                     std::to_string(scene.animations.size()) + " animations";
  if (!animations.empty()) text += " (" + animations + ")";
  text += ", " + std::to_string(scene.landmarks.size()) + " landmarks";
  return text;
}

}  // namespace anatomy
