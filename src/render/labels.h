#pragma once
// Where landmarks and structures appear on screen, for the UI's labels and callouts. Pure maths
// on the posed scene and the camera (no GL), so the UI can place text without a render pass.
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/anchors.h"
#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "anatomy/screen_anchor.h"

namespace render {

// One type for both render and the UI (anatomy/screen_anchor.h).
using anatomy::ScreenAnchor;

std::vector<ScreenAnchor> project_landmarks(const anatomy::Scene& scene, const anatomy::PosedScene& pose,
                                            const glm::mat4& view_projection, const glm::vec3& eye,
                                            glm::vec2 viewport_px);
std::vector<ScreenAnchor> project_structures(const anatomy::Scene& scene, const anatomy::PosedScene& pose,
                                             const std::vector<anatomy::StructureAnchor>& anchors,
                                             const glm::mat4& view_projection, const glm::vec3& eye,
                                             glm::vec2 viewport_px);

}  // namespace render
