#include "source_meshes.h"

#include "prepared_mesh.h"

#include <stdexcept>

namespace modelgen {

namespace {
std::string& folder_ref() {
  static std::string folder = MODELGEN_DEFAULT_SOURCES;
  return folder;
}
}  // namespace

void set_sources_folder(const std::string& folder) { folder_ref() = folder; }
const std::string& sources_folder() { return folder_ref(); }

Mesh load_source_mesh(const std::string& id) {
  anatomy_prep::PreparedMesh prepared;
  std::string error;
  if (!anatomy_prep::read_file(folder_ref() + "/" + id + ".plm", prepared, error)) {
    throw std::runtime_error(error + " (prepare with: cmake --build <build> --target prepare_anatomy)");
  }
  Mesh mesh;
  mesh.positions = std::move(prepared.positions);
  mesh.indices = std::move(prepared.indices);
  return mesh;
}

}  // namespace modelgen
