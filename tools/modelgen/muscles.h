#pragma once
// Muscles and tendons as swept bellies along their gait2392 / anatomical paths (docs/reference/anatomy.md
// section 4).
#include "model.h"

namespace modelgen {

// Appends every muscle and tendon (left and right) and their origin/insertion landmarks.
void add_muscles_and_tendons(Model& model);

}  // namespace modelgen
