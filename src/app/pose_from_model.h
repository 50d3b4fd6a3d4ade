#pragma once
// The bridge from the biomechanics model to what the renderer shows: the posture as joint angles
// (anatomy::PoseParameters) and the per-structure colours that carry meaning (render::StructureStyle).
// render never sees biomech; this file is the only place that knows both.
#include <vector>

#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "biomech/model.h"
#include "render/anatomy_frame.h"

namespace app {

// Disc pressure at the top of the colour legend (Wilke 1999: about 2.3 MPa lifting 20 kg flexed).
inline constexpr double kDiscPressureLegendMax_mpa = 2.5;

// The sitting activities (the pose lets the shanks hang; the scene puts a stool under the pelvis).
bool is_sitting(biomech::Activity activity);

// `rest_reference` is the solution of the balanced standing state (biomech::balanced_inputs()),
// which the anatomical model's rest pose shows; angles are differences from it.
anatomy::PoseParameters pose_from_model(const biomech::Inputs& inputs, const biomech::Outputs& outputs,
                                        const biomech::Outputs& rest_reference, const anatomy::Rig& rig);

// Muscle strength and tension, disc pressure front and back, facet load, per structure; disc
// pressure shifts are measured from `rest_reference` too.
std::vector<render::StructureStyle> styles_from_model(const anatomy::Scene& scene,
                                                      const biomech::Inputs& inputs,
                                                      const biomech::Outputs& outputs,
                                                      const biomech::Outputs& rest_reference);

}  // namespace app
