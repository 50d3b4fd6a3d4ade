#include "modelgen/glb_file.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

using modelgen_test::GlbFile;

namespace {

const GlbFile& model() {
  static const GlbFile file(modelgen_test::model_path());
  return file;
}

std::vector<std::string> required_ids() {
  std::vector<std::string> ids{"bone.pelvis", "bone.sacrum", "bone.T12",   "bone.L1",    "bone.L2",
                               "bone.L3",     "bone.L4",     "bone.L5",    "disc.L1-L2", "disc.L2-L3",
                               "disc.L3-L4",  "disc.L4-L5",  "disc.L5-S1", "skin"};
  for (const char* side : {".l", ".r"}) {
    for (const char* b : {"femur", "patella", "tibia", "fibula", "foot"}) {
      ids.push_back(std::string("bone.") + b + side);
    }
    for (const char* m :
         {"semimembranosus", "semitendinosus", "biceps_femoris_long", "biceps_femoris_short",
          "rectus_femoris", "vastus_lateralis", "vastus_medialis", "vastus_intermedius", "iliacus",
          "psoas_major", "gluteus_maximus", "gluteus_medius", "erector_spinae", "rectus_abdominis"}) {
      ids.push_back(std::string("muscle.") + m + side);
    }
    for (const char* t : {"quadriceps", "patellar", "semimembranosus", "semitendinosus", "biceps_femoris"}) {
      ids.push_back(std::string("tendon.") + t + side);
    }
  }
  return ids;
}

std::vector<const nlohmann::json*> structure_nodes() {
  std::vector<const nlohmann::json*> out;
  for (const auto& n : model().doc["nodes"]) {
    if (n.contains("mesh")) {
      out.push_back(&n);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the model contains every required structure, each as its own named mesh node") {
  for (const auto& id : required_ids()) {
    INFO(id);
    const auto* node = model().node(id);
    REQUIRE(node != nullptr);
    CHECK(node->contains("mesh"));
    CHECK((*node)["extras"]["id"] == id);
  }
}

TEST_CASE("every structure node carries id, category, group, side, origin and insertion extras") {
  const std::set<std::string> categories{"bone", "muscle", "tendon", "disc", "skin"};
  std::set<std::string> seen;
  for (const auto* n : structure_nodes()) {
    const auto& e = (*n)["extras"];
    INFO((*n)["name"]);
    for (const char* key : {"id", "category", "group", "side", "origin", "insertion"}) {
      CHECK(e.contains(key));
    }
    CHECK(categories.count(e["category"].get<std::string>()) == 1);
    CHECK(seen.insert(e["id"].get<std::string>()).second);  // ids are unique
    const std::string id = e["id"];
    const std::string side = e["side"];
    if (id.ends_with(".l")) CHECK(side == "left");
    if (id.ends_with(".r")) CHECK(side == "right");
    if (e["category"] == "muscle" || e["category"] == "tendon") {
      // Origin and insertion name landmark nodes.
      REQUIRE(e["origin"].is_string());
      REQUIRE(e["insertion"].is_string());
      CHECK(model().node("landmark." + e["origin"].get<std::string>()) != nullptr);
      CHECK(model().node("landmark." + e["insertion"].get<std::string>()) != nullptr);
    }
  }
  CHECK(seen.size() == required_ids().size());
}

TEST_CASE("the rig has the documented joints, parented pelvis-first") {
  const std::map<std::string, std::string> parent{{"joint.pelvis", ""},
                                                  {"joint.sacrum", "joint.pelvis"},
                                                  {"joint.L5", "joint.sacrum"},
                                                  {"joint.L4", "joint.L5"},
                                                  {"joint.L3", "joint.L4"},
                                                  {"joint.L2", "joint.L3"},
                                                  {"joint.L1", "joint.L2"},
                                                  {"joint.T12", "joint.L1"},
                                                  {"joint.hip.l", "joint.pelvis"},
                                                  {"joint.knee.l", "joint.hip.l"},
                                                  {"joint.ankle.l", "joint.knee.l"},
                                                  {"joint.hip.r", "joint.pelvis"},
                                                  {"joint.knee.r", "joint.hip.r"},
                                                  {"joint.ankle.r", "joint.knee.r"}};
  const auto& doc = model().doc;
  REQUIRE(doc["skins"].size() == 1);
  const auto& skin_joints = doc["skins"][0]["joints"];
  CHECK(skin_joints.size() == parent.size());
  for (const auto& [name, parent_name] : parent) {
    INFO(name);
    const auto* node = model().node(name);
    REQUIRE(node != nullptr);
    CHECK(!node->contains("rotation"));  // rest pose: translations only
    std::string found;
    for (const auto& n : doc["nodes"]) {
      if (n.contains("children")) {
        for (const auto& c : n["children"]) {
          if (doc["nodes"][c.get<std::size_t>()]["name"] == name) {
            found = n["name"];
          }
        }
      }
    }
    CHECK(found == parent_name);
  }
  // Joint centres where docs/reference/anatomy.md section 7 puts them.
  auto at = [&](const std::string& name) {
    for (std::size_t i = 0; i < doc["nodes"].size(); ++i) {
      if (doc["nodes"][i]["name"] == name) return model().world_position(i);
    }
    return std::array<float, 3>{0, 0, 0};
  };
  CHECK(at("joint.hip.r")[0] == Approx(-0.086).margin(1e-4));
  CHECK(at("joint.hip.r")[1] == Approx(0.920).margin(1e-4));
  CHECK(at("joint.knee.l")[0] == Approx(0.086).margin(1e-4));
  CHECK(at("joint.knee.l")[1] == Approx(0.512).margin(1e-4));
  CHECK(at("joint.ankle.r")[1] == Approx(0.069).margin(1e-4));
  // S1 where the scanned sacrum seats: 130 mm from the hip axis (pelvic radius), 12° behind the
  // vertical through it (the balanced pelvic tilt); the L5-S1 disc centre half its 11.1 mm mid
  // height above it (docs/reference/anatomy.md section 2.2).
  const auto s1 = at("joint.sacrum"), l5 = at("joint.L5");
  const float up = s1[1] - 0.920f, back = 0.005f - s1[2];
  CHECK(std::hypot(up, back) == Approx(0.130).margin(1e-3));
  CHECK(std::atan2(back, up) * 180.0f / 3.14159265f == Approx(12.0).margin(0.1));
  CHECK(std::hypot(l5[1] - s1[1], l5[2] - s1[2]) == Approx(0.00555).margin(1e-4));
  CHECK(l5[0] == Approx(0.0).margin(1e-6));
}

TEST_CASE("the whole model stays within 150,000 triangles and 15 MB") {
  std::size_t triangles = 0;
  for (const auto& mesh : model().doc["meshes"]) {
    for (const auto& p : mesh["primitives"]) {
      triangles += model().doc["accessors"][p["indices"].get<std::size_t>()]["count"].get<std::size_t>() / 3;
    }
  }
  CHECK(triangles <= 150000);
  CHECK(triangles >= 50000);  // organic, not boxes
  CHECK(std::filesystem::file_size(modelgen_test::model_path()) < 15u * 1024u * 1024u);
}

TEST_CASE("skin weights sum to one with at most four influences, unused slots on joint 0") {
  const auto& doc = model().doc;
  const std::size_t joint_count = doc["skins"][0]["joints"].size();
  for (const auto& mesh : doc["meshes"]) {
    for (const auto& p : mesh["primitives"]) {
      INFO(mesh["name"]);
      const auto joints = model().floats(p["attributes"]["JOINTS_0"]);
      const auto weights = model().floats(p["attributes"]["WEIGHTS_0"]);
      REQUIRE(joints.size() == weights.size());
      for (std::size_t v = 0; v < weights.size(); v += 4) {
        float sum = 0.0f;
        for (std::size_t k = 0; k < 4; ++k) {
          sum += weights[v + k];
          CHECK(weights[v + k] >= 0.0f);
          if (weights[v + k] == 0.0f) {
            REQUIRE(joints[v + k] == 0.0f);
          }
          REQUIRE(joints[v + k] < static_cast<float>(joint_count));
        }
        REQUIRE(sum == Approx(1.0f).margin(1e-5));
      }
    }
  }
}

TEST_CASE("bones are rigid to one joint and two-joint muscles blend across both joints") {
  const auto& doc = model().doc;
  auto joint_set = [&](const std::string& id) {
    std::set<int> used;
    for (const auto& mesh : doc["meshes"]) {
      if (mesh["name"] != id) continue;
      const auto& p = mesh["primitives"][0];
      const auto joints = model().floats(p["attributes"]["JOINTS_0"]);
      const auto weights = model().floats(p["attributes"]["WEIGHTS_0"]);
      for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] > 0.0f) used.insert(static_cast<int>(joints[i]));
      }
    }
    std::set<std::string> names;
    for (const int j : used) {
      names.insert(
          doc["nodes"][doc["skins"][0]["joints"][static_cast<std::size_t>(j)].get<std::size_t>()]["name"]);
    }
    return names;
  };
  CHECK(joint_set("bone.femur.r") == std::set<std::string>{"joint.hip.r"});
  CHECK(joint_set("bone.L3") == std::set<std::string>{"joint.L3"});
  CHECK(joint_set("disc.L4-L5") == std::set<std::string>{"joint.L4", "joint.L5"});
  CHECK(joint_set("disc.L5-S1") == std::set<std::string>{"joint.L5", "joint.sacrum"});
  CHECK(joint_set("muscle.semitendinosus.l") ==
        std::set<std::string>{"joint.pelvis", "joint.hip.l", "joint.knee.l"});
  CHECK(joint_set("muscle.rectus_femoris.r") ==
        std::set<std::string>{"joint.pelvis", "joint.hip.r", "joint.knee.r"});
  CHECK(joint_set("muscle.erector_spinae.r").count("joint.L3") == 1);
}

