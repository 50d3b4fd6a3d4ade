#pragma once
// Meshes every bone and adds the skeletal landmarks (docs/reference/anatomy.md section 7).
#include "model.h"

namespace modelgen {

void add_bones(Model& model);
void add_skeletal_landmarks(Model& model);

}  // namespace modelgen
