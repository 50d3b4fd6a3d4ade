#pragma once
// Which structure is under the pointer: the renderer draws an id pass for that one pixel. Called
// from the window's cursor and click callbacks, so this GL work runs inside glfwPollEvents (see
// window_input.cpp), between frames, with the last frame's view.
#include <string>

#include <glm/glm.hpp>

#include "anatomy/scene.h"
#include "render/scene_renderer.h"
#include "ui/geometry.h"

namespace app {

// The id of the structure under `pixel` (window pixels, origin top left) as `view` drew it; "" when
// there is none, no model, or the pixel lies outside the 3D viewport (over a panel).
std::string structure_at(const render::SceneRenderer& renderer, const render::SceneView& view,
                         const anatomy::Scene* scene, const ui::Rect& viewport, glm::vec2 pixel);

}  // namespace app
