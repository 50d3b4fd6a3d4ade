#pragma once
// The sizes a PostureLab model may have, in one table, checked before the work they would cost:
// the bundled model uses a small fraction of each (62 structures, about 62 000 triangles drawn,
// 14 joints). A file beyond one is refused with the count, the limit and where, never slowly drawn
// for minutes or allowed to take gigabytes.
#include <cstddef>

namespace anatomy {

struct ModelLimits {
  std::size_t nodes = 4096;
  std::size_t meshes = 1024;
  std::size_t primitives_per_mesh = 64;
  std::size_t skins = 16;
  std::size_t animations = 64;
  std::size_t accessor_elements = std::size_t{1} << 21;  // vertices, indices or keys in one accessor
  std::size_t drawn_triangles = std::size_t{1} << 21;    // summed over the nodes that draw a mesh
};
inline constexpr ModelLimits kModelLimits{};

}  // namespace anatomy
