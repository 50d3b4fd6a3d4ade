#pragma once
// Writes the model as a binary glTF 2.0 file (JSON chunk by nlohmann::ordered_json, one BIN chunk).
// Deterministic: fixed object order, no time stamps, floats as stored.
#include "model.h"

#include <cstdint>
#include <vector>

namespace modelgen {

std::vector<std::uint8_t> write_glb(const Model& model);

}  // namespace modelgen
