#include "discs.h"

#include "sdf.h"
#include "skeleton.h"
#include "weights.h"

#include <cmath>

namespace modelgen {

namespace {

using V = glm::vec3;
constexpr float pi = 3.14159265358979f;

struct Plane {
  V centre;
  V normal;
};

// The point of the plane reached from `p` along `dir`.
V onto_plane(V p, V dir, const Plane& plane) {
  const float denom = glm::dot(dir, plane.normal);
  const float t = glm::dot(plane.centre - p, plane.normal) / denom;
  return p + dir * t;
}

}  // namespace

void add_discs(Model& model) {
  const auto& vs = vertebrae();
  for (const Disc& disc : discs()) {
    const Vertebra& upper = vs[static_cast<std::size_t>(disc.upper_vertebra)];
    const Plane top{upper.centre - upper.axis * (0.5f * upper.height), upper.axis};
    Plane bottom{};
    float width = upper.width, depth = upper.depth;
    if (disc.upper_vertebra + 1 < static_cast<int>(vs.size())) {
      const Vertebra& lower = vs[static_cast<std::size_t>(disc.upper_vertebra + 1)];
      bottom = {lower.centre + lower.axis * (0.5f * lower.height), lower.axis};
      width = 0.5f * (upper.width + lower.width);
      depth = 0.5f * (upper.depth + lower.depth);
    } else {
      bottom = {s1_centre(), s1_normal()};
    }
    const V axis = glm::normalize(top.normal + bottom.normal);
    const glm::mat3 frame = frame_from_up(axis);
    const V mid = 0.5f * (top.centre + bottom.centre);
    const float rx = 0.5f * width + 0.0008f;
    const float rz = 0.5f * depth + 0.0008f;
    constexpr int segs = 28;
    constexpr int wall_rings = 4;
    constexpr int cap_rings = 2;

    Mesh wall;
    std::vector<float> wall_f;
    for (int r = 0; r <= wall_rings; ++r) {
      const float f = static_cast<float>(r) / static_cast<float>(wall_rings);
      for (int s = 0; s < segs; ++s) {
        const float a = 2.0f * pi * static_cast<float>(s) / static_cast<float>(segs);
        const float lz = std::sin(a) >= 0.0f ? rz * std::sin(a) : rz * std::sin(a) / 1.12f;
        const V radial = frame * V(rx * std::cos(a), 0.0f, lz);
        const V lo = onto_plane(mid + radial, axis, bottom);
        const V hi = onto_plane(mid + radial, axis, top);
        const float bulge = 1.0f + 0.045f * std::sin(pi * f);
        const V on_axis_lo = onto_plane(mid, axis, bottom);
        const V on_axis_hi = onto_plane(mid, axis, top);
        const V centre = glm::mix(on_axis_lo, on_axis_hi, f);
        const V p = centre + (glm::mix(lo, hi, f) - centre) * bulge;
        wall.positions.push_back(p);
        wall.uvs.emplace_back(0.5f - lz / (2.0f * rz), 0.5f + std::cos(a) * 0.5f);
        wall_f.push_back(f);
      }
    }
    for (int r = 0; r < wall_rings; ++r) {
      for (int s = 0; s < segs; ++s) {
        const auto a = static_cast<std::uint32_t>(r * segs + s);
        const auto b = static_cast<std::uint32_t>(r * segs + (s + 1) % segs);
        const auto c = b + segs;
        const auto d = a + segs;
        // Ring runs from +X towards +Z (counter-clockwise seen from above is X -> -Z): pick
        // the winding that faces outwards.
        wall.indices.insert(wall.indices.end(), {a, c, b, a, d, c});
      }
    }
    compute_normals(wall);
    // Flip if the first normal points inwards.
    if (glm::dot(wall.normals[0], wall.positions[0] - mid) < 0.0f) {
      for (std::size_t i = 0; i + 2 < wall.indices.size(); i += 3) {
        std::swap(wall.indices[i + 1], wall.indices[i + 2]);
      }
      compute_normals(wall);
    }
    for (const float f : wall_f) {
      wall.skin.push_back(make_influence({{disc.lower_joint, 1.0f - f}, {disc.upper_joint, f}}));
    }
    Mesh mesh = wall;
    for (int cap = 0; cap < 2; ++cap) {
      const Plane& plane = cap == 0 ? bottom : top;
      Mesh m;
      for (int r = 0; r <= cap_rings; ++r) {
        const float scale = static_cast<float>(cap_rings - r) / static_cast<float>(cap_rings);
        const int count = r == cap_rings ? 1 : segs;
        for (int s = 0; s < count; ++s) {
          const float a = 2.0f * pi * static_cast<float>(s) / static_cast<float>(segs);
          const float lz = std::sin(a) >= 0.0f ? rz * std::sin(a) : rz * std::sin(a) / 1.12f;
          const V radial = frame * V(rx * std::cos(a), 0.0f, lz) * scale;
          m.positions.push_back(onto_plane(mid + radial, axis, plane));
          m.uvs.emplace_back(0.5f - lz * scale / (2.0f * rz), 0.5f + std::cos(a) * scale * 0.5f);
        }
      }
      for (int r = 0; r < cap_rings; ++r) {
        for (int s = 0; s < segs; ++s) {
          const auto a = static_cast<std::uint32_t>(r * segs + s);
          const auto b = static_cast<std::uint32_t>(r * segs + (s + 1) % segs);
          if (r + 1 == cap_rings) {
            const auto c = static_cast<std::uint32_t>(cap_rings * segs);
            m.indices.insert(m.indices.end(), {a, b, c});
          } else {
            m.indices.insert(m.indices.end(), {a, b, b + segs, a, b + segs, a + segs});
          }
        }
      }
      compute_normals(m);
      const V outward = cap == 0 ? -axis : axis;
      if (glm::dot(m.normals.back(), outward) < 0.0f) {
        for (std::size_t i = 0; i + 2 < m.indices.size(); i += 3) {
          std::swap(m.indices[i + 1], m.indices[i + 2]);
        }
        compute_normals(m);
      }
      m.skin.assign(m.positions.size(), rigid(cap == 0 ? disc.lower_joint : disc.upper_joint));
      mesh.append(m);
    }
    Structure s;
    s.id = "disc." + disc.name;
    s.name = disc.name + " intervertebral disc";
    s.category = "disc";
    s.group = "lumbar_spine";
    s.side = Side::mid;
    s.material = Material::disc;
    s.mesh = std::move(mesh);
    model.landmarks.push_back({"disc_centre." + disc.name, s.id, Side::mid, disc.upper_joint, disc.centre});
    model.structures.push_back(std::move(s));
  }
}

}  // namespace modelgen
