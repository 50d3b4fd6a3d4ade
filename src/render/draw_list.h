#pragma once
// The anatomy prepared for drawing, as plain CPU data (no GL, tested without a GPU): one vertex and
// one index array for the whole model, one Draw per primitive sorted outer layers first, and per
// structure what its material needs. AnatomyRenderer::create uploads it as it is.
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/anchors.h"
#include "anatomy/scene.h"
#include "core/result.h"

namespace render {

// One vertex as the GPU reads it (the attribute locations are gpu::Attribute).
struct Vertex {
  float position[3];
  float normal[3];
  float uv[2];
  std::uint16_t joints[4];
  float weights[4];  // unskinned vertices: weight 1 on joint 0, which the rigid shader ignores
  float occlusion;   // baked ambient occlusion, 1 = open (anatomy::Primitive::occlusion)
};

struct Draw {
  int node = -1;
  int structure = -1;  // index into Scene::structures, -1 for a mesh that is no structure
  anatomy::Category category = anatomy::Category::bone;
  int skin = -1;
  int rigid_joint = -1;  // skinned, but every vertex follows this one joint: drawn unskinned
  unsigned first_index = 0;
  int index_count = 0;
  // The simplified triangles drawn while the picture moves (moving_detail.h), after the full ones in
  // the same index array; a count of 0 draws the full mesh then too.
  unsigned moving_first_index = 0;
  int moving_index_count = 0;
  int base_vertex = 0;
  anatomy::Aabb rest_bounds;     // of the primitive's vertices as stored (model space when skinned)
  std::uint64_t joint_mask = 0;  // skinned: the joints with weight on some vertex
  // Blended skinning in the vertex shader; false for unskinned and rigid draws (one matrix).
  bool skinned() const { return skin >= 0 && rigid_joint < 0; }
};

// What a structure's material needs besides its style (index-aligned with Scene::structures).
struct StructureMaterial {
  glm::vec3 fibre_axis{0.0f, 1.0f, 0.0f};  // muscles: rest-space direction of the fibres (unit)
  glm::vec2 rest_z_range{0.0f, 1.0f};      // rest-space anterior-posterior extent (min z, max z)
};

struct DrawList {
  std::vector<Vertex> vertices;
  std::vector<std::uint32_t> indices;             // per draw, relative to its base_vertex
  std::vector<Draw> draws;                        // by layer rank (anatomy::CategoryInfo), outer first
  std::vector<StructureMaterial> structures;      // one per structure
  std::vector<anatomy::StructureAnchor> anchors;  // one per structure: sorting translucent layers
};

// Fails when a skin has more joints than the shaders' palette (gpu::kMaxJoints).
core::Result<DrawList> make_draw_list(const anatomy::Scene& scene);

// The fibre direction of a muscle: the mean of its vertices' TANGENT directions (each turned into
// one hemisphere, since a fibre has no sign). +Y, the long axis of the body, when it has none.
glm::vec3 fibre_axis(const anatomy::Mesh& mesh);

}  // namespace render
