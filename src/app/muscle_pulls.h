#pragma once
// Where the muscle groups' pulls on the pelvis are drawn this frame (ui/muscle_pull.h): for each
// group, an arrow from the landmark where it attaches to the pelvis or the spine towards its other
// attachment, with the model's force and the sign of its moment on the pelvis.
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "biomech/model.h"
#include "ui/muscle_pull.h"

namespace app {

std::vector<ui::MusclePull> muscle_pulls(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                                         const biomech::Outputs& outputs, const glm::mat4& view_projection,
                                         glm::vec2 window_px);

}  // namespace app