TEST_CASE("every landmark lies inside the bounds of its structure") {
  const auto& doc = model().doc;
  std::map<std::string, std::pair<std::array<float, 3>, std::array<float, 3>>> bounds;
  for (const auto& mesh : doc["meshes"]) {
    const auto& a = doc["accessors"][mesh["primitives"][0]["attributes"]["POSITION"].get<std::size_t>()];
    bounds[mesh["name"]] = {{a["min"][0], a["min"][1], a["min"][2]}, {a["max"][0], a["max"][1], a["max"][2]}};
  }
  std::size_t landmarks = 0;
  for (std::size_t i = 0; i < doc["nodes"].size(); ++i) {
    const auto& n = doc["nodes"][i];
    const std::string name = n["name"];
    if (!name.starts_with("landmark.")) continue;
    ++landmarks;
    INFO(name);
    CHECK(name == "landmark." + n["extras"]["id"].get<std::string>());
    const std::string structure = n["extras"]["structure"];
    REQUIRE(bounds.count(structure) == 1);
    const auto p = model().world_position(i);
    const auto& [lo, hi] = bounds[structure];
    constexpr float tolerance = 0.003f;
    for (std::size_t k = 0; k < 3; ++k) {
      CHECK(p[k] >= lo[k] - tolerance);
      CHECK(p[k] <= hi[k] + tolerance);
    }
  }
  for (const char* id : {"asis.l", "asis.r", "psis.l", "psis.r", "ischial_tuberosity.l",
                         "ischial_tuberosity.r", "s1_endplate_centre", "hip_centre.l", "hip_centre.r",
                         "knee_centre.l", "knee_centre.r", "disc_centre.L1-L2", "disc_centre.L2-L3",
                         "disc_centre.L3-L4", "disc_centre.L4-L5", "disc_centre.L5-S1"}) {
    INFO(id);
    CHECK(model().node(std::string("landmark.") + id) != nullptr);
  }
  CHECK(landmarks > 100);
}

