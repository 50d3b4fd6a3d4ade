#pragma once
// The bridge from the biomechanics model to what the renderer shows: the posture as joint angles
// (anatomy::PoseParameters) and the per-structure colours that carry meaning (render::StructureStyle).
// render never sees biomech; this file is the only place that knows both.
#include <optional>
#include <string_view>
#include <vector>

#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "biomech/model.h"
#include "render/anatomy_frame.h"

namespace app {

// Disc pressure at the top of the colour legend (Wilke 1999: about 2.3 MPa lifting 20 kg flexed).
inline constexpr double kDiscPressureLegendMax_mpa = 2.5;
// The change of a disc's load that the change colouring's ends stand for: -50 % and +50 %.
inline constexpr double kDiscChangeLegendMax_pct = 50.0;

// The model's muscle group of a structure's group in the anatomical model ("gluteals" →
// gluteus_maximus); none for structures the model does not solve.
std::optional<biomech::MuscleGroup> muscle_group_of(std::string_view model_group);

// Whether the discs show the change from the reference (a posture comparison: standing or walking,
// where the muscles are the lesson) or their pressure (the other activities, whose load is).
bool discs_show_change(biomech::Activity activity);

// The sitting activities (the pose lets the shanks hang; the scene puts a stool under the pelvis).
bool is_sitting(biomech::Activity activity);

// `rest_reference` is the solution of the balanced standing state (biomech::balanced_inputs()),
// which the anatomical model's rest pose shows; angles are differences from it.
anatomy::PoseParameters pose_from_model(const biomech::Inputs& inputs, const biomech::Outputs& outputs,
                                        const biomech::Outputs& rest_reference, const anatomy::Rig& rig);

// Muscle strength and tension, disc load front and back, facet load, per structure. With
// `comparison` the discs carry the change from it (render::DiscColouring::change): the front the
// change of the disc's pressure, the back the change of its posterior stress (the model's
// posterior_stress_index), 0.5 for none, 0 and 1 at -/+ kDiscChangeLegendMax_pct. Without it their
// pressure, shifted front to back by the lordosis against `rest_reference`.
std::vector<render::StructureStyle> styles_from_model(const anatomy::Scene& scene,
                                                      const biomech::Inputs& inputs,
                                                      const biomech::Outputs& outputs,
                                                      const biomech::Outputs& rest_reference,
                                                      const biomech::Outputs* comparison = nullptr);

// A change (now / before - 1) on the change colouring's 0..1 scale.
float disc_change_value(double now, double before);

}  // namespace app
