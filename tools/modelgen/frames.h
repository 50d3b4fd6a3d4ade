#pragma once
// Converting gait2392 (OpenSim, right side) points into the glTF frame of docs/DESIGN.md, and sides.
// docs/reference/anatomy.md section 7: (X, Y, Z) = s * (-z, y + 0.9587, x + 0.0752) with s = 1.031, for
// ground points with all coordinates at zero; body frames are offset by their joint positions.
#include <glm/glm.hpp>

#include <string>

namespace modelgen {

enum class Side { left, right, mid };

inline std::string side_name(Side side) {
  return side == Side::left ? "left" : side == Side::right ? "right" : "midline";
}
inline std::string side_suffix(Side side) {
  return side == Side::left ? ".l" : side == Side::right ? ".r" : "";
}

// Right-side glTF point -> the requested side (left mirrors X).
inline glm::vec3 on_side(glm::vec3 right_point, Side side) {
  return side == Side::left ? glm::vec3(-right_point.x, right_point.y, right_point.z) : right_point;
}

constexpr float opensim_scale = 1.031f;

inline glm::vec3 from_pelvis(float x, float y, float z) {
  return opensim_scale * glm::vec3(-z, y + 0.9587f, x + 0.0752f);
}
inline glm::vec3 from_femur(float x, float y, float z) {
  return from_pelvis(x - 0.0707f, y - 0.0661f, z + 0.0835f);
}
inline glm::vec3 from_tibia(float x, float y, float z) { return from_femur(x - 0.0045f, y - 0.3958f, z); }

}  // namespace modelgen
