#pragma once
// Imports a glTF 2.0 model (.glb or .gltf) into an anatomy::Scene. This is the only place that
// sees tinygltf. Everything the renderer and posing rely on is checked here (accessor ranges, index
// bounds, joint indices, weights, node cycles, extras), and the first problem comes back as an
// error naming its place: "lower_body.glb: accessors[3]: ...". External files (buffers) are read
// only from the model's own folder.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

#include "anatomy/scene.h"
#include "core/result.h"

namespace anatomy {

core::Result<Scene> load_model(const std::filesystem::path& file);

// `bytes` is a GLB or glTF JSON text. External buffers resolve against `base_dir`; with an empty
// base_dir only embedded data (GLB chunk, data: URIs) is allowed. `label` prefixes every error.
core::Result<Scene> load_model_from_memory(std::span<const std::uint8_t> bytes,
                                           const std::filesystem::path& base_dir, std::string_view label);

// Where the bundled model lives (models/lower_body.glb under the asset root).
core::Result<std::filesystem::path> bundled_model_path();

}  // namespace anatomy
