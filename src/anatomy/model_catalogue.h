#pragma once
// PostureLab's catalogue read from a generic glTF scene (model_schema.h has the conventions): a
// node with extras.id and a drawn category is a Structure, a node named "landmark.<id>" a
// Landmark. Rig joints and landmarks carry ids too and are not structures.
#include <vector>

#include "anatomy/gltf_reader.h"
#include "anatomy/scene.h"
#include "core/result.h"

namespace anatomy {

// Fills scene.structures, scene.landmarks and each structure's Node::structure. The first problem
// comes back naming the node: "nodes[14].extras.category: ...".
core::Status add_catalogue(Scene& scene, const std::vector<NodeExtras>& node_extras);

}  // namespace anatomy
