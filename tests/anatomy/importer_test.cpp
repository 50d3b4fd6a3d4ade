#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>

#include "anatomy/gltf_importer.h"
#include "anatomy/load_test_model.h"
#include "anatomy/test_model.h"

namespace {

using testmodel::error_of;
using testmodel::load;

std::filesystem::path temp_folder(const std::string& name) {
  auto path = std::filesystem::temp_directory_path() / ("posturelab_anatomy_" + name);
  std::filesystem::create_directories(path);
  return path;
}

}  // namespace

TEST_CASE("a valid model loads with its structures, joints, landmarks and clips") {
  auto scene = load(testmodel::build());
  REQUIRE(scene.ok());
  CHECK(scene->structures.size() == testmodel::parts().size());
  CHECK(scene->joint_count() == testmodel::joints().size());
  CHECK(scene->landmarks.size() == 4);
  REQUIRE(scene->find_animation("gait"));
  CHECK(scene->animations[0].duration_s == Approx(1.1f));
  const auto disc = scene->find_structure("disc.L5-S1");
  REQUIRE(disc);
  CHECK(scene->structures[static_cast<std::size_t>(*disc)].category == anatomy::Category::disc);
  const auto muscle = scene->find_structure("muscle.semimembranosus.r");
  REQUIRE(muscle);
  CHECK(scene->structures[static_cast<std::size_t>(*muscle)].side == anatomy::Side::right);
  CHECK(scene->structures[static_cast<std::size_t>(*muscle)].group == "hamstrings");
  // 14 joints are one skin; 17 boxes of 6 rings: 4 sides x 6 x 2 + 4 cap triangles = 52 each.
  CHECK(scene->triangle_count() == testmodel::parts().size() * 52);
  const auto summary = anatomy::summary(*scene);
  CHECK(summary.find("triangles") != std::string::npos);
  CHECK(summary.find("gait") != std::string::npos);
}

TEST_CASE("the rest bounds of the model span the floor to the lower back") {
  auto scene = load(testmodel::build());
  REQUIRE(scene.ok());
  const auto bounds = anatomy::rest_bounds(*scene);
  CHECK(bounds.min.y == Approx(0.04f));
  CHECK(bounds.max.y == Approx(1.34f));
}

TEST_CASE("an accessor that reads past its buffer view is named in the error") {
  auto model = testmodel::build();
  model.doc["accessors"][3]["count"] = 100000;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("test.glb: ") == 0);
  CHECK(error.find("accessors[3]") != std::string::npos);
}

TEST_CASE("an accessor count that would wrap the size arithmetic is refused before any allocation") {
  auto model = testmodel::build();
  // The positions, the first accessor read (no other count to compare with). About 2^64 / 3:
  // times 3 components and 4 bytes it wraps to a small size.
  const int positions = model.doc["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<int>();
  model.doc["accessors"][positions]["count"] = std::uint64_t{6148914691236517206u};
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("accessors[" + std::to_string(positions) + "]") != std::string::npos);
  CHECK(error.find("more than the") != std::string::npos);
}

TEST_CASE("an accessor of zeros without a buffer view cannot ask for gigabytes") {
  auto model = testmodel::build();
  // Ten million vertex positions of zeros, in a few bytes of JSON.
  const int positions = model.doc["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<int>();
  model.doc["accessors"][positions].erase("bufferView");
  model.doc["accessors"][positions].erase("byteOffset");
  model.doc["accessors"][positions]["count"] = 10000000;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("accessors[" + std::to_string(positions) + "]") != std::string::npos);
  CHECK(error.find("more than the") != std::string::npos);
}

TEST_CASE("a model with more nodes or primitives than the limits is refused by count and limit") {
  auto nodes = testmodel::build();
  for (int i = 0; i < 5000; ++i) nodes.doc["nodes"].push_back({{"name", "extra_" + std::to_string(i)}});
  const auto node_error = error_of(nodes);
  INFO(node_error);
  CHECK(node_error.find("nodes: " + std::to_string(nodes.doc["nodes"].size())) != std::string::npos);
  CHECK(node_error.find("at most 4096") != std::string::npos);

  auto primitives = testmodel::build();
  auto& list = primitives.doc["meshes"][0]["primitives"];
  const auto first = list[0];
  while (list.size() <= 64) list.push_back(first);
  const auto primitive_error = error_of(primitives);
  INFO(primitive_error);
  CHECK(primitive_error.find("meshes[0].primitives: 65") != std::string::npos);
}

TEST_CASE("a mesh drawn by many nodes is refused when the triangles drawn pass the limit") {
  auto model = testmodel::build();
  // Real indices, 600 000 triangles (all into vertex 0, still valid), drawn by four nodes: 2.4 M.
  const std::vector<std::uint32_t> zeros(3 * 600000, 0u);
  const int indices = model.add_accessor(zeros.data(), zeros.size() * 4, 5125, "SCALAR", zeros.size());
  model.doc["meshes"][0]["primitives"][0]["indices"] = indices;
  for (int i = 0; i < 4; ++i)
    model.doc["nodes"].push_back({{"name", "copy_" + std::to_string(i)}, {"mesh", 0}});
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("triangles in all") != std::string::npos);
  CHECK(error.find("at most 2097152") != std::string::npos);
}

