#pragma once
// What glTF 2.0 requires and tinygltf 2.7 lets through, checked on the parsed model before it is
// converted: the asset's version, indices of scenes and materials, unknown enum values (component types,
// modes, interpolations, animated properties), and skins that list a joint twice. Each failure names its JSON
// path ("skins[0].joints[3]: ..."). Internal to the glTF reader (the only caller); tinygltf is
// forward-declared so the header stays free of it.
#include "core/result.h"

namespace tinygltf {
class Model;
}

namespace anatomy {

core::Status check_strict(const tinygltf::Model& model);

}  // namespace anatomy
