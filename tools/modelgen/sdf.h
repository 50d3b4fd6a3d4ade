#pragma once
// Signed-distance primitives and smooth blends for organic bone shapes (negative inside).
#include <glm/glm.hpp>

#include <functional>
#include <vector>

namespace modelgen {

using Sdf = std::function<float(const glm::vec3&)>;

float smooth_min(float a, float b, float k);
float smooth_max(float a, float b, float k);

Sdf sphere(glm::vec3 centre, float radius);
// Ellipsoid with semi-axes along the columns of `axes` (orthonormal) in the world frame.
Sdf ellipsoid(glm::vec3 centre, glm::vec3 radii, glm::mat3 axes = glm::mat3(1.0f));
// Capsule whose radius varies linearly from ra at a to rb at b.
Sdf round_cone(glm::vec3 a, glm::vec3 b, float ra, float rb);
// Capsule chain through points with one radius per point.
Sdf tube(const std::vector<glm::vec3>& points, const std::vector<float>& radii, float k);
// A thick triangle (plate of half-thickness `half_thickness`).
Sdf plate(glm::vec3 a, glm::vec3 b, glm::vec3 c, float half_thickness);
// Rounded box in a local frame (columns of `axes`).
Sdf rounded_box(glm::vec3 centre, glm::vec3 half_size, float rounding, glm::mat3 axes = glm::mat3(1.0f));

Sdf smooth_union(std::vector<Sdf> parts, float k);
// The mirror image across the sagittal plane (X -> -X): a right-side field for the left.
Sdf mirror_sdf(Sdf right);
Sdf smooth_subtract(Sdf base, Sdf cut, float k);
Sdf hard_union(std::vector<Sdf> parts);

// An orthonormal frame whose Y column is `up` and whose Z column is as close to `forward` as possible.
glm::mat3 frame_from_up(glm::vec3 up, glm::vec3 forward = glm::vec3(0.0f, 0.0f, 1.0f));

glm::vec3 sdf_gradient(const Sdf& sdf, glm::vec3 p, float eps);

}  // namespace modelgen
