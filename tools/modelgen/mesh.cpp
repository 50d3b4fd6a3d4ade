#include "mesh.h"

#include <algorithm>
#include <limits>

namespace modelgen {

void Mesh::append(const Mesh& other) {
  const auto base = static_cast<std::uint32_t>(positions.size());
  positions.insert(positions.end(), other.positions.begin(), other.positions.end());
  normals.insert(normals.end(), other.normals.begin(), other.normals.end());
  uvs.insert(uvs.end(), other.uvs.begin(), other.uvs.end());
  tangents.insert(tangents.end(), other.tangents.begin(), other.tangents.end());
  skin.insert(skin.end(), other.skin.begin(), other.skin.end());
  occlusion.insert(occlusion.end(), other.occlusion.begin(), other.occlusion.end());
  for (const std::uint32_t index : other.indices) {
    indices.push_back(base + index);
  }
}

void compute_normals(Mesh& mesh) {
  mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
  for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
    const auto a = mesh.indices[i];
    const auto b = mesh.indices[i + 1];
    const auto c = mesh.indices[i + 2];
    const glm::vec3 n =
        glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    mesh.normals[a] += n;
    mesh.normals[b] += n;
    mesh.normals[c] += n;
  }
  for (auto& n : mesh.normals) {
    const float len = glm::length(n);
    n = len > 1e-12f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
  }
}

Mesh mirrored_x(const Mesh& mesh) {
  Mesh out = mesh;
  for (auto& p : out.positions) {
    p.x = -p.x;
  }
  for (auto& n : out.normals) {
    n.x = -n.x;
  }
  for (auto& t : out.tangents) {
    t.x = -t.x;
  }
  for (std::size_t i = 0; i + 2 < out.indices.size(); i += 3) {
    std::swap(out.indices[i + 1], out.indices[i + 2]);
  }
  return out;
}

void compact(Mesh& mesh) {
  std::vector<std::uint32_t> remap(mesh.positions.size(), std::numeric_limits<std::uint32_t>::max());
  std::uint32_t next = 0;
  for (auto& index : mesh.indices) {
    if (remap[index] == std::numeric_limits<std::uint32_t>::max()) {
      remap[index] = next++;
    }
    index = remap[index];
  }
  auto apply = [&](auto& values) {
    if (values.empty()) {
      return;
    }
    std::remove_reference_t<decltype(values)> out(next);
    for (std::size_t i = 0; i < remap.size(); ++i) {
      if (remap[i] != std::numeric_limits<std::uint32_t>::max()) {
        out[remap[i]] = values[i];
      }
    }
    values = std::move(out);
  };
  apply(mesh.positions);
  apply(mesh.normals);
  apply(mesh.uvs);
  apply(mesh.tangents);
  apply(mesh.skin);
  apply(mesh.occlusion);
}

glm::vec3 bounds_min(const Mesh& mesh) {
  glm::vec3 lo(std::numeric_limits<float>::max());
  for (const auto& p : mesh.positions) {
    lo = glm::min(lo, p);
  }
  return lo;
}

glm::vec3 bounds_max(const Mesh& mesh) {
  glm::vec3 hi(std::numeric_limits<float>::lowest());
  for (const auto& p : mesh.positions) {
    hi = glm::max(hi, p);
  }
  return hi;
}

}  // namespace modelgen
