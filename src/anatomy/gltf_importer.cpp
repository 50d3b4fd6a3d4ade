#include "anatomy/gltf_importer.h"

#include "anatomy/gltf_reader.h"
#include "anatomy/model_catalogue.h"
#include "core/asset_paths.h"
#include "core/file_io.h"

namespace anatomy {

namespace fs = std::filesystem;

core::Result<Scene> load_model_from_memory(std::span<const std::uint8_t> bytes, const fs::path& base_dir,
                                           std::string_view label) {
  const std::string prefix = std::string(label) + ": ";
  auto content = read_gltf(bytes, base_dir);
  if (!content) return core::make_error(prefix + content.error().message);
  if (auto status = add_catalogue(content->scene, content->node_extras); !status)
    return core::make_error(prefix + status.error().message);
  return std::move(content->scene);
}

core::Result<Scene> load_model(const fs::path& file) {
  if (const std::string what = core::not_a_regular_file(file); !what.empty())
    return core::make_error(file.string() + " " + what + " (expected a .glb or .gltf model file)");
  auto bytes = core::read_file(file);
  if (!bytes) return bytes.error();
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  return load_model_from_memory(
      std::span(reinterpret_cast<const std::uint8_t*>(bytes->data()), bytes->size()), folder,
      file.filename().string());
}

core::Result<fs::path> bundled_model_path() { return core::asset_path("models/lower_body.glb"); }

}  // namespace anatomy
