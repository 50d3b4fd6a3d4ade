#include "bone_structures.h"

#include "real_bones.h"
#include "skeleton.h"

namespace modelgen {

void add_bones(Model& model) {
  for (const Structure& bone : real_skeleton().bones) model.structures.push_back(bone);
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
  const auto& measured = real_skeleton().landmarks;
  const auto at = [&](const char* id) { return measured.at(id); };
  const auto& J = joints();
  const std::vector<Row> rows{
      {"asis", "pelvis", true, j_pelvis, at("asis")},
      {"psis", "pelvis", true, j_pelvis, at("psis")},
      {"iliac_crest", "pelvis", true, j_pelvis, at("iliac_crest")},
      {"ischial_tuberosity", "pelvis", true, j_pelvis, at("ischial_tuberosity")},
      {"pubic_symphysis", "pelvis", false, j_pelvis, at("pubic_symphysis")},
      {"s1_endplate_centre", "sacrum", false, j_sacrum, s1_centre()},
      {"sacrum_tip", "sacrum", false, j_sacrum, at("sacrum_tip")},
      {"hip_centre", "femur", true, j_hip_r, J[j_hip_r].position},
      {"greater_trochanter", "femur", true, j_hip_r, at("greater_trochanter")},
      {"lesser_trochanter", "femur", true, j_hip_r, at("lesser_trochanter")},
      {"knee_centre", "femur", true, j_knee_r, J[j_knee_r].position},
      {"patella_centre", "patella", true, j_knee_r, at("patella_centre")},
      {"tibial_tuberosity", "tibia", true, j_knee_r, at("tibial_tuberosity")},
      {"fibular_head", "fibula", true, j_knee_r, at("fibular_head")},
      {"ankle_centre", "foot", true, j_ankle_r, J[j_ankle_r].position},
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
  // The two endplates that the sacral slope, the pelvic incidence and the L1-S1 lordosis are measured
  // on: their anterior and posterior rims in the sagittal plane, 2 mm into the bone (the rims are
  // rounded, so a point on the plate's plane can lie just outside the scanned surface).
  const auto rims = [&](const std::string& stem, const std::string& bone, int joint, glm::vec3 centre,
                        glm::vec3 normal, float half_depth) {
    const glm::vec3 forward{0.0f, -normal.z, normal.y};  // along the plate, towards the front
    centre -= normal * 0.002f;
    model.landmarks.push_back({stem + "_anterior", bone, Side::mid, joint, centre + forward * half_depth});
    model.landmarks.push_back({stem + "_posterior", bone, Side::mid, joint, centre - forward * half_depth});
  };
  const Vertebra& l1 = vertebrae()[1];
  const Vertebra& l5 = vertebrae()[5];
  rims("s1_endplate", "bone.sacrum", j_sacrum, s1_centre(), s1_normal(), 0.4f * l5.depth);
  rims("l1_endplate", "bone.L1", l1.joint, l1.centre + l1.axis * (0.5f * l1.height), l1.axis,
       0.4f * l1.depth);
}

}  // namespace modelgen
