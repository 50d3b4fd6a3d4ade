#pragma once
// Where landmarks and structures appear on screen, for the UI's labels and callouts. Pure maths
// on the posed scene and the camera (no GL), so the UI can place text without a render pass.
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/anchors.h"
#include "anatomy/pose.h"
#include "anatomy/scene.h"

namespace render {

struct ScreenAnchor {
  std::string id;  // landmark id ("asis.l") or structure id ("disc.L5-S1")
  glm::vec3 world{0.0f};
  glm::vec2 pixel{0.0f};   // origin top left
  float depth_m = 0.0f;    // distance from the eye, for sorting and fading labels
  bool on_screen = false;  // in front of the camera and inside the viewport
};

std::vector<ScreenAnchor> project_landmarks(const anatomy::Scene& scene, const anatomy::PosedScene& pose,
                                            const glm::mat4& view_projection, const glm::vec3& eye,
                                            glm::vec2 viewport_px);
std::vector<ScreenAnchor> project_structures(const anatomy::Scene& scene, const anatomy::PosedScene& pose,
                                             const std::vector<anatomy::StructureAnchor>& anchors,
                                             const glm::mat4& view_projection, const glm::vec3& eye,
                                             glm::vec2 viewport_px);

}  // namespace render