TEST_CASE("a buffer view outside its buffer is refused") {
  auto model = testmodel::build();
  model.doc["bufferViews"][2]["byteOffset"] = 1u << 30;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error != "loaded");
}

TEST_CASE("an index past the vertex count is refused") {
  auto model = testmodel::build();
  // Make the first primitive's indices read from the POSITION data of another mesh: huge values.
  const int indices = model.doc["meshes"][0]["primitives"][0]["indices"];
  const std::uint16_t bad[3] = {0, 1, 60000};
  const int replacement = model.add_accessor(bad, sizeof bad, 5123, "SCALAR", 3);
  model.doc["meshes"][0]["primitives"][0]["indices"] = replacement;
  (void)indices;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("meshes[0].primitives[0].indices") != std::string::npos);
  CHECK(error.find("60000") != std::string::npos);
}

TEST_CASE("a joint index past the skin's joints is refused") {
  auto model = testmodel::build();
  const std::size_t n =
      model.doc["accessors"][model.doc["meshes"][0]["primitives"][0]["attributes"]["POSITION"].get<int>()]
               ["count"];
  std::vector<std::uint16_t> joints(n * 4, 0);
  joints[0] = 99;
  const int accessor = model.add_accessor(joints.data(), joints.size() * 2, 5123, "VEC4", n);
  model.doc["meshes"][0]["primitives"][0]["attributes"]["JOINTS_0"] = accessor;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("JOINTS_0") != std::string::npos);
  CHECK(error.find("joint 99") != std::string::npos);
}

TEST_CASE("weights that do not sum to one are refused") {
  auto model = testmodel::build();
  const std::size_t n =
      model.doc["accessors"][model.doc["meshes"][1]["primitives"][0]["attributes"]["POSITION"].get<int>()]
               ["count"];
  std::vector<float> weights(n * 4, 0.0f);
  for (std::size_t v = 0; v < n; ++v) weights[v * 4] = 0.5f;
  const int accessor = model.add_accessor(weights.data(), weights.size() * 4, 5126, "VEC4", n);
  model.doc["meshes"][1]["primitives"][0]["attributes"]["WEIGHTS_0"] = accessor;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("meshes[1].primitives[0].attributes.WEIGHTS_0") != std::string::npos);
}

TEST_CASE("a cycle in the node hierarchy is refused") {
  auto model = testmodel::build();
  model.doc["nodes"][13]["children"].push_back(0);  // ankle.r -> pelvis
  const auto error = error_of(model);
  INFO(error);
  CHECK((error.find("cycle") != std::string::npos || error.find("two parents") != std::string::npos ||
         error.find("not a valid glTF") != std::string::npos));
  CHECK(error != "loaded");
}

TEST_CASE("a node that is its own child is refused") {
  auto model = testmodel::build();
  model.doc["nodes"][9]["children"].push_back(9);
  CHECK(error_of(model) != "loaded");
}

TEST_CASE("an unknown structure category is named with its node") {
  auto model = testmodel::build();
  model.doc["nodes"][14]["extras"]["category"] = "cartilage";
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("nodes[14].extras.category") != std::string::npos);
}

TEST_CASE("two structures with the same id are refused") {
  auto model = testmodel::build();
  model.doc["nodes"][15]["extras"]["id"] = model.doc["nodes"][14]["extras"]["id"];
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("used by two nodes") != std::string::npos);
}

TEST_CASE("animation keyframes that do not increase are refused") {
  auto model = testmodel::build();
  const int input = model.doc["animations"][0]["samplers"][0]["input"];
  const float times[] = {0.0f, 0.6f, 0.3f};
  model.doc["animations"][0]["samplers"][0]["input"] =
      model.add_accessor(times, sizeof times, 5126, "SCALAR", 3);
  (void)input;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("animations[0].samplers[0].input") != std::string::npos);
}

TEST_CASE("a structure's side is read in the generator's spelling and refused when unknown") {
  auto model = testmodel::build();
  model.doc["nodes"][14]["extras"]["side"] = "left";
  auto scene = load(model);
  REQUIRE(scene.ok());
  CHECK(scene->structures[0].side == anatomy::Side::left);
  model.doc["nodes"][14]["extras"]["side"] = "both";
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("test.glb: nodes[14].extras.side: \"both\"") == 0);
}

TEST_CASE("an extras value that is not a string is named with its key") {
  auto model = testmodel::build();
  model.doc["nodes"][14]["extras"]["group"] = 7;
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("nodes[14].extras.group: must be a string") != std::string::npos);
}

TEST_CASE("the fibre directions of muscles are kept as the file stores them") {
  auto scene = load(testmodel::build());
  REQUIRE(scene.ok());
  int muscles = 0;
  for (const anatomy::Structure& s : scene->structures) {
    const auto& node = scene->nodes[static_cast<std::size_t>(s.node)];
    const auto& primitive = scene->meshes[static_cast<std::size_t>(node.mesh)].primitives.front();
    INFO(s.id);
    if (s.category != anatomy::Category::muscle) {
      CHECK(primitive.tangents.empty());
      continue;
    }
    ++muscles;
    REQUIRE(primitive.tangents.size() == primitive.positions.size());
    for (const glm::vec4& t : primitive.tangents) CHECK(t == glm::vec4(0.0f, 1.0f, 0.0f, 1.0f));
  }
  CHECK(muscles == 4);
}

