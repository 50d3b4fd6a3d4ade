#pragma once
// What every pass takes from the camera: the matrix, the eye and the studio lights that follow it.
#include <glm/glm.hpp>

namespace render {

struct DrawContext {
  glm::mat4 view_projection{1.0f};
  glm::vec3 eye{0.0f};
  glm::vec3 key_dir{0.0f, 1.0f, 0.0f}, fill_dir{0.0f, 1.0f, 0.0f}, rim_dir{0.0f, 0.0f, -1.0f};
  glm::vec2 viewport_px{1.0f};
};

}  // namespace render
