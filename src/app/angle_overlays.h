#pragma once
// What the teaching view draws on the anatomy, projected this frame: the angle lines of the lesson
// (ui/angle_overlay.h), the screen positions of the pelvic and spinal landmarks (for the UI report),
// and the story region (the pelvis, the lumbar spine and the discs) that callouts keep clear of.
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "anatomy/screen_anchor.h"
#include "biomech/model.h"
#include "ui/angle_overlay.h"
#include "ui/geometry.h"

namespace app {

// The pelvic and spinal landmarks the lesson is about, in the UI report's form ("landmark.asis.l").
const std::vector<const char*>& story_landmark_ids();

// Where `story_landmark_ids()` lie on screen in `posed`; those the scene lacks are left out.
std::vector<anatomy::ScreenAnchor> project_story_landmarks(const anatomy::Scene& scene,
                                                           const anatomy::PosedScene& posed,
                                                           const glm::mat4& view_projection,
                                                           glm::vec2 window_px);

// The box around the landmarks on screen, widened by `margin_px`; nullopt when none is on screen.
std::optional<ui::Rect> story_region(const std::vector<anatomy::ScreenAnchor>& landmarks, float margin_px);

// The three angles of `current` (posed as `posed`) beside `reference` (posed as `reference_posed`;
// its lines are left out when that pose is empty). Empty when the scene lacks the landmarks.
std::vector<ui::AngleOverlay> angle_overlays(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                                             const biomech::Outputs& current,
                                             const anatomy::PosedScene& reference_posed,
                                             const biomech::Outputs& reference,
                                             const glm::mat4& view_projection, glm::vec2 window_px);

}  // namespace app
