#pragma once
// Joint animations: gait (one stride, 1.1 s), forward_bend, sit_down. Rotations follow
// models/README.md: positive about +X = anterior pelvic tilt, lumbar flexion, hip extension,
// knee flexion, ankle plantarflexion.
#include "model.h"

namespace modelgen {

void add_animations(Model& model);

}  // namespace modelgen
