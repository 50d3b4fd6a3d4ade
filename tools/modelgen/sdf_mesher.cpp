#include "sdf_mesher.h"

#include <meshoptimizer.h>

#include <array>
#include <cmath>
#include <limits>

namespace modelgen {

namespace {

constexpr std::uint32_t no_vertex = std::numeric_limits<std::uint32_t>::max();

struct Grid {
  int nx = 0, ny = 0, nz = 0;
  glm::vec3 origin{0.0f};
  float h = 0.0f;
  std::vector<float> values;

  std::size_t at(int i, int j, int k) const {
    return (static_cast<std::size_t>(k) * static_cast<std::size_t>(ny) + static_cast<std::size_t>(j)) *
               static_cast<std::size_t>(nx) +
           static_cast<std::size_t>(i);
  }
  glm::vec3 point(int i, int j, int k) const {
    return origin + h * glm::vec3(static_cast<float>(i), static_cast<float>(j), static_cast<float>(k));
  }
};

}  // namespace

Mesh mesh_sdf(const Sdf& sdf, const MeshingOptions& options) {
  Grid grid;
  grid.h = options.voxel;
  grid.origin = options.box_min - glm::vec3(2.0f * grid.h);
  const glm::vec3 extent = options.box_max - options.box_min + glm::vec3(4.0f * grid.h);
  grid.nx = static_cast<int>(std::ceil(extent.x / grid.h)) + 1;
  grid.ny = static_cast<int>(std::ceil(extent.y / grid.h)) + 1;
  grid.nz = static_cast<int>(std::ceil(extent.z / grid.h)) + 1;
  grid.values.resize(static_cast<std::size_t>(grid.nx) * static_cast<std::size_t>(grid.ny) *
                     static_cast<std::size_t>(grid.nz));
  for (int k = 0; k < grid.nz; ++k) {
    for (int j = 0; j < grid.ny; ++j) {
      for (int i = 0; i < grid.nx; ++i) {
        float v = sdf(grid.point(i, j, k));
        if (v == 0.0f) {
          v = 1e-7f;  // keeps sign tests strict
        }
        grid.values[grid.at(i, j, k)] = v;
      }
    }
  }

  Mesh mesh;
  // One vertex per cell that the surface crosses: the mean of its edge crossings.
  const int cx = grid.nx - 1, cy = grid.ny - 1, cz = grid.nz - 1;
  std::vector<std::uint32_t> cell_vertex(
      static_cast<std::size_t>(cx) * static_cast<std::size_t>(cy) * static_cast<std::size_t>(cz), no_vertex);
  auto cell_at = [&](int i, int j, int k) {
    return (static_cast<std::size_t>(k) * static_cast<std::size_t>(cy) + static_cast<std::size_t>(j)) *
               static_cast<std::size_t>(cx) +
           static_cast<std::size_t>(i);
  };
  static constexpr std::array<std::array<int, 2>, 12> edges{
      {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}}};
  for (int k = 0; k < cz; ++k) {
    for (int j = 0; j < cy; ++j) {
      for (int i = 0; i < cx; ++i) {
        std::array<float, 8> v{};
        std::array<glm::vec3, 8> p{};
        int inside = 0;
        for (int c = 0; c < 8; ++c) {
          const int di = c & 1, dj = (c >> 1) & 1, dk = (c >> 2) & 1;
          v[static_cast<std::size_t>(c)] = grid.values[grid.at(i + di, j + dj, k + dk)];
          p[static_cast<std::size_t>(c)] = grid.point(i + di, j + dj, k + dk);
          inside += v[static_cast<std::size_t>(c)] < 0.0f ? 1 : 0;
        }
        if (inside == 0 || inside == 8) {
          continue;
        }
        glm::vec3 sum(0.0f);
        int count = 0;
        for (const auto& e : edges) {
          const float a = v[static_cast<std::size_t>(e[0])], b = v[static_cast<std::size_t>(e[1])];
          if ((a < 0.0f) != (b < 0.0f)) {
            const float t = a / (a - b);
            sum += glm::mix(p[static_cast<std::size_t>(e[0])], p[static_cast<std::size_t>(e[1])], t);
            ++count;
          }
        }
        cell_vertex[cell_at(i, j, k)] = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.push_back(sum / static_cast<float>(count));
      }
    }
  }
  // One quad per grid edge that the surface crosses, joining the four cells around it.
  auto emit = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d, bool flip) {
    if (a == no_vertex || b == no_vertex || c == no_vertex || d == no_vertex) {
      return;
    }
    if (flip) {
      std::swap(b, d);
    }
    const float d0 = glm::length(mesh.positions[a] - mesh.positions[c]);
    const float d1 = glm::length(mesh.positions[b] - mesh.positions[d]);
    if (d0 <= d1) {
      mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
    } else {
      mesh.indices.insert(mesh.indices.end(), {a, b, d, b, c, d});
    }
  };
  for (int k = 1; k < cz; ++k) {
    for (int j = 1; j < cy; ++j) {
      for (int i = 1; i < cx; ++i) {
        const float v0 = grid.values[grid.at(i, j, k)];
        const bool in0 = v0 < 0.0f;
        if (i + 1 < grid.nx && in0 != (grid.values[grid.at(i + 1, j, k)] < 0.0f)) {
          emit(cell_vertex[cell_at(i, j - 1, k - 1)], cell_vertex[cell_at(i, j, k - 1)],
               cell_vertex[cell_at(i, j, k)], cell_vertex[cell_at(i, j - 1, k)], !in0);
        }
        if (j + 1 < grid.ny && in0 != (grid.values[grid.at(i, j + 1, k)] < 0.0f)) {
          emit(cell_vertex[cell_at(i - 1, j, k - 1)], cell_vertex[cell_at(i - 1, j, k)],
               cell_vertex[cell_at(i, j, k)], cell_vertex[cell_at(i, j, k - 1)], !in0);
        }
        if (k + 1 < grid.nz && in0 != (grid.values[grid.at(i, j, k + 1)] < 0.0f)) {
          emit(cell_vertex[cell_at(i - 1, j - 1, k)], cell_vertex[cell_at(i, j - 1, k)],
               cell_vertex[cell_at(i, j, k)], cell_vertex[cell_at(i - 1, j, k)], !in0);
        }
      }
    }
  }
  // Pull each vertex onto the surface (one Newton step).
  const float eps = grid.h * 0.5f;
  for (auto& p : mesh.positions) {
    const float d = sdf(p);
    p -= d * sdf_gradient(sdf, p, eps);
  }
  // Simplify to the budget.
  if (mesh.triangle_count() > options.target_triangles) {
    std::vector<std::uint32_t> simplified(mesh.indices.size());
    const std::size_t count = meshopt_simplify(simplified.data(), mesh.indices.data(), mesh.indices.size(),
                                               &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3),
                                               options.target_triangles * 3, 0.02f, 0, nullptr);
    simplified.resize(count);
    mesh.indices = std::move(simplified);
  }
  // Drop degenerate triangles, then fix the winding against the SDF gradient.
  std::vector<std::uint32_t> kept;
  kept.reserve(mesh.indices.size());
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const auto a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    const glm::vec3 n =
        glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    if (a == b || b == c || a == c || glm::length(n) < 1e-12f) {
      continue;
    }
    const glm::vec3 centre = (mesh.positions[a] + mesh.positions[b] + mesh.positions[c]) / 3.0f;
    if (glm::dot(n, sdf_gradient(sdf, centre, eps)) < 0.0f) {
      kept.insert(kept.end(), {a, c, b});
    } else {
      kept.insert(kept.end(), {a, b, c});
    }
  }
  mesh.indices = std::move(kept);
  compact(mesh);
  // Vertex-cache order for the renderer, then smooth normals from the field.
  meshopt_optimizeVertexCache(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(),
                              mesh.positions.size());
  compact(mesh);
  mesh.normals.resize(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    mesh.normals[i] = sdf_gradient(sdf, mesh.positions[i], eps);
  }
  return mesh;
}

}  // namespace modelgen
