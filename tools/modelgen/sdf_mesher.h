#pragma once
// Meshes a signed-distance shape with surface nets and simplifies it with meshoptimizer.
#include "mesh.h"
#include "sdf.h"

namespace modelgen {

struct MeshingOptions {
  glm::vec3 box_min{0.0f};
  glm::vec3 box_max{0.0f};
  float voxel = 0.002f;  // metres
  std::size_t target_triangles = 4000;
};

Mesh mesh_sdf(const Sdf& sdf, const MeshingOptions& options);

}  // namespace modelgen
