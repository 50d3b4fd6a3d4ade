#include "sdf.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace modelgen {

float smooth_min(float a, float b, float k) {
  if (k <= 0.0f) {
    return std::min(a, b);
  }
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}

float smooth_max(float a, float b, float k) { return -smooth_min(-a, -b, k); }

Sdf sphere(glm::vec3 centre, float radius) {
  return [=](const glm::vec3& p) { return glm::length(p - centre) - radius; };
}

Sdf ellipsoid(glm::vec3 centre, glm::vec3 radii, glm::mat3 axes) {
  const glm::mat3 to_local = glm::transpose(axes);
  return [=](const glm::vec3& p) {
    const glm::vec3 q = to_local * (p - centre);
    const float k0 = glm::length(q / radii);
    const float k1 = glm::length(q / (radii * radii));
    if (k1 < 1e-9f) {
      return -std::min(radii.x, std::min(radii.y, radii.z));
    }
    return k0 * (k0 - 1.0f) / k1;
  };
}

Sdf round_cone(glm::vec3 a, glm::vec3 b, float ra, float rb) {
  return [=](const glm::vec3& p) {
    const glm::vec3 ab = b - a;
    const float len2 = glm::dot(ab, ab);
    float t = len2 > 0.0f ? glm::dot(p - a, ab) / len2 : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    return glm::length(p - (a + ab * t)) - (ra + (rb - ra) * t);
  };
}

Sdf tube(const std::vector<glm::vec3>& points, const std::vector<float>& radii, float k) {
  std::vector<Sdf> parts;
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    parts.push_back(round_cone(points[i], points[i + 1], radii[i], radii[i + 1]));
  }
  return smooth_union(std::move(parts), k);
}

namespace {
float dot2(glm::vec3 v) { return glm::dot(v, v); }
}  // namespace

Sdf plate(glm::vec3 a, glm::vec3 b, glm::vec3 c, float half_thickness) {
  return [=](const glm::vec3& p) {
    // Inigo Quilez's unsigned triangle distance.
    const glm::vec3 ba = b - a, pa = p - a;
    const glm::vec3 cb = c - b, pb = p - b;
    const glm::vec3 ac = a - c, pc = p - c;
    const glm::vec3 nor = glm::cross(ba, ac);
    const float sign_sum = (glm::dot(glm::cross(ba, nor), pa) < 0.0f ? -1.0f : 1.0f) +
                           (glm::dot(glm::cross(cb, nor), pb) < 0.0f ? -1.0f : 1.0f) +
                           (glm::dot(glm::cross(ac, nor), pc) < 0.0f ? -1.0f : 1.0f);
    float d2 = 0.0f;
    if (sign_sum < 2.0f) {
      d2 = std::min({dot2(ba * std::clamp(glm::dot(ba, pa) / dot2(ba), 0.0f, 1.0f) - pa),
                     dot2(cb * std::clamp(glm::dot(cb, pb) / dot2(cb), 0.0f, 1.0f) - pb),
                     dot2(ac * std::clamp(glm::dot(ac, pc) / dot2(ac), 0.0f, 1.0f) - pc)});
    } else {
      d2 = glm::dot(nor, pa) * glm::dot(nor, pa) / dot2(nor);
    }
    return std::sqrt(d2) - half_thickness;
  };
}

Sdf rounded_box(glm::vec3 centre, glm::vec3 half_size, float rounding, glm::mat3 axes) {
  const glm::mat3 to_local = glm::transpose(axes);
  return [=](const glm::vec3& p) {
    const glm::vec3 q = glm::abs(to_local * (p - centre)) - half_size + glm::vec3(rounding);
    return glm::length(glm::max(q, glm::vec3(0.0f))) + std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f) -
           rounding;
  };
}

Sdf smooth_union(std::vector<Sdf> parts, float k) {
  auto shared = std::make_shared<std::vector<Sdf>>(std::move(parts));
  return [shared, k](const glm::vec3& p) {
    float d = 1e9f;
    for (const auto& part : *shared) {
      d = smooth_min(d, part(p), k);
    }
    return d;
  };
}

Sdf smooth_subtract(Sdf base, Sdf cut, float k) {
  return [base = std::move(base), cut = std::move(cut), k](const glm::vec3& p) {
    return smooth_max(base(p), -cut(p), k);
  };
}

Sdf hard_union(std::vector<Sdf> parts) { return smooth_union(std::move(parts), 0.0f); }

glm::mat3 frame_from_up(glm::vec3 up, glm::vec3 forward) {
  const glm::vec3 y = glm::normalize(up);
  glm::vec3 z = forward - y * glm::dot(forward, y);
  if (glm::length(z) < 1e-6f) {
    z = glm::vec3(1.0f, 0.0f, 0.0f) - y * y.x;
  }
  z = glm::normalize(z);
  const glm::vec3 x = glm::cross(y, z);
  return glm::mat3(x, y, z);
}

glm::vec3 sdf_gradient(const Sdf& sdf, glm::vec3 p, float eps) {
  const glm::vec3 g(sdf(p + glm::vec3(eps, 0, 0)) - sdf(p - glm::vec3(eps, 0, 0)),
                    sdf(p + glm::vec3(0, eps, 0)) - sdf(p - glm::vec3(0, eps, 0)),
                    sdf(p + glm::vec3(0, 0, eps)) - sdf(p - glm::vec3(0, 0, eps)));
  const float len = glm::length(g);
  return len > 1e-12f ? g / len : glm::vec3(0.0f, 1.0f, 0.0f);
}

Sdf mirror_sdf(Sdf right) {
  return [right = std::move(right)](const glm::vec3& p) { return right(glm::vec3(-p.x, p.y, p.z)); };
}

}  // namespace modelgen
