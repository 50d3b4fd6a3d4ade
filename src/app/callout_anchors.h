#pragma once
// Where the structures and landmarks the callouts point at lie on screen this frame: projected from the posed
// scene with the camera, so the UI can place text without a render pass.
#include <vector>

#include "anatomy/anchors.h"
#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "anatomy/screen_anchor.h"
#include "render/camera.h"

namespace app {

// One per id of ui::callout_anchor_ids() that the scene has, in that order.
std::vector<anatomy::ScreenAnchor> callout_anchors(const anatomy::Scene& scene,
                                                   const anatomy::PosedScene& posed,
                                                   const std::vector<anatomy::StructureAnchor>& anchors,
                                                   const render::OrbitCamera& camera, int width_px,
                                                   int height_px);

}  // namespace app
