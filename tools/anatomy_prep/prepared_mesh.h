#pragma once
// The compact mesh format of models/sources/*.plm: a source surface converted to the glTF axes
// (metres, +Y up, +Z anterior, +X the body's left) but not yet registered to the model's body.
// anatomy_prep writes these files once from the staged anatomy-sources folder; modelgen reads them.
//
// Layout (little-endian): "PLMESH01", u32 vertex count, u32 triangle count, f32 bounds min[3],
// f32 bounds max[3], u16 quantised positions[3 * vertices] (0..65535 across the bounds), then the
// indices as u16 when vertices < 65536, else u32.
#include <glm/glm.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace anatomy_prep {

struct PreparedMesh {
  std::vector<glm::vec3> positions;
  std::vector<std::uint32_t> indices;
};

// Quantises to the file's precision (bounds / 65535 per axis), so that what is written is what
// modelgen reads back.
std::vector<std::uint8_t> encode(const PreparedMesh& mesh);

// Reads a file; on failure returns false and says what and where in `error`.
bool decode(const std::vector<std::uint8_t>& bytes, PreparedMesh& mesh, std::string& error);
bool read_file(const std::string& path, PreparedMesh& mesh, std::string& error);

}  // namespace anatomy_prep
