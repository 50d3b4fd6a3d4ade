#pragma once
// Bone shapes as signed-distance fields in the glTF frame (docs/reference/anatomy.md sections 1–3, section
// 7).
#include "frames.h"
#include "sdf.h"

#include <string>
#include <vector>

namespace modelgen {

struct BoneShape {
  std::string id;    // "bone.pelvis", "bone.femur.r", ...
  std::string name;  // display name
  Side side = Side::mid;
  Sdf sdf;
  glm::vec3 box_min{}, box_max{};
  float voxel = 0.002f;
  std::size_t triangles = 3000;
  int joint = 0;  // the joint it moves with rigidly
};

std::vector<BoneShape> bone_shapes();

// Right-side field builders (mirror with on_side / mirror_sdf for the left).
Sdf hip_bone_right();
Sdf femur_right();
Sdf tibia_right();
Sdf fibula_right();
Sdf patella_right();
Sdf foot_right();
Sdf sacrum_sdf();
Sdf vertebra_sdf(std::size_t index);

Sdf mirror_sdf(Sdf right);

}  // namespace modelgen
