#include "sweep.h"

#include <algorithm>
#include <cmath>

namespace modelgen {

glm::vec3 catmull_rom(const std::vector<glm::vec3>& points, float u) {
  const int n = static_cast<int>(points.size());
  const int i = std::clamp(static_cast<int>(std::floor(u)), 0, n - 2);
  const float t = u - static_cast<float>(i);
  const glm::vec3 p1 = points[static_cast<std::size_t>(i)];
  const glm::vec3 p2 = points[static_cast<std::size_t>(i + 1)];
  const glm::vec3 p0 = i > 0 ? points[static_cast<std::size_t>(i - 1)] : 2.0f * p1 - p2;
  const glm::vec3 p3 = i + 2 < n ? points[static_cast<std::size_t>(i + 2)] : 2.0f * p2 - p1;
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                 (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3);
}

float belly_profile(float t, float start, float end) {
  if (t <= start) {
    const float s = start > 0.0f ? t / start : 1.0f;
    return s * s * (3.0f - 2.0f * s);
  }
  if (t >= end) {
    const float s = end < 1.0f ? (1.0f - t) / (1.0f - end) : 1.0f;
    return s * s * (3.0f - 2.0f * s);
  }
  const float mid = 0.5f * (start + end);
  const float half = 0.5f * (end - start);
  const float x = (t - mid) / std::max(half, 1e-6f);
  return 1.0f - 0.15f * x * x;  // fullest in the middle of the belly
}

SweepResult sweep(const SweepSpec& spec) {
  const float u_max = static_cast<float>(spec.points.size() - 1);
  // Dense sampling for arc length.
  constexpr int dense = 400;
  std::vector<glm::vec3> samples(dense + 1);
  std::vector<float> lengths(dense + 1, 0.0f);
  for (int i = 0; i <= dense; ++i) {
    samples[static_cast<std::size_t>(i)] =
        catmull_rom(spec.points, u_max * static_cast<float>(i) / static_cast<float>(dense));
    if (i > 0) {
      lengths[static_cast<std::size_t>(i)] =
          lengths[static_cast<std::size_t>(i - 1)] +
          glm::length(samples[static_cast<std::size_t>(i)] - samples[static_cast<std::size_t>(i - 1)]);
    }
  }
  const float total = lengths.back();
  auto param_at = [&](float s) {
    const auto it = std::lower_bound(lengths.begin(), lengths.end(), s);
    const auto idx = std::clamp(static_cast<int>(it - lengths.begin()), 1, dense);
    const float l0 = lengths[static_cast<std::size_t>(idx - 1)], l1 = lengths[static_cast<std::size_t>(idx)];
    const float f = l1 > l0 ? (s - l0) / (l1 - l0) : 0.0f;
    return u_max * (static_cast<float>(idx - 1) + f) / static_cast<float>(dense);
  };

  SweepResult result;
  Mesh& mesh = result.mesh;
  const int rings = spec.rings;
  const int segs = spec.segments;
  constexpr float pi = 3.14159265358979f;
  for (int r = 0; r <= rings; ++r) {
    const float t = static_cast<float>(r) / static_cast<float>(rings);
    const float u = param_at(t * total);
    const glm::vec3 c = catmull_rom(spec.points, u);
    const float du = 1e-3f * u_max;
    glm::vec3 tangent =
        catmull_rom(spec.points, std::min(u + du, u_max)) - catmull_rom(spec.points, std::max(u - du, 0.0f));
    tangent = glm::normalize(tangent);
    glm::vec3 a_axis = spec.flatten_axis - tangent * glm::dot(spec.flatten_axis, tangent);
    if (glm::length(a_axis) < 1e-4f) {
      a_axis = glm::vec3(0.0f, 0.0f, 1.0f) - tangent * tangent.z;
    }
    a_axis = glm::normalize(a_axis);
    const glm::vec3 b_axis = glm::cross(tangent, a_axis);
    const glm::vec2 radii = spec.radii(t);
    // Wrap frame: the point q on the wrap axis nearest the centre, the radial direction from it,
    // and the direction around the axis chosen so that the ring still runs counter-clockwise
    // about the tangent.
    glm::vec3 q(0.0f), e_r(0.0f), e_t(0.0f);
    float radius = 0.0f;
    if (spec.wrap) {
      const glm::vec3 axis = spec.wrap_to - spec.wrap_from;
      const float f = std::clamp(glm::dot(c - spec.wrap_from, axis) / glm::dot(axis, axis), 0.0f, 1.0f);
      q = spec.wrap_from + f * axis;
      glm::vec3 d = c - q;
      d -= tangent * glm::dot(d, tangent);
      radius = glm::length(d);
      e_r = radius > 1e-5f ? d / radius : b_axis;
      radius = std::max(radius, 1e-3f);
      e_t = glm::normalize(glm::cross(e_r, tangent));
      q = c - e_r * radius;
    }
    for (int s = 0; s < segs; ++s) {
      const float angle = 2.0f * pi * static_cast<float>(s) / static_cast<float>(segs);
      glm::vec3 offset = a_axis * (radii.x * std::cos(angle)) + b_axis * (radii.y * std::sin(angle));
      if (spec.wrap) {
        const float phi = radii.x * std::cos(angle) / radius;
        const float rr = radius + radii.y * std::sin(angle);
        offset = q + rr * (std::cos(phi) * e_r + std::sin(phi) * e_t) - c;
      }
      mesh.positions.push_back(c + offset);
      mesh.uvs.emplace_back(t, static_cast<float>(s) / static_cast<float>(segs));
      mesh.tangents.emplace_back(tangent, 1.0f);
      result.spline_param.push_back(u);
    }
  }
  auto ring_vertex = [&](int r, int s) {
    return static_cast<std::uint32_t>(r * segs + ((s % segs) + segs) % segs);
  };
  for (int r = 0; r < rings; ++r) {
    for (int s = 0; s < segs; ++s) {
      const auto a = ring_vertex(r, s), b = ring_vertex(r, s + 1);
      const auto c = ring_vertex(r + 1, s + 1), d = ring_vertex(r + 1, s);
      mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
    }
  }
  // End caps: a centre vertex at each end.
  for (int end = 0; end < 2; ++end) {
    const int r = end == 0 ? 0 : rings;
    glm::vec3 centre(0.0f);
    for (int s = 0; s < segs; ++s) {
      centre += mesh.positions[ring_vertex(r, s)];
    }
    centre /= static_cast<float>(segs);
    // A slightly domed cap (a third of the smaller semi-axis) rather than a flat disc.
    {
      const glm::vec2 rr = spec.radii(end == 0 ? 0.0f : 1.0f);
      const glm::vec3 along(mesh.tangents[ring_vertex(r, 0)]);
      centre += along * ((end == 0 ? -1.0f : 1.0f) * std::min(rr.x, rr.y) / 3.0f);
    }
    const auto centre_index = static_cast<std::uint32_t>(mesh.positions.size());
    mesh.positions.push_back(centre);
    mesh.uvs.emplace_back(end == 0 ? 0.0f : 1.0f, 0.0f);
    mesh.tangents.push_back(mesh.tangents[ring_vertex(r, 0)]);
    result.spline_param.push_back(end == 0 ? 0.0f : u_max);
    for (int s = 0; s < segs; ++s) {
      if (end == 0) {
        mesh.indices.insert(mesh.indices.end(), {centre_index, ring_vertex(r, s + 1), ring_vertex(r, s)});
      } else {
        mesh.indices.insert(mesh.indices.end(), {centre_index, ring_vertex(r, s), ring_vertex(r, s + 1)});
      }
    }
  }
  // Orientation check: a_axis x b_axis = tangent, ring order runs counter-clockwise about the tangent,
  // so quads (r,s),(r,s+1),(r+1,s+1) face outward.
  compute_normals(mesh);
  return result;
}

}  // namespace modelgen
