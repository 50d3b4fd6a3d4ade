#pragma once
// Meshes every bone and adds the skeletal landmarks (anatomy.md §7).
#include "model.h"

namespace modelgen {

void add_bones(Model& model);
void add_skeletal_landmarks(Model& model);

}  // namespace modelgen
