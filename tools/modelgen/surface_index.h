#pragma once
// Fast nearest-point queries on a set of closed triangle surfaces (the fitted bones): triangles are
// bucketed in a uniform grid so a query looks only at the cells around it.
#include "mesh.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace modelgen {

class SurfaceIndex {
 public:
  explicit SurfaceIndex(const std::vector<const Mesh*>& surfaces, float cell = 0.01f);

  struct Hit {
    glm::vec3 point{};
    glm::vec3 normal{};     // the closest triangle's outward unit normal
    float distance = 0.0f;  // signed: negative inside (by that normal)
    bool found = false;     // false when nothing lies within the reach
  };
  // The nearest surface point within `reach` of p.
  Hit nearest(glm::vec3 p, float reach) const;
  // Signed distance, clamped to `reach` where nothing is nearer.
  float signed_distance(glm::vec3 p, float reach) const;

 private:
  struct Triangle {
    glm::vec3 a, b, c;
  };
  std::int64_t key(int x, int y, int z) const;
  std::vector<Triangle> triangles_;
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> cells_;
  float cell_;
};

}  // namespace modelgen
