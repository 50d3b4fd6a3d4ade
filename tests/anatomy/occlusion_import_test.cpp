// COLOR_0, the baked ambient occlusion: read in every component type glTF 2.0 allows, 1 where a
// mesh has none, refused with its place when it does not fit the mesh.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "anatomy/gltf_importer.h"
#include "anatomy/load_test_model.h"
#include "anatomy/test_model.h"

namespace {

using testmodel::error_of;
using testmodel::load;

// The stand-in's pelvis: its mesh index and vertex count.
struct Target {
  std::size_t mesh = 0;
  std::size_t vertices = 0;
};

Target pelvis(const testmodel::Model& model) {
  for (std::size_t m = 0; m < model.doc["meshes"].size(); ++m) {
    if (model.doc["meshes"][m]["name"] != "bone.pelvis") continue;
    const auto position =
        model.doc["meshes"][m]["primitives"][0]["attributes"]["POSITION"].get<std::size_t>();
    return {m, model.doc["accessors"][position]["count"].get<std::size_t>()};
  }
  FAIL("the stand-in has no pelvis");
  return {};
}

void set_colour(testmodel::Model& model, const Target& target, int accessor) {
  model.doc["meshes"][target.mesh]["primitives"][0]["attributes"]
           [testmodel::text(anatomy::schema::kOcclusionAttribute)] = accessor;
}

const std::vector<float>& pelvis_occlusion(const anatomy::Scene& scene) {
  const auto structure = scene.find_structure("bone.pelvis");
  REQUIRE(structure);
  const auto& node =
      scene.nodes[static_cast<std::size_t>(scene.structures[static_cast<std::size_t>(*structure)].node)];
  return scene.meshes[static_cast<std::size_t>(node.mesh)].primitives.front().occlusion;
}

// Vertex v of `count` gets the grey v / (count - 1): 0 at the first vertex, 1 at the last.
float ramp(std::size_t v, std::size_t count) { return static_cast<float>(v) / static_cast<float>(count - 1); }

}  // namespace

TEST_CASE("a mesh without COLOR_0 is fully open: occlusion 1 on every vertex") {
  auto scene = load(testmodel::build());
  REQUIRE(scene.ok());
  for (const auto& mesh : scene->meshes)
    for (const auto& primitive : mesh.primitives) {
      REQUIRE(primitive.occlusion.size() == primitive.positions.size());
      for (float ao : primitive.occlusion) CHECK(ao == 1.0f);
    }
}

TEST_CASE("COLOR_0 of floats, normalised bytes and normalised shorts reads as the same occlusion") {
  auto model = testmodel::build();
  const Target target = pelvis(model);
  const std::size_t n = target.vertices;
  std::vector<float> vec3_floats;
  std::vector<std::uint8_t> vec4_bytes;
  std::vector<std::uint16_t> vec4_shorts;
  for (std::size_t v = 0; v < n; ++v) {
    const float g = ramp(v, n);
    vec3_floats.insert(vec3_floats.end(), {g, g, g});
    const auto b = static_cast<std::uint8_t>(std::lround(g * 255.0f));
    vec4_bytes.insert(vec4_bytes.end(), {b, b, b, 255});
    const auto s = static_cast<std::uint16_t>(std::lround(g * 65535.0f));
    vec4_shorts.insert(vec4_shorts.end(), {s, s, s, 65535});
  }
  struct Case {
    const char* what;
    int accessor;
    float tolerance;
  };
  const Case cases[] = {
      {"VEC3 float", model.add_accessor(vec3_floats.data(), vec3_floats.size() * 4, 5126, "VEC3", n), 1e-6f},
      {"VEC4 unsigned byte",
       model.add_accessor(vec4_bytes.data(), vec4_bytes.size(), 5121, "VEC4", n, {{"normalized", true}}),
       0.5f / 255.0f},
      {"VEC4 unsigned short",
       model.add_accessor(vec4_shorts.data(), vec4_shorts.size() * 2, 5123, "VEC4", n,
                          {{"normalized", true}}),
       0.5f / 65535.0f},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    set_colour(model, target, c.accessor);
    auto scene = load(model);
    INFO((scene ? std::string("loaded") : scene.error().message));
    REQUIRE(scene.ok());
    const auto& occlusion = pelvis_occlusion(*scene);
    REQUIRE(occlusion.size() == n);
    for (std::size_t v = 0; v < n; ++v) CHECK(occlusion[v] == Approx(ramp(v, n)).margin(c.tolerance));
  }
}

