#pragma once
// Furniture that explains a pose: sitting needs something to sit on, so a plain stool stands under
// the sitting bones and a patient sees a seat rather than a body floating in the air. Pure geometry
// from the posed landmarks, tested without GL.
#include <vector>

#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "biomech/inputs.h"
#include "render/scene_renderer.h"

namespace app {

// The props for `activity` with the body posed as `posed`: a stool when sitting, else none.
std::vector<render::Prop> scene_props(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                                      biomech::Activity activity);

}  // namespace app