TEST_CASE("fibre directions that do not match the vertex count are refused with their place") {
  auto model = testmodel::build();
  int mesh = -1;
  for (std::size_t m = 0; m < model.doc["meshes"].size(); ++m)
    if (model.doc["meshes"][m]["primitives"][0]["attributes"].contains("TANGENT")) mesh = static_cast<int>(m);
  REQUIRE(mesh >= 0);
  const float one[4] = {0.0f, 1.0f, 0.0f, 1.0f};
  model.doc["meshes"][static_cast<std::size_t>(mesh)]["primitives"][0]["attributes"]["TANGENT"] =
      model.add_accessor(one, sizeof one, 5126, "VEC4", 1);
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("meshes[" + std::to_string(mesh) + "].primitives[0].attributes.TANGENT") !=
        std::string::npos);
  CHECK(error.find("1 elements, expected") != std::string::npos);
}

TEST_CASE("required extensions are refused, all of them named") {
  auto model = testmodel::build();
  model.doc["extensionsUsed"] = {"KHR_draco_mesh_compression", "EXT_meshopt_compression"};
  model.doc["extensionsRequired"] = {"KHR_draco_mesh_compression", "EXT_meshopt_compression"};
  const auto error = error_of(model);
  INFO(error);
  CHECK(
      error ==
      "test.glb: extensionsRequired: KHR_draco_mesh_compression, EXT_meshopt_compression are not supported");
  model.doc["extensionsRequired"] = {"EXT_meshopt_compression"};
  CHECK(error_of(model) == "test.glb: extensionsRequired: EXT_meshopt_compression is not supported");
}

TEST_CASE("garbage is not a model") {
  const std::string text = "this is not gltf";
  auto scene = anatomy::load_model_from_memory(
      std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()), {}, "junk.glb");
  REQUIRE_FALSE(scene.ok());
  CHECK(scene.error().message.find("junk.glb") == 0);
}

TEST_CASE("a missing file says so") {
  auto scene = anatomy::load_model("/nonexistent/model.glb");
  REQUIRE_FALSE(scene.ok());
  CHECK(scene.error().message.find("does not exist") != std::string::npos);
}

TEST_CASE("external buffers load only from the model's own folder") {
  const auto folder = temp_folder("external");
  const auto outside = temp_folder("outside");
  auto model = testmodel::build();
  {
    std::ofstream(outside / "data.bin", std::ios::binary)
        .write(reinterpret_cast<const char*>(model.bin.data()),
               static_cast<std::streamsize>(model.bin.size()));
    std::ofstream(folder / "data.bin", std::ios::binary)
        .write(reinterpret_cast<const char*>(model.bin.data()),
               static_cast<std::streamsize>(model.bin.size()));
  }
  auto doc = model.doc;
  doc["buffers"] = {{{"byteLength", model.bin.size()}, {"uri", "data.bin"}}};
  std::ofstream(folder / "inside.gltf") << doc.dump();
  auto inside = anatomy::load_model(folder / "inside.gltf");
  INFO((inside ? std::string("ok") : inside.error().message));
  CHECK(inside.ok());

  doc["buffers"] = {{{"byteLength", model.bin.size()}, {"uri", "../posturelab_anatomy_outside/data.bin"}}};
  std::ofstream(folder / "escape.gltf") << doc.dump();
  auto escape = anatomy::load_model(folder / "escape.gltf");
  REQUIRE_FALSE(escape.ok());
  CHECK(escape.error().message.find("outside the model's folder") != std::string::npos);
}

TEST_CASE("the bundled model loads with the fibre directions of every muscle and tendon") {
  const std::filesystem::path path = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models/lower_body.glb";
  REQUIRE(std::filesystem::exists(path));  // committed; tools/modelgen regenerates it
  auto scene = anatomy::load_model(path);
  INFO((scene ? anatomy::summary(*scene) : scene.error().message));
  REQUIRE(scene.ok());
  CHECK(scene->find_structure("disc.L5-S1"));
  CHECK(scene->find_node("joint.pelvis"));
  int fibred = 0;
  for (const anatomy::Structure& s : scene->structures) {
    if (s.category != anatomy::Category::muscle && s.category != anatomy::Category::tendon) continue;
    INFO(s.id);
    const auto& node = scene->nodes[static_cast<std::size_t>(s.node)];
    for (const auto& primitive : scene->meshes[static_cast<std::size_t>(node.mesh)].primitives) {
      REQUIRE(primitive.tangents.size() == primitive.positions.size());
      for (const glm::vec4& t : primitive.tangents)
        CHECK(glm::length(glm::vec3(t)) == Approx(1.0f).margin(1e-3));
    }
    ++fibred;
  }
  CHECK(fibred > 20);
}
