#include "part_table.h"

#include <stdexcept>

namespace anatomy_prep {

namespace {

// The frames are those measured in each dataset's README (the staged anatomy-sources folder).
glm::vec3 lumbar_to_gltf(glm::vec3 p) { return glm::vec3(p.y, p.z, p.x) * 0.001f; }
glm::vec3 vhm_to_gltf(glm::vec3 p) { return glm::vec3(p.x, -p.z, p.y) * 0.001f; }
glm::vec3 bodyparts3d_to_gltf(glm::vec3 p) { return glm::vec3(p.x, p.z, -p.y) * 0.001f; }

const char* vhm_foot = "Right/VHM_Right_Bone_";

}  // namespace

const std::vector<Dataset>& datasets() {
  static const std::vector<Dataset> table{
      {"morphable-lumbar-model", "morphable-lumbar-model", "MIT",
       "Lumbar vertebrae (L2-L5 mean shape): (c) 2022 Allison Clouthier, MIT License - Clouthier AL, "
       "Wenghofer J, Wai EK, Graham RB, J Biomech 2023;146:111421 "
       "(github.com/aclouthier/morphable-lumbar-model)",
       "mm; +X anterior, +Y left, +Z superior", lumbar_to_gltf},
      {"vhm-lower-extremity", "vhm-lower-extremity", "CC BY 4.0",
       "Lower-limb bone surfaces of the Visible Human Male: Center for Orthopaedic Biomechanics, University "
       "of "
       "Denver (Andreassen et al., Sci Data 2023, doi:10.1038/s41597-022-01905-2), CC BY 4.0, derived from "
       "the "
       "NLM Visible Human Project; modified for PostureLab",
       "mm; +X subject's left, +Y anterior, +Z inferior", vhm_to_gltf},
      {"bodyparts3d", "bodyparts3d", "CC BY-SA 2.1 JP (adapted under CC BY-SA 4.0)",
       "BodyParts3D, Copyright (c) The Database Center for Life Science licensed by CC Attribution-Share "
       "Alike "
       "2.1 Japan [derivative: CC BY-SA 4.0] (STL conversions via SimuLimb/simulateAmputation.m, K. M. "
       "Moerman)",
       "mm; +X subject's left, +Y posterior, +Z superior", bodyparts3d_to_gltf},
  };
  return table;
}

const Dataset& dataset(const std::string& key) {
  for (const Dataset& d : datasets()) {
    if (d.key == key) return d;
  }
  throw std::logic_error("part table names an unknown dataset: " + key);
}

// Triangle budgets: the whole skeleton stays near the 30k triangles the procedural bones had, since
// the frame-rate target on software GL is set by the triangles drawn (perf-review: the mesh is
// already denser than the pixels it covers). Larger, more curved bones get more.
const std::vector<Part>& parts() {
  static const std::vector<Part> table = [] {
    std::vector<Part> p;
    const std::vector<std::string> csv{"SSM/meanMesh_vertices.csv", "SSM/meanMesh_faces.csv"};
    const char* levels[] = {"L2", "L3", "L4", "L5"};
    for (int i = 0; i < 4; ++i) {
      p.push_back({std::string("lumbar_") + levels[i], "morphable-lumbar-model", csv, i, 0.5, 1600,
                   "one level of the four-vertebra mean mesh (its connected pieces, counted from the top)"});
    }
    p.push_back({"sacrum",
                 "vhm-lower-extremity",
                 {"Left/VHM_Left_Bone_Sacrum_smooth.stl"},
                 -1,
                 0.01,
                 2600,
                 "midline bone (stored under Left upstream)"});
    p.push_back({"coccyx",
                 "vhm-lower-extremity",
                 {"Left/VHM_Left_Bone_Coccyx_smooth.stl"},
                 -1,
                 0.01,
                 300,
                 "midline bone (stored under Left upstream)"});
    std::vector<std::string> foot;
    for (const char* bone : {"Talus", "Calcaneous", "Navicular", "Cuboid", "MedialCuneiform",
                             "IntermediateCuneiform", "LateralCuneiform", "Phalanges"}) {
      foot.push_back(std::string(vhm_foot) + bone + "_smooth.stl");
    }
    p.push_back({"foot_r", "vhm-lower-extremity", foot, -1, 0.002, 2400,
                 "the right foot's tarsals, metatarsals and phalanges as one part; mirrored for the left"});
    p.push_back({"hip_bone_r", "bodyparts3d", {"stl/FMA16586.stl"}, -1, 0.01, 3200, "mirrored for the left"});
    p.push_back({"femur_r", "bodyparts3d", {"stl/FMA24474.stl"}, -1, 0.01, 2400, "mirrored for the left"});
    p.push_back({"patella_r", "bodyparts3d", {"stl/FMA24486.stl"}, -1, 0.01, 500, "mirrored for the left"});
    p.push_back({"tibia_r", "bodyparts3d", {"stl/FMA24477.stl"}, -1, 0.01, 1800, "mirrored for the left"});
    p.push_back({"fibula_r", "bodyparts3d", {"stl/FMA24480.stl"}, -1, 0.01, 700, "mirrored for the left"});
    return p;
  }();
  return table;
}

}  // namespace anatomy_prep
