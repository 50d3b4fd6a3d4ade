#pragma once
// Generic glTF 2.0 (.glb or .gltf) to a Scene: accessors, meshes, nodes, skins and clips, each
// checked so that every index in the Scene is valid. The only user of tinygltf. It knows nothing of
// PostureLab's own conventions: node extras come out as plain strings per key, and
// model_catalogue.h turns them into structures and landmarks.
#include <cstdint>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/scene.h"
#include "core/result.h"

namespace anatomy {

// One value of a node's extras object. PostureLab's extras are flat strings (or null); anything
// else is kept as `other` so the catalogue can say the value has the wrong type.
struct ExtraValue {
  enum class Kind { null, string, other };
  Kind kind = Kind::null;
  std::string text;  // Kind::string only
};

struct NodeExtras {
  bool is_object = false;  // false when the node has no extras or they are not an object
  std::map<std::string, ExtraValue, std::less<>> values;
};

struct GltfContent {
  Scene scene;                          // structures and landmarks still empty
  std::vector<NodeExtras> node_extras;  // one per node, same order as scene.nodes
};

// `bytes` is a GLB or glTF JSON text. External buffers resolve against `base_dir` and only inside
// it (file_guard.h); with an empty base_dir only embedded data (GLB chunk, data: URIs) is allowed.
// Errors name their place ("accessors[3]: ...") without the file's name; the caller adds it.
core::Result<GltfContent> read_gltf(std::span<const std::uint8_t> bytes,
                                    const std::filesystem::path& base_dir);

}  // namespace anatomy
