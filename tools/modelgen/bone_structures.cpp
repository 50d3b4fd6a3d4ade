#include "bone_structures.h"

#include "bones.h"
#include "sdf_mesher.h"
#include "skeleton.h"
#include "weights.h"

namespace modelgen {

namespace {

std::string bone_group(const std::string& id) {
  if (id == "bone.pelvis" || id == "bone.sacrum") return "pelvis";
  if (id.starts_with("bone.femur") || id.starts_with("bone.patella")) return "thigh";
  if (id.starts_with("bone.tibia") || id.starts_with("bone.fibula")) return "leg";
  if (id.starts_with("bone.foot")) return "foot";
  return "lumbar_spine";
}

}  // namespace

void add_bones(Model& model) {
  for (BoneShape& shape : bone_shapes()) {
    MeshingOptions options;
    options.box_min = shape.box_min;
    options.box_max = shape.box_max;
    options.voxel = shape.voxel;
    options.target_triangles = shape.triangles;
    Structure s;
    s.mesh = mesh_sdf(shape.sdf, options);
    s.mesh.skin.assign(s.mesh.positions.size(), rigid(shape.joint));
    s.id = shape.id;
    s.name = shape.name;
    s.category = "bone";
    s.group = bone_group(shape.id);
    s.side = shape.side;
    s.material = Material::bone;
    model.structures.push_back(std::move(s));
  }
}

void add_skeletal_landmarks(Model& model) {
  using V = glm::vec3;
  struct Row {
    const char* id;
    const char* bone;  // without side suffix
    bool paired;
    int joint_r;  // right-side joint (left is looked up)
    V right;
  };
  const std::vector<Row> rows{
      {"asis", "pelvis", true, j_pelvis, {-0.122f, 0.989f, 0.078f}},
      {"psis", "pelvis", true, j_pelvis, {-0.058f, 1.028f, -0.070f}},
      {"iliac_crest", "pelvis", true, j_pelvis, {-0.080f, 1.085f, -0.016f}},
      {"ischial_tuberosity", "pelvis", true, j_pelvis, {-0.037f, 0.864f, -0.017f}},
      {"pubic_symphysis", "pelvis", false, j_pelvis, {0.0f, 0.898f, 0.036f}},
      {"s1_endplate_centre", "sacrum", false, j_sacrum, s1_centre()},
      {"sacrum_tip", "sacrum", false, j_sacrum, {0.0f, 0.945f, -0.091f}},
      {"hip_centre", "femur", true, j_hip_r, {-0.086f, 0.920f, 0.005f}},
      {"greater_trochanter", "femur", true, j_hip_r, {-0.150f, 0.901f, -0.009f}},
      {"lesser_trochanter", "femur", true, j_hip_r, {-0.095f, 0.865f, -0.021f}},
      {"knee_centre", "femur", true, j_knee_r, {-0.086f, 0.512f, 0.000f}},
      {"patella_centre", "patella", true, j_knee_r, {-0.086f, 0.516f, 0.053f}},
      {"tibial_tuberosity", "tibia", true, j_knee_r, {-0.086f, 0.447f, 0.034f}},
      {"fibular_head", "fibula", true, j_knee_r, {-0.122f, 0.454f, -0.010f}},
      {"ankle_centre", "foot", true, j_ankle_r, {-0.086f, 0.069f, 0.000f}},
  };
  for (const Row& row : rows) {
    for (const Side side : {Side::left, Side::right}) {
      if (!row.paired && side == Side::left) {
        continue;
      }
      const Side s = row.paired ? side : Side::mid;
      int joint = row.joint_r;
      if (row.paired) {
        if (joint == j_hip_r) joint = hip_joint(side);
        if (joint == j_knee_r) joint = knee_joint(side);
        if (joint == j_ankle_r) joint = ankle_joint(side);
      }
      const bool midline_bone = std::string(row.bone) == "pelvis" || std::string(row.bone) == "sacrum";
      const std::string bone =
          std::string("bone.") + row.bone + (row.paired && !midline_bone ? side_suffix(side) : "");
      model.landmarks.push_back({std::string(row.id) + (row.paired ? side_suffix(side) : ""), bone, s, joint,
                                 on_side(row.right, s)});
    }
  }
  for (const Vertebra& v : vertebrae()) {
    model.landmarks.push_back({"vertebra_centre." + v.name, "bone." + v.name, Side::mid, v.joint, v.centre});
  }
}

}  // namespace modelgen
