#pragma once
// Bakes the ambient occlusion of every structure of the assembled model (occlusion.h) into
// Structure::mesh.occlusion, written as COLOR_0.
#include "model.h"

namespace modelgen {

// Which surfaces darken which follows the viewer's layers, which can hide muscles, tendons and skin
// but always show the skeleton: bones and discs are shaded by the skeleton alone (no shadow of a
// hidden muscle on a bone), muscles and tendons by everything opaque, the translucent skin by itself.
void bake_occlusion(Model& model);

}  // namespace modelgen
