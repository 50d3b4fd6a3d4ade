#include "bone_fit.h"

#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace modelgen {

namespace {

glm::mat3 frame_basis(const SegmentFrame& f) {
  const glm::vec3 y = glm::normalize(f.axis);
  const glm::vec3 x = glm::normalize(f.lateral - glm::dot(f.lateral, y) * y);
  return glm::mat3(x, y, glm::cross(x, y));
}

// Eigenvectors of a symmetric 3x3 matrix by Jacobi rotations; columns of `vectors`, ascending values.
void symmetric_eigen(glm::dmat3 a, glm::dvec3& values, glm::dmat3& vectors) {
  vectors = glm::dmat3(1.0);
  for (int sweep = 0; sweep < 50; ++sweep) {
    const double off = a[1][0] * a[1][0] + a[2][0] * a[2][0] + a[2][1] * a[2][1];
    if (off < 1e-30) break;
    for (int p = 0; p < 2; ++p) {
      for (int q = p + 1; q < 3; ++q) {
        if (std::abs(a[q][p]) < 1e-300) continue;
        const double theta = (a[q][q] - a[p][p]) / (2.0 * a[q][p]);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
        const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
        glm::dmat3 r(1.0);
        r[p][p] = c;
        r[q][q] = c;
        r[q][p] = s;   // column q, row p
        r[p][q] = -s;  // column p, row q
        a = glm::transpose(r) * a * r;
        vectors = vectors * r;
      }
    }
  }
  values = {a[0][0], a[1][1], a[2][2]};
  for (int i = 0; i < 2; ++i) {
    for (int j = 0; j < 2 - i; ++j) {
      if (values[j] > values[j + 1]) {
        std::swap(values[j], values[j + 1]);
        std::swap(vectors[j], vectors[j + 1]);
      }
    }
  }
}

}  // namespace

Affine fit_segment(const SegmentFrame& from, const SegmentFrame& to, float axial, float transverse) {
  const glm::mat3 a = frame_basis(from), b = frame_basis(to);
  const glm::mat3 scale(glm::vec3(transverse, 0, 0), glm::vec3(0, axial, 0), glm::vec3(0, 0, transverse));
  Affine out;
  out.linear = b * scale * glm::transpose(a);
  out.offset = to.origin - out.linear * from.origin;
  return out;
}

Affine rotation_about_x(glm::vec3 pivot, float radians) {
  const float c = std::cos(radians), s = std::sin(radians);
  Affine out;
  out.linear = glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, c, s), glm::vec3(0, -s, c));
  out.offset = pivot - out.linear * pivot;
  return out;
}

Affine scaling_about(glm::vec3 pivot, glm::vec3 scale) {
  Affine out;
  out.linear = glm::mat3(glm::vec3(scale.x, 0, 0), glm::vec3(0, scale.y, 0), glm::vec3(0, 0, scale.z));
  out.offset = pivot - out.linear * pivot;
  return out;
}

Sphere fit_sphere(const std::vector<glm::vec3>& points) {
  // |p|^2 = 2 c.p + (r^2 - |c|^2): linear least squares in (c, k), about the centroid for conditioning.
  const glm::dvec3 mid = centroid(points);
  std::array<std::array<double, 5>, 4> m{};  // normal equations, augmented
  for (const glm::vec3& pf : points) {
    const glm::dvec3 p = glm::dvec3(pf) - mid;
    const std::array<double, 4> row{2 * p.x, 2 * p.y, 2 * p.z, 1.0};
    const double rhs = glm::dot(p, p);
    for (int i = 0; i < 4; ++i) {
      for (int j = 0; j < 4; ++j) m[i][j] += row[i] * row[j];
      m[i][4] += row[i] * rhs;
    }
  }
  for (int c = 0; c < 4; ++c) {
    int best = c;
    for (int r = c + 1; r < 4; ++r) {
      if (std::abs(m[r][c]) > std::abs(m[best][c])) best = r;
    }
    std::swap(m[c], m[best]);
    if (std::abs(m[c][c]) < 1e-30) throw std::runtime_error("sphere fit: points are degenerate");
    for (int r = 0; r < 4; ++r) {
      if (r == c) continue;
      const double f = m[r][c] / m[c][c];
      for (int k = c; k < 5; ++k) m[r][k] -= f * m[c][k];
    }
  }
  const glm::dvec3 c{m[0][4] / m[0][0], m[1][4] / m[1][1], m[2][4] / m[2][2]};
  const double k = m[3][4] / m[3][3];
  return {glm::vec3(c + mid), static_cast<float>(std::sqrt(k + glm::dot(c, c)))};
}

