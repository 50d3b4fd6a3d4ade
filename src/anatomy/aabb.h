#pragma once
// An axis-aligned box: mesh bounds, the region the camera frames. It starts empty (min above max),
// so Aabb{} grows with extend() and Aabb{min, max} is the box between two corners.
#include <limits>

#include <glm/glm.hpp>

namespace anatomy {

struct Aabb {
  glm::vec3 min{std::numeric_limits<float>::max()};
  glm::vec3 max{std::numeric_limits<float>::lowest()};

  bool empty() const { return min.x > max.x || min.y > max.y || min.z > max.z; }
  void extend(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
  void extend(const Aabb& other) {
    if (other.empty()) return;
    extend(other.min);
    extend(other.max);
  }
  glm::vec3 center() const { return 0.5f * (min + max); }
  float radius() const { return 0.5f * glm::length(max - min); }  // half the diagonal
};

}  // namespace anatomy
