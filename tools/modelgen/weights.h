#pragma once
// Skin weights: rigid, blended along a path, and by region for the trunk and the skin.
#include "frames.h"
#include "mesh.h"

#include <utility>
#include <vector>

namespace modelgen {

// Normalises, merges duplicate joints, keeps the 4 largest (ties by joint index), unused slots
// get joint 0 and weight 0.
SkinInfluence make_influence(std::vector<std::pair<int, float>> weights);
SkinInfluence rigid(int joint);
// Pelvis, L5 ... T12 by height along the lumbar column (for trunk muscles and the skin).
std::vector<std::pair<int, float>> trunk_weights(glm::vec3 p);
// The whole-body skin: trunk, hips, knees, ankles blended smoothly.
SkinInfluence body_skin_weights(glm::vec3 p);

float smoothstep(float edge0, float edge1, float x);

}  // namespace modelgen
