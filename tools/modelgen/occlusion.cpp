#include "occlusion.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace modelgen {

namespace {

constexpr std::uint32_t kLeafTriangles = 4;
constexpr float kPi = 3.14159265358979f;

// Van der Corput's radical inverse in base 2: the second coordinate of a Hammersley set.
float radical_inverse(std::uint32_t bits) {
  bits = (bits << 16u) | (bits >> 16u);
  bits = ((bits & 0x55555555u) << 1u) | ((bits & 0xAAAAAAAAu) >> 1u);
  bits = ((bits & 0x33333333u) << 2u) | ((bits & 0xCCCCCCCCu) >> 2u);
  bits = ((bits & 0x0F0F0F0Fu) << 4u) | ((bits & 0xF0F0F0F0u) >> 4u);
  bits = ((bits & 0x00FF00FFu) << 8u) | ((bits & 0xFF00FF00u) >> 8u);
  return static_cast<float>(static_cast<double>(bits) * 2.3283064365386963e-10);
}

// Cosine-weighted directions about +Z from a Hammersley set: evenly spread, no random numbers, so
// every run shoots the same rays. Each carries equal weight (the cosine is in their density).
std::vector<glm::vec3> hemisphere_directions(int count) {
  std::vector<glm::vec3> out;
  out.reserve(static_cast<std::size_t>(std::max(count, 0)));
  for (int i = 0; i < count; ++i) {
    const float u = (static_cast<float>(i) + 0.5f) / static_cast<float>(count);
    const float phi = 2.0f * kPi * radical_inverse(static_cast<std::uint32_t>(i));
    const float r = std::sqrt(u);
    out.emplace_back(r * std::cos(phi), r * std::sin(phi), std::sqrt(1.0f - u));
  }
  return out;
}

// An orthonormal basis around the unit normal n (Duff et al. 2017, branch-free at the poles).
void basis(glm::vec3 n, glm::vec3& tangent, glm::vec3& bitangent) {
  const float sign = std::copysign(1.0f, n.z);
  const float a = -1.0f / (sign + n.z);
  const float b = n.x * n.y * a;
  tangent = glm::vec3(1.0f + sign * n.x * n.x * a, sign * b, -sign * n.x);
  bitangent = glm::vec3(b, sign + n.y * n.y * a, -n.y);
}

bool box_hit(glm::vec3 lo, glm::vec3 hi, glm::vec3 origin, glm::vec3 inverse, float reach) {
  const glm::vec3 t0 = (lo - origin) * inverse;
  const glm::vec3 t1 = (hi - origin) * inverse;
  const glm::vec3 near = glm::min(t0, t1), far = glm::max(t0, t1);
  const float enter = std::max(std::max(near.x, near.y), std::max(near.z, 0.0f));
  const float leave = std::min(std::min(far.x, far.y), std::min(far.z, reach));
  return enter <= leave;
}

}  // namespace

OcclusionScene::OcclusionScene(const std::vector<const Mesh*>& occluders) {
  std::vector<Triangle> source;
  std::vector<glm::vec3> centroids;
  for (const Mesh* mesh : occluders) {
    for (std::size_t i = 0; i + 2 < mesh->indices.size(); i += 3) {
      const glm::vec3 a = mesh->positions[mesh->indices[i]];
      const glm::vec3 b = mesh->positions[mesh->indices[i + 1]];
      const glm::vec3 c = mesh->positions[mesh->indices[i + 2]];
      if (glm::length(glm::cross(b - a, c - a)) <= 0.0f) {
        continue;  // degenerate: blocks nothing
      }
      source.push_back({a, b - a, c - a});
      centroids.push_back((a + b + c) / 3.0f);
    }
  }
  if (source.empty()) {
    return;
  }
  std::vector<std::uint32_t> order(source.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = static_cast<std::uint32_t>(i);
  }
  nodes_.reserve(2 * source.size() / kLeafTriangles + 2);
  nodes_.emplace_back();
  build(0, 0, static_cast<std::uint32_t>(source.size()), order, centroids, source);
  triangles_.reserve(source.size());
  for (const std::uint32_t t : order) {
    triangles_.push_back(source[t]);
  }
}

