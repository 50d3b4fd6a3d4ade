#pragma once
// Geometry for registering a source bone to the model's body: finding landmarks on a surface
// (sphere and plane fits, extreme points) and the per-segment affine maps built from them.
#include <glm/glm.hpp>

#include <functional>
#include <vector>

namespace modelgen {

// p -> linear * p + offset.
struct Affine {
  glm::mat3 linear{1.0f};
  glm::vec3 offset{0.0f};
  glm::vec3 apply(glm::vec3 p) const { return linear * p + offset; }
  Affine then(const Affine& next) const { return {next.linear * linear, next.linear * offset + next.offset}; }
};

// A segment's frame: an origin, its long axis, and a hint for the side-to-side direction (made
// orthogonal to the axis).
struct SegmentFrame {
  glm::vec3 origin{};
  glm::vec3 axis{0.0f, 1.0f, 0.0f};
  glm::vec3 lateral{1.0f, 0.0f, 0.0f};
};

// Maps `from` onto `to`: origins meet, axes align, and lengths scale by `axial` along the axis and by
// `transverse` across it (a similarity when they are equal).
Affine fit_segment(const SegmentFrame& from, const SegmentFrame& to, float axial, float transverse);

// Rotation by `radians` about the X axis through `pivot`.
Affine rotation_about_x(glm::vec3 pivot, float radians);
Affine scaling_about(glm::vec3 pivot, glm::vec3 scale);

// Least-squares sphere through points: centre and radius.
struct Sphere {
  glm::vec3 centre{};
  float radius = 0.0f;
};
Sphere fit_sphere(const std::vector<glm::vec3>& points);

// Best-fit plane: centroid and unit normal (the direction of least spread), oriented towards `towards`.
struct Plane {
  glm::vec3 centre{};
  glm::vec3 normal{};
};
Plane fit_plane(const std::vector<glm::vec3>& points, glm::vec3 towards);

std::vector<glm::vec3> where(const std::vector<glm::vec3>& points,
                             const std::function<bool(glm::vec3)>& keep);
glm::vec3 centroid(const std::vector<glm::vec3>& points);
// The point with the largest dot product with `direction`.
glm::vec3 extreme(const std::vector<glm::vec3>& points, glm::vec3 direction);

}  // namespace modelgen

namespace modelgen {

struct Mesh;

// Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5).
glm::vec3 closest_on_triangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c);

// Signed distance from p to a closed, outward-wound surface: negative inside (by the closest
// triangle's face normal). Only triangles whose bounds come within `reach` of p are considered;
// farther points return +reach.
float signed_distance(const Mesh& surface, glm::vec3 p, float reach);

// The smallest signed distance from any vertex of `a` to the surface `b` (negative: they overlap).
float smallest_distance(const Mesh& a, const Mesh& b, float reach);

}  // namespace modelgen
