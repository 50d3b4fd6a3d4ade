#pragma once
// What the preset views frame: the part of the body this story is about, from the knees to the
// lowest ribs, so pelvis, spine and thigh muscles are large; lying, sitting, bending and lifting
// move the body far from its standing bounds, so there the posed structures are framed instead.
// Pure maths on bounds and the posed scene, tested without GL.
#include <optional>
#include <string>
#include <vector>

#include "anatomy/anchors.h"
#include "anatomy/pose.h"
#include "biomech/inputs.h"
#include "render/camera.h"

namespace app {

// The model's rest bounds from the knees up.
anatomy::Aabb story_bounds(const anatomy::Aabb& model_bounds);

// The bounds a preset view frames for this activity: story_bounds() standing and walking, else the
// posed structures' anchors (the glide's target pose) with a margin for their extent.
anatomy::Aabb framing_bounds(biomech::Activity activity, const anatomy::Aabb& model_bounds,
                             const anatomy::PosedScene& target_posed,
                             const std::vector<anatomy::StructureAnchor>& anchors);

// The teaching view (the side view standing or walking): the lumbar spine from L1, the pelvis and
// the top of the thighs, framed tightly (OrbitCamera::frame_box) so the pelvis fills about half the
// picture's height and its tilt moves the ASIS by tens of pixels. Taken from the landmarks of the
// reference posture, so the frame stays put while the sliders move and the change shows against
// it. nullopt when the scene lacks the landmarks.
std::optional<anatomy::Aabb> teaching_bounds(const anatomy::Scene& scene,
                                             const anatomy::PosedScene& reference_posed);

// What a tour step frames: its highlighted structures (base ids stand for both sides) in the
// target pose, each as its anchor with its rest extent. nullopt when none is highlighted or the
// highlight is the skin (the whole body).
std::optional<anatomy::Aabb> highlight_bounds(const anatomy::Scene& scene,
                                              const anatomy::PosedScene& target_posed,
                                              const std::vector<anatomy::StructureAnchor>& anchors,
                                              const std::vector<std::string>& highlighted);

// Whether a preset view of this activity is the teaching view.
bool is_teaching_view(anatomy::ViewPreset view, biomech::Activity activity);

}  // namespace app
