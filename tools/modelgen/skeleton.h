#pragma once
// The rig: joint nodes at the anatomical joint centres, and the lumbar column geometry they sit in.
#include "frames.h"

#include <array>
#include <string>
#include <vector>

namespace modelgen {

enum JointId : int {
  j_pelvis = 0,
  j_sacrum,
  j_L5,
  j_L4,
  j_L3,
  j_L2,
  j_L1,
  j_T12,
  j_hip_l,
  j_knee_l,
  j_ankle_l,
  j_hip_r,
  j_knee_r,
  j_ankle_r,
  joint_count
};

struct Joint {
  std::string name;      // node name, e.g. "joint.hip.l"
  int parent = -1;       // JointId of the parent, -1 for the root
  glm::vec3 position{};  // rest position in the glTF frame (world)
};

const std::vector<Joint>& joints();
int hip_joint(Side side);
int knee_joint(Side side);
int ankle_joint(Side side);

// Lumbar column (docs/reference/anatomy.md section 2 and section 7). Index 0 = T12, 1 = L1 ... 5 = L5.
struct Vertebra {
  std::string name;      // "T12", "L1" ... "L5"
  glm::vec3 centre{};    // body centre
  glm::vec3 axis{};      // cranial axis of the body (unit)
  float height = 0.0f;   // body height along the axis
  float width = 0.0f;    // body width (X)
  float depth = 0.0f;    // body depth (AP)
  float tp_span = 0.0f;  // transverse-process tip-to-tip
  float spinous_length = 0.0f;
  float spinous_height = 0.0f;
  int joint = 0;
};

struct Disc {
  std::string name;  // "L1-L2" ... "L5-S1"
  glm::vec3 centre{};
  float height_anterior = 0.0f, height_middle = 0.0f, height_posterior = 0.0f;
  int upper_joint = 0, lower_joint = 0;
  int upper_vertebra = 0;  // index into vertebrae(); lower = upper + 1, or the sacrum for L5-S1
};

const std::array<Vertebra, 6>& vertebrae();
const std::array<Disc, 5>& discs();

// Right hip, knee and ankle centres at rest (docs/reference/anatomy.md section 7).
glm::vec3 hip_centre_right();
glm::vec3 knee_centre_right();
glm::vec3 ankle_centre_right();

// S1 endplate: centre and unit normal (faces anterosuperiorly, sacral slope 40°). The centre is where
// the scanned sacrum seats between the scanned hip bones (real_bones.h); the lumbar column above it
// keeps the reference table's shape, moved with it.
glm::vec3 s1_centre();
glm::vec3 s1_normal();

}  // namespace modelgen
