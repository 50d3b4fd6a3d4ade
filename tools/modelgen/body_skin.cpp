#include "body_skin.h"

#include "sdf.h"
#include "sdf_mesher.h"
#include "weights.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace modelgen {

namespace {

using V = glm::vec3;

// Trunk cross-sections: height, half breadth, half depth, centre Z, superellipse exponent.
struct Section {
  float y, b, d, zc, n;
};
constexpr std::array<Section, 8> sections{{{0.860f, 0.150f, 0.100f, -0.040f, 3.0f},
                                           {0.886f, 0.165f, 0.1135f, -0.044f, 3.2f},
                                           {0.930f, 0.168f, 0.113f, -0.035f, 3.0f},
                                           {1.000f, 0.168f, 0.110f, -0.020f, 2.9f},
                                           {1.058f, 0.160f, 0.107f, -0.008f, 2.7f},
                                           {1.100f, 0.153f, 0.106f, -0.004f, 2.6f},
                                           {1.200f, 0.150f, 0.104f, 0.000f, 2.5f},
                                           {1.300f, 0.152f, 0.105f, 0.004f, 2.5f}}};

Section section_at(float y) {
  if (y <= sections.front().y) {
    return sections.front();
  }
  for (std::size_t i = 0; i + 1 < sections.size(); ++i) {
    if (y <= sections[i + 1].y) {
      const Section& a = sections[i];
      const Section& b = sections[i + 1];
      const float t = (y - a.y) / (b.y - a.y);
      return {y, a.b + (b.b - a.b) * t, a.d + (b.d - a.d) * t, a.zc + (b.zc - a.zc) * t,
              a.n + (b.n - a.n) * t};
    }
  }
  return sections.back();
}

constexpr float top_y = 1.300f;

float trunk(const V& p) {
  const Section s = section_at(std::clamp(p.y, sections.front().y, sections.back().y));
  const float x = std::abs(p.x) / s.b;
  const float z = std::abs(p.z - s.zc) / s.d;
  const float r = std::pow(std::pow(x, s.n) + std::pow(z, s.n), 1.0f / s.n);
  const float d2 = (r - 1.0f) * std::min(s.b, s.d);
  const float below = sections.front().y - p.y;
  return std::max(d2, below);
}

Sdf leg_right() {
  std::vector<Sdf> parts;
  parts.push_back(tube({{-0.090f, 0.905f, -0.016f},
                        {-0.095f, 0.820f, -0.004f},
                        {-0.091f, 0.680f, 0.004f},
                        {-0.088f, 0.565f, 0.002f},
                        {-0.086f, 0.500f, 0.004f},
                        {-0.085f, 0.430f, -0.008f},
                        {-0.084f, 0.360f, -0.018f},
                        {-0.083f, 0.240f, -0.012f},
                        {-0.082f, 0.120f, -0.006f},
                        {-0.085f, 0.075f, -0.006f}},
                       {0.098f, 0.093f, 0.080f, 0.064f, 0.057f, 0.055f, 0.059f, 0.047f, 0.035f, 0.036f},
                       0.03f));
  parts.push_back(ellipsoid({-0.125f, 0.515f, 0.004f}, {0.018f, 0.030f, 0.030f}));  // lateral knee
  parts.push_back(ellipsoid({-0.058f, 0.520f, 0.000f}, {0.022f, 0.035f, 0.034f}));  // medial knee
  parts.push_back(ellipsoid({-0.086f, 0.518f, 0.052f}, {0.028f, 0.030f, 0.016f}));  // over the patella
  // Foot: heel, arch, forefoot and toes.
  parts.push_back(round_cone({-0.090f, 0.042f, -0.040f}, {-0.090f, 0.036f, 0.090f}, 0.036f, 0.034f));
  parts.push_back(ellipsoid({-0.093f, 0.028f, 0.125f}, {0.050f, 0.024f, 0.062f}));
  parts.push_back(round_cone({-0.078f, 0.022f, 0.150f}, {-0.070f, 0.020f, 0.200f}, 0.018f, 0.016f));
  parts.push_back(round_cone({-0.105f, 0.020f, 0.140f}, {-0.112f, 0.016f, 0.180f}, 0.017f, 0.012f));
  return smooth_union(std::move(parts), 0.02f);
}

}  // namespace

void add_body_skin(Model& model) {
  const Sdf leg_r = leg_right();
  const Sdf leg_l = mirror_sdf(leg_r);
  const Sdf buttock_r = ellipsoid({-0.072f, 0.885f, -0.085f}, {0.078f, 0.085f, 0.072f});
  const Sdf buttock_l = mirror_sdf(buttock_r);
  const Sdf body = [=](const V& p) {
    float d = smooth_min(trunk(p), buttock_r(p), 0.04f);
    d = smooth_min(d, buttock_l(p), 0.04f);
    d = smooth_min(d, leg_r(p), 0.035f);
    d = smooth_min(d, leg_l(p), 0.035f);
    d = smooth_max(d, p.y - top_y, 0.012f);   // waist cut, rounded
    d = smooth_max(d, 0.003f - p.y, 0.006f);  // sole on the floor
    return d;
  };
  MeshingOptions options;
  options.box_min = {-0.21f, 0.0f, -0.18f};
  options.box_max = {0.21f, top_y + 0.01f, 0.23f};
  options.voxel = 0.0055f;
  options.target_triangles = 10000;
  Mesh mesh = mesh_sdf(body, options);
  mesh.skin.resize(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    mesh.skin[i] = body_skin_weights(mesh.positions[i]);
  }
  Structure s;
  s.id = "skin";
  s.name = "skin (waist to feet)";
  s.category = "skin";
  s.group = "skin";
  s.side = Side::mid;
  s.material = Material::skin;
  s.mesh = std::move(mesh);
  model.structures.push_back(std::move(s));
}

}  // namespace modelgen
