#pragma once
// The prepared anatomy meshes (models/sources/*.plm, written by tools/anatomy_prep), read by id.
#include "mesh.h"

#include <string>

namespace modelgen {

// The folder holding the prepared meshes; set once from the command line (default: the
// repository's models/sources).
void set_sources_folder(const std::string& folder);
const std::string& sources_folder();

// Positions and triangles of one prepared part (no normals or skin yet); throws with the file and
// the reason when it cannot be read.
Mesh load_source_mesh(const std::string& id);

}  // namespace modelgen
