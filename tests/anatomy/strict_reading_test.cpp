// What glTF 2.0 requires and tinygltf 2.7 accepts anyway: each case breaks the generated stand-in
// model in one place and expects the JSON path of that place in the refusal.
#include <catch2/catch.hpp>

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "anatomy/gltf_importer.h"
#include "anatomy/test_model.h"

namespace {

std::string error_of(const testmodel::Model& model) {
  const auto bytes = model.glb();
  auto scene = anatomy::load_model_from_memory(std::span(bytes), {}, "test.glb");
  return scene ? std::string("loaded") : scene.error().message;
}

struct Case {
  const char* what;
  std::function<void(nlohmann::json&)> damage;
  std::string expected;  // a part of the message: the JSON path and what is wrong
};

}  // namespace

TEST_CASE("the stand-in model passes the strict checks") { CHECK(error_of(testmodel::build()) == "loaded"); }

TEST_CASE("what glTF 2.0 forbids is refused with the place it is in") {
  const std::vector<Case> cases = {
      {"glTF 1", [](auto& d) { d["asset"]["version"] = "1.0"; }, "asset.version: 1.0; only glTF 2 is read"},
      {"a version that is no number", [](auto& d) { d["asset"]["version"] = "two"; },
       "asset.version: \"two\""},
      {"a newer minimum", [](auto& d) { d["asset"]["minVersion"] = "2.1"; }, "asset.minVersion: 2.1"},
      {"a default scene that does not exist", [](auto& d) { d["scene"] = 3; },
       "scene: scene 3 does not exist"},
      {"a scene root that does not exist", [](auto& d) { d["scenes"][0]["nodes"].push_back(999); },
       "node 999 does not exist"},
      {"a scene root listed twice",
       [](auto& d) { d["scenes"][0]["nodes"].push_back(d["scenes"][0]["nodes"][0]); }, "is listed twice"},
      {"a material that does not exist", [](auto& d) { d["meshes"][0]["primitives"][0]["material"] = 7; },
       "meshes[0].primitives[0].material: material 7 does not exist"},
      {"a mode no glTF has", [](auto& d) { d["meshes"][0]["primitives"][0]["mode"] = 9; },
       "meshes[0].primitives[0].mode: 9 is not a glTF primitive mode"},
      {"a component type no glTF has", [](auto& d) { d["accessors"][0]["componentType"] = 5130; },
       "accessors[0].componentType: 5130"},
      // tinygltf refuses this one itself (its message has no path yet).
      {"a stride that is not a multiple of 4", [](auto& d) { d["bufferViews"][0]["byteStride"] = 13; },
       "byteStride' must be the multiple of 4 : 13"},
      {"a joint listed twice in a skin",
       [](auto& d) { d["skins"][0]["joints"][3] = d["skins"][0]["joints"][2]; }, "skins[0].joints[3]: node"},
      {"an interpolation no glTF has",
       [](auto& d) { d["animations"][0]["samplers"][0]["interpolation"] = "SMOOTH"; },
       "animations[0].samplers[0].interpolation: \"SMOOTH\""},
      {"an animated property no glTF has",
       [](auto& d) { d["animations"][0]["channels"][0]["target"]["path"] = "colour"; },
       "animations[0].channels[0].target.path: \"colour\""},
  };
  for (const Case& c : cases) {
    auto model = testmodel::build();
    c.damage(model.doc);
    const std::string error = error_of(model);
    INFO(c.what << ": " << error);
    CHECK(error.find(c.expected) != std::string::npos);
  }
}