Plane fit_plane(const std::vector<glm::vec3>& points, glm::vec3 towards) {
  const glm::dvec3 c = centroid(points);
  glm::dmat3 cov(0.0);
  for (const glm::vec3& pf : points) {
    const glm::dvec3 d = glm::dvec3(pf) - c;
    cov += glm::outerProduct(d, d);
  }
  glm::dvec3 values;
  glm::dmat3 vectors;
  symmetric_eigen(cov, values, vectors);
  glm::vec3 n = glm::normalize(glm::vec3(vectors[0]));
  if (glm::dot(n, towards) < 0.0f) n = -n;
  return {glm::vec3(c), n};
}

std::vector<glm::vec3> where(const std::vector<glm::vec3>& points,
                             const std::function<bool(glm::vec3)>& keep) {
  std::vector<glm::vec3> out;
  for (const glm::vec3& p : points) {
    if (keep(p)) out.push_back(p);
  }
  return out;
}

glm::vec3 centroid(const std::vector<glm::vec3>& points) {
  if (points.empty()) throw std::runtime_error("centroid of no points: a landmark search found nothing");
  glm::dvec3 sum(0.0);
  for (const glm::vec3& p : points) sum += glm::dvec3(p);
  return glm::vec3(sum / static_cast<double>(points.size()));
}

glm::vec3 extreme(const std::vector<glm::vec3>& points, glm::vec3 direction) {
  if (points.empty()) throw std::runtime_error("extreme of no points: a landmark search found nothing");
  glm::vec3 best = points.front();
  float best_d = -std::numeric_limits<float>::max();
  for (const glm::vec3& p : points) {
    const float d = glm::dot(p, direction);
    if (d > best_d) {
      best_d = d;
      best = p;
    }
  }
  return best;
}

}  // namespace modelgen

#include "mesh.h"

#include <algorithm>

namespace modelgen {

glm::vec3 closest_on_triangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return a + ab * (d1 / (d1 - d3));
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return a + ac * (d2 / (d2 - d6));
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const float denom = 1.0f / (va + vb + vc);
  return a + ab * (vb * denom) + ac * (vc * denom);
}

float signed_distance(const Mesh& surface, glm::vec3 p, float reach) {
  float best = reach;
  float sign = 1.0f;
  for (std::size_t i = 0; i + 2 < surface.indices.size(); i += 3) {
    const glm::vec3 a = surface.positions[surface.indices[i]], b = surface.positions[surface.indices[i + 1]],
                    c = surface.positions[surface.indices[i + 2]];
    const glm::vec3 lo = glm::min(a, glm::min(b, c)) - glm::vec3(best),
                    hi = glm::max(a, glm::max(b, c)) + glm::vec3(best);
    if (glm::any(glm::lessThan(p, lo)) || glm::any(glm::greaterThan(p, hi))) continue;
    const glm::vec3 q = closest_on_triangle(p, a, b, c);
    const float d = glm::length(p - q);
    if (d < best) {
      best = d;
      sign = glm::dot(p - q, glm::cross(b - a, c - a)) >= 0.0f ? 1.0f : -1.0f;
    }
  }
  return sign * best;
}

float smallest_distance(const Mesh& a, const Mesh& b, float reach) {
  const glm::vec3 lo = bounds_min(b) - glm::vec3(reach), hi = bounds_max(b) + glm::vec3(reach);
  float best = reach;
  for (const glm::vec3& p : a.positions) {
    if (glm::any(glm::lessThan(p, lo)) || glm::any(glm::greaterThan(p, hi))) continue;
    best = std::min(best, signed_distance(b, p, reach));
  }
  return best;
}

}  // namespace modelgen
