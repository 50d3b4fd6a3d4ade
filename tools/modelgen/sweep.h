#pragma once
// Swept tubes: an elliptical cross-section carried along a Catmull-Rom spline (muscle bellies,
// tendons). The result keeps, per vertex, the spline parameter it was generated at so that skin
// weights can be blended along the length.
#include "mesh.h"

#include <functional>

namespace modelgen {

struct SweepSpec {
  std::vector<glm::vec3> points;  // control points, origin first
  // Semi-axes (a along `flatten_axis`, b across) as a function of the arc-length fraction 0..1.
  std::function<glm::vec2(float)> radii;
  glm::vec3 flatten_axis{1.0f, 0.0f, 0.0f};  // direction of the `a` semi-axis (projected)
  int rings = 40;
  int segments = 16;
  // Optional wrap: the cross-section is bent around the segment wrap_from -> wrap_to (a bone's
  // axis), so the `a` semi-axis runs around that axis as an arc and `b` is the radial thickness;
  // a broad muscle then lies on the bone like a curved shell instead of a tube.
  bool wrap = false;
  glm::vec3 wrap_from{0.0f}, wrap_to{0.0f};
};

struct SweepResult {
  Mesh mesh;
  std::vector<float> spline_param;  // per vertex, in [0, points.size() - 1]
};

SweepResult sweep(const SweepSpec& spec);

// Catmull-Rom evaluation at parameter u in [0, n - 1].
glm::vec3 catmull_rom(const std::vector<glm::vec3>& points, float u);

// A belly profile: tendon-thin at the ends, full between `start` and `end` (fractions of length).
float belly_profile(float t, float start, float end);

}  // namespace modelgen
