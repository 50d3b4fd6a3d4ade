#include "surface_index.h"

#include "bone_fit.h"

#include <algorithm>
#include <cmath>

namespace modelgen {

namespace {
int cell_of(float v, float cell) { return static_cast<int>(std::floor(v / cell)); }
}  // namespace

std::int64_t SurfaceIndex::key(int x, int y, int z) const {
  return (static_cast<std::int64_t>(x) + (1 << 20)) << 42 | (static_cast<std::int64_t>(y) + (1 << 20)) << 21 |
         (static_cast<std::int64_t>(z) + (1 << 20));
}

SurfaceIndex::SurfaceIndex(const std::vector<const Mesh*>& surfaces, float cell) : cell_(cell) {
  for (const Mesh* mesh : surfaces) {
    for (std::size_t i = 0; i + 2 < mesh->indices.size(); i += 3) {
      const Triangle t{mesh->positions[mesh->indices[i]], mesh->positions[mesh->indices[i + 1]],
                       mesh->positions[mesh->indices[i + 2]]};
      const auto id = static_cast<std::uint32_t>(triangles_.size());
      triangles_.push_back(t);
      const glm::vec3 lo = glm::min(t.a, glm::min(t.b, t.c)), hi = glm::max(t.a, glm::max(t.b, t.c));
      for (int x = cell_of(lo.x, cell); x <= cell_of(hi.x, cell); ++x) {
        for (int y = cell_of(lo.y, cell); y <= cell_of(hi.y, cell); ++y) {
          for (int z = cell_of(lo.z, cell); z <= cell_of(hi.z, cell); ++z) cells_[key(x, y, z)].push_back(id);
        }
      }
    }
  }
}

SurfaceIndex::Hit SurfaceIndex::nearest(glm::vec3 p, float reach) const {
  Hit hit;
  float best = reach;
  const int r = static_cast<int>(std::ceil(reach / cell_));
  const int cx = cell_of(p.x, cell_), cy = cell_of(p.y, cell_), cz = cell_of(p.z, cell_);
  for (int x = cx - r; x <= cx + r; ++x) {
    for (int y = cy - r; y <= cy + r; ++y) {
      for (int z = cz - r; z <= cz + r; ++z) {
        const auto found = cells_.find(key(x, y, z));
        if (found == cells_.end()) continue;
        for (const std::uint32_t id : found->second) {
          const Triangle& t = triangles_[id];
          const glm::vec3 q = closest_on_triangle(p, t.a, t.b, t.c);
          const float d = glm::length(p - q);
          if (d < best) {
            best = d;
            hit.point = q;
            hit.normal = glm::normalize(glm::cross(t.b - t.a, t.c - t.a));
            hit.found = true;
          }
        }
      }
    }
  }
  if (hit.found) {
    hit.distance = glm::dot(p - hit.point, hit.normal) >= 0.0f ? best : -best;
  } else {
    hit.distance = reach;
  }
  return hit;
}

float SurfaceIndex::signed_distance(glm::vec3 p, float reach) const { return nearest(p, reach).distance; }

}  // namespace modelgen
