#pragma once
// Intervertebral discs L1-L2 ... L5-S1, lofted between the endplates of their vertebrae.
#include "model.h"

namespace modelgen {

// TEXCOORD_0: u runs 0 at the anterior rim to 1 at the posterior rim (for the pressure
// gradient), v runs 0 on the right to 1 on the left.
void add_discs(Model& model);

}  // namespace modelgen