TEST_CASE("discs carry a texture coordinate that runs from anterior (0) to posterior (1)") {
  const auto& doc = model().doc;
  for (const auto& mesh : doc["meshes"]) {
    const std::string name = mesh["name"];
    if (!name.starts_with("disc.")) continue;
    INFO(name);
    const auto& attributes = mesh["primitives"][0]["attributes"];
    REQUIRE(attributes.contains("TEXCOORD_0"));
    const auto uv = model().floats(attributes["TEXCOORD_0"]);
    const auto pos = model().floats(attributes["POSITION"]);
    float front_u = 0.0f, back_u = 0.0f, front_z = -1.0f, back_z = 1.0f;
    for (std::size_t v = 0; v < pos.size() / 3; ++v) {
      CHECK(uv[2 * v] >= 0.0f);
      CHECK(uv[2 * v] <= 1.0f);
      if (pos[3 * v + 2] > front_z) {
        front_z = pos[3 * v + 2];
        front_u = uv[2 * v];
      }
      if (pos[3 * v + 2] < back_z) {
        back_z = pos[3 * v + 2];
        back_u = uv[2 * v];
      }
    }
    CHECK(front_u < 0.1f);
    CHECK(back_u > 0.9f);
  }
}

TEST_CASE("the model has gait, forward_bend and sit_down animations of sensible length") {
  std::map<std::string, float> length;
  const auto& doc = model().doc;
  for (const auto& a : doc["animations"]) {
    const auto& input = doc["accessors"][a["samplers"][0]["input"].get<std::size_t>()];
    length[a["name"]] = input["max"][0];
  }
  REQUIRE(length.count("gait") == 1);
  REQUIRE(length.count("forward_bend") == 1);
  REQUIRE(length.count("sit_down") == 1);
  CHECK(length["gait"] == Approx(1.1f).margin(0.05f));
}
