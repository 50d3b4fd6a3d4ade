#pragma once
// The skeleton from scan-derived meshes (models/sources, prepared by tools/anatomy_prep), each
// registered to the model's rig: the BodyParts3D hip bone, femur, patella, tibia and fibula, the
// Visible Human sacrum, coccyx and foot, and the CT mean-shape lumbar vertebrae. Landmarks are
// measured on the fitted surfaces.
#include "model.h"

#include <map>
#include <string>

namespace modelgen {

struct RealSkeleton {
  std::vector<Structure> bones;
  // Right-side (or midline) landmark positions measured on the fitted meshes, by landmark id stem
  // ("asis", "pubic_symphysis", ...).
  std::map<std::string, glm::vec3> landmarks;
  // Fit figures for the generator's report.
  std::map<std::string, float> figures;
};

// Where the scanned pelvis and sacrum sit: the hip bone on the hip joint, the sacrum seated in both
// sacroiliac joints. Needs only the hip centres (not the lumbar column, which is placed on it).
struct SacralSeat {
  Mesh hip_bone_r;  // fitted right hip bone
  glm::vec3 hip_head_source{};
  float pelvis_scale = 1.0f;
  glm::vec3 s1_centre{};
  Mesh sacrum;  // fitted sacrum and coccyx
  Mesh coccyx;
  std::map<std::string, float> figures;
};
const SacralSeat& sacral_seat();

// Built once; later calls return the same skeleton.
const RealSkeleton& real_skeleton();

}  // namespace modelgen
