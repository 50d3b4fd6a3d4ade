#pragma once
// Everything the teaching view draws over one scene, projected with that scene's camera: the
// lesson's landmarks on screen, the story region callouts keep clear of, the angle lines and the
// muscles' pulls. The before/after view projects one per side.
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "anatomy/screen_anchor.h"
#include "biomech/model.h"
#include "render/camera.h"
#include "ui/angle_overlay.h"
#include "ui/geometry.h"
#include "ui/muscle_pull.h"

namespace app {

struct ProjectedStory {
  std::vector<anatomy::ScreenAnchor> landmarks;
  std::optional<ui::Rect> region;
  std::vector<ui::AngleOverlay> angles;  // only while the camera looks from the side
  std::vector<ui::MusclePull> pulls;     // likewise
};

// `posed` shows `outputs`; `reference_posed` (empty: none) and `reference` give the faint lines.
ProjectedStory project_story(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                             const biomech::Outputs& outputs, const anatomy::PosedScene& reference_posed,
                             const biomech::Outputs& reference, const render::OrbitCamera& camera,
                             glm::vec2 window_px);

}  // namespace app
