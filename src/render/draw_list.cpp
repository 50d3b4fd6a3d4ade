#include "render/draw_list.h"

#include <algorithm>
#include <string>

#include <glm/gtc/type_ptr.hpp>

#include "render/gpu_contract.h"
#include "render/moving_detail.h"

namespace render {
namespace {

// Bones are rigid to one joint. Drawing them with that joint's matrix skips per-vertex skinning,
// which llvmpipe pays dearly for (indexed uniform arrays): about 5x faster frames.
int rigid_joint_of(const anatomy::Primitive& p) {
  if (p.joints.empty()) return -1;
  const int first = p.joints[0][0];
  for (std::size_t v = 0; v < p.joints.size(); ++v)
    for (int k = 0; k < 4; ++k)
      if (p.weights[v][k] > 1e-4f && p.joints[v][k] != first) return -1;
  return first;
}

std::uint64_t joint_mask_of(const anatomy::Primitive& p) {
  std::uint64_t mask = 0;
  for (std::size_t v = 0; v < p.joints.size(); ++v)
    for (int k = 0; k < 4; ++k)
      if (p.weights[v][k] > 0.0f) mask |= std::uint64_t{1} << (p.joints[v][k] & (gpu::kMaxJoints - 1));
  return mask;
}

void append_vertices(const anatomy::Primitive& p, std::vector<Vertex>& out) {
  for (std::size_t v = 0; v < p.positions.size(); ++v) {
    Vertex g{};
    std::copy_n(glm::value_ptr(p.positions[v]), 3, g.position);
    std::copy_n(glm::value_ptr(p.normals[v]), 3, g.normal);
    if (!p.uvs.empty()) std::copy_n(glm::value_ptr(p.uvs[v]), 2, g.uv);
    g.occlusion = v < p.occlusion.size() ? p.occlusion[v] : 1.0f;
    if (!p.joints.empty()) {
      for (int k = 0; k < 4; ++k) g.joints[k] = p.joints[v][k];
      std::copy_n(glm::value_ptr(p.weights[v]), 4, g.weights);
    } else {
      g.weights[0] = 1.0f;
    }
    out.push_back(g);
  }
}

}  // namespace

// One direction per muscle rather than per vertex: the striation is a function of rest position
// across the fibre axis (anatomy.frag), and an axis that turned from vertex to vertex would turn the
// stripes' phase by (distance from the origin x angle) and swirl them. The mean keeps them straight
// along the muscle while still coming from the fibres the file stores.
glm::vec3 fibre_axis(const anatomy::Mesh& mesh) {
  glm::dvec3 sum(0.0);
  for (const anatomy::Primitive& p : mesh.primitives)
    for (const glm::vec4& t : p.tangents) {
      const glm::dvec3 d(t);
      sum += glm::dot(d, sum) < 0.0 ? -d : d;
    }
  const double length = glm::length(sum);
  if (!(length > 1e-9)) return {0.0f, 1.0f, 0.0f};
  return glm::vec3(sum / length);
}

core::Result<DrawList> make_draw_list(const anatomy::Scene& scene) {
  for (std::size_t i = 0; i < scene.skins.size(); ++i)
    if (scene.skins[i].joints.size() > gpu::kMaxJoints)
      return core::make_error("skins[" + std::to_string(i) + "] has " +
                              std::to_string(scene.skins[i].joints.size()) +
                              " joints; the renderer supports " + std::to_string(gpu::kMaxJoints));
  DrawList list;
  for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
    const anatomy::Node& node = scene.nodes[n];
    if (node.mesh < 0) continue;
    for (const anatomy::Primitive& p : scene.meshes[static_cast<std::size_t>(node.mesh)].primitives) {
      Draw draw;
      draw.node = static_cast<int>(n);
      draw.structure = node.structure;
      if (node.structure >= 0)
        draw.category = scene.structures[static_cast<std::size_t>(node.structure)].category;
      draw.skin = p.joints.empty() ? -1 : node.skin;
      if (draw.skin >= 0) draw.rigid_joint = rigid_joint_of(p);
      if (draw.skinned()) draw.joint_mask = joint_mask_of(p);
      draw.rest_bounds = p.bounds;
      draw.first_index = static_cast<unsigned>(list.indices.size());
      draw.index_count = static_cast<int>(p.indices.size());
      draw.base_vertex = static_cast<int>(list.vertices.size());
      append_vertices(p, list.vertices);
      list.indices.insert(list.indices.end(), p.indices.begin(), p.indices.end());
      const auto moving = moving_detail_indices(
          std::span<const Vertex>(list.vertices).subspan(static_cast<std::size_t>(draw.base_vertex)),
          p.indices);
      draw.moving_first_index = static_cast<unsigned>(list.indices.size());
      draw.moving_index_count = static_cast<int>(moving.size());
      list.indices.insert(list.indices.end(), moving.begin(), moving.end());
      list.draws.push_back(draw);
    }
  }
  // Outer layers first: muscles hide most of the bones, so the depth test rejects the bones'
  // hidden fragments before shading (llvmpipe is fill-rate bound at 720p).
  std::stable_sort(list.draws.begin(), list.draws.end(), [](const Draw& a, const Draw& b) {
    return anatomy::category_info(a.category).layer_rank < anatomy::category_info(b.category).layer_rank;
  });
  list.structures.resize(scene.structures.size());
  for (std::size_t s = 0; s < scene.structures.size(); ++s) {
    const anatomy::Node& node = scene.nodes[static_cast<std::size_t>(scene.structures[s].node)];
    if (node.mesh < 0) continue;
    const anatomy::Mesh& mesh = scene.meshes[static_cast<std::size_t>(node.mesh)];
    anatomy::Aabb bounds;
    for (const auto& p : mesh.primitives) bounds.extend(p.bounds);
    if (!bounds.empty()) list.structures[s].rest_z_range = {bounds.min.z, bounds.max.z};
    if (scene.structures[s].category == anatomy::Category::muscle)
      list.structures[s].fibre_axis = fibre_axis(mesh);
  }
  list.anchors = anatomy::make_structure_anchors(scene);
  return list;
}

}  // namespace render
