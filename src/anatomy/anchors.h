#pragma once
// A point on each structure that follows the pose: where labels and callouts attach and how
// translucent structures are sorted. It is the structure's rest centre carried by the joint that
// weighs most on its vertices (or by its node when it is not skinned).
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/pose.h"
#include "anatomy/scene.h"

namespace anatomy {

struct StructureAnchor {
  int node = -1;
  int skin = -1;                // -1: rigid, follows the node
  int skin_joint = -1;          // index into the skin's joints
  glm::vec3 rest_centre{0.0f};  // mesh space
  Aabb rest_bounds;             // mesh space
};

// One per structure, index-aligned with Scene::structures.
std::vector<StructureAnchor> make_structure_anchors(const Scene& scene);
glm::vec3 posed_anchor(const PosedScene& posed, const StructureAnchor& anchor);

}  // namespace anatomy