TEST_CASE("a COLOR_0 whose count differs from POSITION is refused with its place") {
  auto model = testmodel::build();
  const Target target = pelvis(model);
  const std::vector<float> grey(3 * (target.vertices - 1), 0.5f);
  set_colour(model, target,
             model.add_accessor(grey.data(), grey.size() * 4, 5126, "VEC3", target.vertices - 1));
  const auto error = error_of(model);
  INFO(error);
  CHECK(error.find("meshes[" + std::to_string(target.mesh) + "].primitives[0].attributes.COLOR_0") !=
        std::string::npos);
  CHECK(error.find(std::to_string(target.vertices - 1) + " elements, expected " +
                   std::to_string(target.vertices)) != std::string::npos);
}

TEST_CASE("a COLOR_0 of a type glTF does not allow for colours is refused and named") {
  auto model = testmodel::build();
  const Target target = pelvis(model);
  const std::size_t n = target.vertices;
  const std::string place = "meshes[" + std::to_string(target.mesh) + "].primitives[0].attributes.COLOR_0";

  const std::vector<float> scalar(n, 0.5f);
  set_colour(model, target, model.add_accessor(scalar.data(), scalar.size() * 4, 5126, "SCALAR", n));
  auto error = error_of(model);
  INFO(error);
  CHECK(error.find(place) != std::string::npos);
  CHECK(error.find("type SCALAR, expected VEC3 or VEC4") != std::string::npos);

  // Signed bytes are no colour type; unsigned ones must be normalised.
  const std::vector<std::int8_t> signed_bytes(4 * n, 64);
  set_colour(
      model, target,
      model.add_accessor(signed_bytes.data(), signed_bytes.size(), 5120, "VEC4", n, {{"normalized", true}}));
  error = error_of(model);
  INFO(error);
  CHECK(error.find(place) != std::string::npos);
  CHECK(error.find("component type 5120 is not allowed") != std::string::npos);

  const std::vector<std::uint8_t> raw_bytes(4 * n, 128);
  set_colour(model, target, model.add_accessor(raw_bytes.data(), raw_bytes.size(), 5121, "VEC4", n));
  error = error_of(model);
  INFO(error);
  CHECK(error.find(place) != std::string::npos);
  CHECK(error.find("must be normalized") != std::string::npos);
}

TEST_CASE("COLOR_0 floats outside 0..1 or not finite are refused with the element") {
  auto model = testmodel::build();
  const Target target = pelvis(model);
  const std::size_t n = target.vertices;
  std::vector<float> grey(3 * n, 0.5f);
  grey[3 * 2 + 1] = 1.5f;  // vertex 2, green
  set_colour(model, target, model.add_accessor(grey.data(), grey.size() * 4, 5126, "VEC3", n));
  auto error = error_of(model);
  INFO(error);
  CHECK(error.find("attributes.COLOR_0") != std::string::npos);
  CHECK(error.find("element 2 has a colour component of 1.5") != std::string::npos);

  grey[3 * 2 + 1] = std::numeric_limits<float>::quiet_NaN();
  set_colour(model, target, model.add_accessor(grey.data(), grey.size() * 4, 5126, "VEC3", n));
  error = error_of(model);
  INFO(error);
  CHECK(error.find("attributes.COLOR_0") != std::string::npos);
  CHECK(error.find("element 2 is not a finite number") != std::string::npos);
}

TEST_CASE("the bundled model carries its baked occlusion on every mesh") {
  const std::filesystem::path path = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models/lower_body.glb";
  auto scene = anatomy::load_model(path);
  INFO((scene ? anatomy::summary(*scene) : scene.error().message));
  REQUIRE(scene.ok());
  for (const auto& mesh : scene->meshes) {
    INFO(mesh.name);
    for (const auto& primitive : mesh.primitives) {
      REQUIRE(primitive.occlusion.size() == primitive.positions.size());
      float lo = 1.0f;
      for (float ao : primitive.occlusion) lo = std::min(lo, ao);
      CHECK(lo < 1.0f);  // baked: somewhere on every part something lies near
    }
  }
}
