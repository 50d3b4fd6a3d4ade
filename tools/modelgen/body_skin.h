#pragma once
// The translucent skin from the waist to the feet (anatomy.md §5, ANSUR II outline).
#include "model.h"

namespace modelgen {

void add_body_skin(Model& model);

}  // namespace modelgen
