#include "render/anatomy_frame.h"

namespace render {

LayerMode Layers::mode(const anatomy::Structure& s, int index) const {
  if (isolate_structure && *isolate_structure != index) return LayerMode::hidden;
  if (isolate_category && *isolate_category != s.category) return LayerMode::hidden;
  if (auto it = structure.find(index); it != structure.end()) return it->second;
  return category[static_cast<std::size_t>(s.category)];
}

}  // namespace render
