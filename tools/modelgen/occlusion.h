#pragma once
// Baked ambient occlusion: for each vertex, how much of the light arriving from its hemisphere
// (cosine-weighted, as diffuse light arrives) no surface within a few centimetres blocks. Hollows
// such as the acetabulum around the femoral head, the vertebral endplates under their discs and
// the gaps between muscles come out dark; convex surfaces stay near 1.
//
// Deterministic: every vertex shoots the same fixed set of rays, turned about its normal by an angle
// fixed by its index, and the result of a ray does not depend on the order the tree is walked. So
// the generated model is the same bytes on every run.
#include "mesh.h"

#include <cstdint>
#include <vector>

namespace modelgen {

struct OcclusionSettings {
  int rays = 48;
  // A surface farther than this blocks nothing; a nearer one blocks 1 - (distance / reach)^2 of its
  // ray: nearly all when close, fading to nothing at the reach, so a wall at the edge of the reach
  // does not draw a hard line.
  float reach_m = 0.04f;
  // Rays start this far above the vertex: enough to miss the vertex's own triangles.
  float offset_m = 0.0003f;
};

// The occluding triangles of a set of meshes in a bounding-volume tree.
class OcclusionScene {
 public:
  explicit OcclusionScene(const std::vector<const Mesh*>& occluders);

  // The distance to the nearest triangle along a ray from `origin` in the unit `direction`, or
  // `reach` when none lies nearer.
  float nearest_hit(glm::vec3 origin, glm::vec3 direction, float reach) const;

  // Per vertex of `mesh`: 1 = open all round, 0 = closed all round within the reach. Vertices
  // without a usable normal count as open.
  std::vector<float> bake(const Mesh& mesh, const OcclusionSettings& settings = {}) const;

  std::size_t triangle_count() const { return triangles_.size(); }

 private:
  struct Triangle {
    glm::vec3 a, ab, ac;  // corner and two edges (Moeller-Trumbore)
  };
  struct Node {
    glm::vec3 lo, hi;
    std::uint32_t first = 0;  // leaf: first triangle; inner: the left child (the right follows it)
    std::uint32_t count = 0;  // triangles of a leaf; 0 for an inner node
  };
  // Fills nodes_[node] with the triangles order[first, first + count), splitting them at the median
  // of their centroids along the longest axis until a leaf holds a handful.
  void build(std::uint32_t node, std::uint32_t first, std::uint32_t count, std::vector<std::uint32_t>& order,
             const std::vector<glm::vec3>& centroids, const std::vector<Triangle>& source);
  std::vector<Triangle> triangles_;
  std::vector<Node> nodes_;
};

}  // namespace modelgen
