#include "anatomy/anchors.h"

#include <algorithm>
#include <map>

namespace anatomy {

std::vector<StructureAnchor> make_structure_anchors(const Scene& scene) {
  std::vector<StructureAnchor> anchors;
  anchors.reserve(scene.structures.size());
  for (const Structure& structure : scene.structures) {
    StructureAnchor anchor;
    anchor.node = structure.node;
    const Node& node = scene.nodes[static_cast<std::size_t>(structure.node)];
    if (node.mesh >= 0) {
      std::map<int, float> weight_per_joint;
      for (const Primitive& p : scene.meshes[static_cast<std::size_t>(node.mesh)].primitives) {
        anchor.rest_bounds.extend(p.bounds);
        for (std::size_t v = 0; v < p.joints.size(); ++v)
          for (int k = 0; k < 4; ++k) weight_per_joint[p.joints[v][k]] += p.weights[v][k];
      }
      anchor.rest_centre = anchor.rest_bounds.center();
      if (node.skin >= 0 && !weight_per_joint.empty()) {
        anchor.skin = node.skin;
        anchor.skin_joint = std::max_element(weight_per_joint.begin(), weight_per_joint.end(),
                                             [](const auto& a, const auto& b) { return a.second < b.second; })
                                ->first;
      }
    }
    anchors.push_back(anchor);
  }
  return anchors;
}

glm::vec3 posed_anchor(const PosedScene& posed, const StructureAnchor& anchor) {
  if (anchor.skin >= 0) {
    const glm::mat4& m = posed.skin_matrices[static_cast<std::size_t>(anchor.skin)]
                                            [static_cast<std::size_t>(anchor.skin_joint)];
    return glm::vec3(m * glm::vec4(anchor.rest_centre, 1.0f));
  }
  return glm::vec3(posed.world[static_cast<std::size_t>(anchor.node)] * glm::vec4(anchor.rest_centre, 1.0f));
}

}  // namespace anatomy
