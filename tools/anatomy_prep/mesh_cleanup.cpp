#include "mesh_cleanup.h"

#include <meshoptimizer.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <utility>

namespace anatomy_prep {

namespace {

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

glm::vec3 corner(const PreparedMesh& m, std::size_t t, int c) { return m.positions[m.indices[3 * t + c]]; }

std::size_t count_boundary_edges(const PreparedMesh& mesh) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> edges;
  for (std::size_t t = 0; t < mesh.indices.size() / 3; ++t) {
    for (int c = 0; c < 3; ++c) {
      const std::uint32_t a = mesh.indices[3 * t + c], b = mesh.indices[3 * t + (c + 1) % 3];
      ++edges[{std::min(a, b), std::max(a, b)}];
    }
  }
  return static_cast<std::size_t>(
      std::count_if(edges.begin(), edges.end(), [](const auto& e) { return e.second == 1; }));
}

void flip(PreparedMesh& mesh, const std::vector<std::size_t>& triangles) {
  for (const std::size_t t : triangles) std::swap(mesh.indices[3 * t + 1], mesh.indices[3 * t + 2]);
}

}  // namespace

PreparedMesh weld(const Soup& soup) {
  const std::size_t n = soup.corners.size();
  std::vector<unsigned int> remap(n);
  const std::size_t unique =
      meshopt_generateVertexRemap(remap.data(), nullptr, n, soup.corners.data(), n, sizeof(glm::vec3));
  PreparedMesh mesh;
  mesh.positions.resize(unique);
  meshopt_remapVertexBuffer(mesh.positions.data(), soup.corners.data(), n, sizeof(glm::vec3), remap.data());
  mesh.indices.assign(remap.begin(), remap.end());
  return mesh;
}

std::vector<std::vector<std::size_t>> pieces(const PreparedMesh& mesh) {
  std::vector<std::size_t> parent(mesh.positions.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
    const std::size_t a = find_root(parent, mesh.indices[i]);
    for (int c = 1; c < 3; ++c) parent[find_root(parent, mesh.indices[i + c])] = a;
  }
  std::map<std::size_t, std::vector<std::size_t>> by_root;
  std::vector<std::size_t> order;  // roots in order of first triangle
  for (std::size_t t = 0; t < mesh.indices.size() / 3; ++t) {
    const std::size_t r = find_root(parent, mesh.indices[3 * t]);
    auto& list = by_root[r];
    if (list.empty()) order.push_back(r);
    list.push_back(t);
  }
  std::vector<std::vector<std::size_t>> out;
  for (const std::size_t r : order) out.push_back(std::move(by_root[r]));
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

PreparedMesh select(const PreparedMesh& mesh, const std::vector<std::vector<std::size_t>>& kept) {
  std::vector<std::size_t> triangles;
  for (const auto& piece : kept) triangles.insert(triangles.end(), piece.begin(), piece.end());
  std::sort(triangles.begin(), triangles.end());
  PreparedMesh out;
  std::vector<std::uint32_t> remap(mesh.positions.size(), UINT32_MAX);
  for (const std::size_t t : triangles) {
    for (int c = 0; c < 3; ++c) {
      std::uint32_t& r = remap[mesh.indices[3 * t + c]];
      if (r == UINT32_MAX) {
        r = static_cast<std::uint32_t>(out.positions.size());
        out.positions.push_back(mesh.positions[mesh.indices[3 * t + c]]);
      }
      out.indices.push_back(r);
    }
  }
  return out;
}

double signed_volume(const PreparedMesh& mesh, const std::vector<std::size_t>& triangles) {
  double v = 0.0;
  for (const std::size_t t : triangles) {
    const glm::dvec3 a = corner(mesh, t, 0), b = corner(mesh, t, 1), c = corner(mesh, t, 2);
    v += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return v;
}

PreparedMesh clean(const Soup& soup, int piece_index, double min_piece_fraction, std::size_t target_triangles,
                   CleanupReport& report) {
  report.source_triangles = soup.corners.size() / 3;
  PreparedMesh mesh = weld(soup);
  // Degenerate: a repeated corner after welding, or no area.
  std::vector<std::uint32_t> kept_indices;
  for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
    const std::uint32_t a = mesh.indices[i], b = mesh.indices[i + 1], c = mesh.indices[i + 2];
    const glm::vec3 n =
        glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    if (a == b || b == c || a == c || glm::dot(n, n) == 0.0f) {
      ++report.degenerate_removed;
      continue;
    }
    kept_indices.insert(kept_indices.end(), {a, b, c});
  }
  mesh.indices = std::move(kept_indices);

  auto all = pieces(mesh);
  report.pieces_found = all.size();
  for (const auto& piece : all) {
    if (signed_volume(mesh, piece) < 0.0) {
      flip(mesh, piece);
      ++report.pieces_flipped;
    }
  }
  std::vector<std::vector<std::size_t>> kept;
  if (piece_index >= 0) {
    // Several bones in one file: order the large pieces from the top down and take one.
    std::vector<std::vector<std::size_t>> large;
    for (const auto& piece : all) {
      if (static_cast<double>(piece.size()) >= min_piece_fraction * static_cast<double>(all.front().size())) {
        large.push_back(piece);
      }
    }
    const auto top = [&](const std::vector<std::size_t>& piece) {
      float y = -1e9f;
      for (const std::size_t t : piece) y = std::max(y, corner(mesh, t, 0).y);
      return y;
    };
    std::stable_sort(large.begin(), large.end(),
                     [&](const auto& a, const auto& b) { return top(a) > top(b); });
    if (static_cast<std::size_t>(piece_index) < large.size())
      kept.push_back(large[static_cast<std::size_t>(piece_index)]);
  } else {
    for (const auto& piece : all) {
      if (static_cast<double>(piece.size()) >= min_piece_fraction * static_cast<double>(all.front().size())) {
        kept.push_back(piece);
      }
    }
  }
  report.pieces_kept = kept.size();
  mesh = select(mesh, kept);
  report.kept_triangles = mesh.indices.size() / 3;
  report.boundary_edges = count_boundary_edges(mesh);

  if (mesh.indices.size() / 3 > target_triangles) {
    std::vector<std::uint32_t> simplified(mesh.indices.size());
    float error = 0.0f;
    // No error bound: the triangle budget decides; the deviation it cost is reported.
    const std::size_t count =
        meshopt_simplify(simplified.data(), mesh.indices.data(), mesh.indices.size(), &mesh.positions[0].x,
                         mesh.positions.size(), sizeof(glm::vec3), target_triangles * 3, 1.0f, 0, &error);
    simplified.resize(count);
    mesh.indices = std::move(simplified);
    report.simplify_error_mm =
        static_cast<double>(
            error * meshopt_simplifyScale(&mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3))) *
        1000.0;
  }
  meshopt_optimizeVertexCache(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(),
                              mesh.positions.size());
  std::vector<glm::vec3> ordered(mesh.positions.size());
  const std::size_t used =
      meshopt_optimizeVertexFetch(ordered.data(), mesh.indices.data(), mesh.indices.size(),
                                  mesh.positions.data(), mesh.positions.size(), sizeof(glm::vec3));
  ordered.resize(used);
  mesh.positions = std::move(ordered);
  report.triangles = mesh.indices.size() / 3;
  report.vertices = mesh.positions.size();
  return mesh;
}

}  // namespace anatomy_prep
