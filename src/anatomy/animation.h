#pragma once
// Sampling a clip at a time: fills the animated node's local transforms (loops past the end).
#include <vector>

#include "anatomy/scene.h"

namespace anatomy {

void sample_animation(const Animation& animation, float time_s, std::vector<Transform>& locals);

} // namespace anatomy