void OcclusionScene::build(std::uint32_t node, std::uint32_t first, std::uint32_t count,
                           std::vector<std::uint32_t>& order, const std::vector<glm::vec3>& centroids,
                           const std::vector<Triangle>& source) {
  glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
  glm::vec3 clo = lo, chi = hi;
  for (std::uint32_t i = first; i < first + count; ++i) {
    const Triangle& t = source[order[i]];
    for (const glm::vec3 p : {t.a, t.a + t.ab, t.a + t.ac}) {
      lo = glm::min(lo, p);
      hi = glm::max(hi, p);
    }
    clo = glm::min(clo, centroids[order[i]]);
    chi = glm::max(chi, centroids[order[i]]);
  }
  const glm::vec3 extent = chi - clo;
  const int axis = extent.x >= extent.y && extent.x >= extent.z ? 0 : extent.y >= extent.z ? 1 : 2;
  if (count <= kLeafTriangles || extent[axis] <= 0.0f) {
    nodes_[node] = {lo, hi, first, count};
    return;
  }
  // Ties broken by the triangle's index: a strict order, so the split is the same on every run.
  const auto begin = order.begin() + first;
  std::nth_element(begin, begin + count / 2, begin + count, [&](std::uint32_t a, std::uint32_t b) {
    const float ca = centroids[a][axis], cb = centroids[b][axis];
    return ca < cb || (ca == cb && a < b);
  });
  const auto left = static_cast<std::uint32_t>(nodes_.size());
  nodes_[node] = {lo, hi, left, 0};
  nodes_.emplace_back();
  nodes_.emplace_back();
  build(left, first, count / 2, order, centroids, source);
  build(left + 1, first + count / 2, count - count / 2, order, centroids, source);
}

float OcclusionScene::nearest_hit(glm::vec3 origin, glm::vec3 direction, float reach) const {
  if (nodes_.empty()) {
    return reach;
  }
  glm::vec3 inverse;
  for (int k = 0; k < 3; ++k) {
    inverse[k] = direction[k] != 0.0f ? 1.0f / direction[k] : std::copysign(1e30f, direction[k]);
  }
  float best = reach;
  std::uint32_t stack[64];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& node = nodes_[stack[--top]];
    if (!box_hit(node.lo, node.hi, origin, inverse, best)) {
      continue;
    }
    if (node.count == 0) {
      stack[top++] = node.first;
      stack[top++] = node.first + 1;
      continue;
    }
    for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
      // Moeller-Trumbore, both faces: a ray that starts inside a closed surface is blocked too.
      const Triangle& t = triangles_[i];
      const glm::vec3 p = glm::cross(direction, t.ac);
      const float det = glm::dot(t.ab, p);
      if (std::abs(det) < 1e-14f) {
        continue;
      }
      const float inv_det = 1.0f / det;
      const glm::vec3 s = origin - t.a;
      const float u = glm::dot(s, p) * inv_det;
      if (u < 0.0f || u > 1.0f) {
        continue;
      }
      const glm::vec3 q = glm::cross(s, t.ab);
      const float v = glm::dot(direction, q) * inv_det;
      if (v < 0.0f || u + v > 1.0f) {
        continue;
      }
      const float distance = glm::dot(t.ac, q) * inv_det;
      if (distance > 0.0f && distance < best) {
        best = distance;
      }
    }
  }
  return best;
}

std::vector<float> OcclusionScene::bake(const Mesh& mesh, const OcclusionSettings& settings) const {
  const std::vector<glm::vec3> directions = hemisphere_directions(settings.rays);
  std::vector<float> out(mesh.positions.size(), 1.0f);
  if (directions.empty() || !(settings.reach_m > 0.0f)) {
    return out;
  }
  for (std::size_t v = 0; v < mesh.positions.size() && v < mesh.normals.size(); ++v) {
    const float length = glm::length(mesh.normals[v]);
    if (!(length > 1e-8f)) {
      continue;
    }
    const glm::vec3 n = mesh.normals[v] / length;
    glm::vec3 tangent, bitangent;
    basis(n, tangent, bitangent);
    // Neighbouring vertices turn the same ray set by different angles (golden-ratio steps), so the
    // few rays of one vertex do not leave the same pattern on every vertex of a flat wall.
    const double turn =
        2.0 * 3.14159265358979323846 * std::fmod(static_cast<double>(v) * 0.6180339887498949, 1.0);
    const float c = static_cast<float>(std::cos(turn)), s = static_cast<float>(std::sin(turn));
    const glm::vec3 origin = mesh.positions[v] + n * settings.offset_m;
    float blocked = 0.0f;
    for (const glm::vec3& d : directions) {
      const float x = c * d.x - s * d.y, y = s * d.x + c * d.y;
      const glm::vec3 direction = glm::normalize(tangent * x + bitangent * y + n * d.z);
      const float reached = nearest_hit(origin, direction, settings.reach_m) / settings.reach_m;
      blocked += 1.0f - reached * reached;
    }
    out[v] = std::clamp(1.0f - blocked / static_cast<float>(directions.size()), 0.0f, 1.0f);
  }
  return out;
}

}  // namespace modelgen
