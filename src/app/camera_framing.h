#pragma once
// What the preset views frame: the part of the body this story is about, from the knees to the
// lowest ribs, so pelvis, spine and thigh muscles are large; lying, sitting, bending and lifting
// move the body far from its standing bounds, so there the posed structures are framed instead.
// Pure maths on bounds and the posed scene, tested without GL.
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

}  // namespace app
