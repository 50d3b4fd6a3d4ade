#pragma once
// The translucent skin from the waist to the feet (docs/reference/anatomy.md section 5, ANSUR II outline).
#include "model.h"

namespace modelgen {

void add_body_skin(Model& model);

}  // namespace modelgen
