// Hostile model containers, refused with a named error before tinygltf parses them.
#include <catch2/catch.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "anatomy/container_check.h"
#include "anatomy/gltf_importer.h"
#include "anatomy/test_model.h"

namespace {
void put_u32(std::vector<std::uint8_t>& bytes, std::size_t offset, std::uint32_t value) {
  for (int i = 0; i < 4; ++i)
    bytes[offset + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(value >> (8 * i));
}

std::string error_of(const std::vector<std::uint8_t>& bytes) {
  auto scene = anatomy::load_model_from_memory(std::span(bytes), {}, "hostile.glb");
  return scene ? std::string("loaded") : scene.error().message;
}
}  // namespace

TEST_CASE("the test model's GLB passes the container checks") {
  const auto bytes = testmodel::build().glb();
  auto json = anatomy::check_glb_layout(bytes);
  REQUIRE(json.ok());
  CHECK(json->front() == '{');
  CHECK(anatomy::check_json_depth(*json).ok());
}

TEST_CASE("a GLB cut short with its header length rewritten is refused, naming the chunk") {
  // The case tinygltf 2.7 let through: its check of the binary chunk ignores the chunk's header.
  auto bytes = testmodel::build().glb();
  for (std::size_t cut : {4u, 8u}) {
    auto shorter = bytes;
    shorter.resize(bytes.size() - cut);
    put_u32(shorter, 8, static_cast<std::uint32_t>(shorter.size()));
    const auto error = error_of(shorter);
    INFO(error);
    CHECK(error.find("GLB chunk 1") != std::string::npos);
    CHECK(error.find("follow its header") != std::string::npos);
  }
}

TEST_CASE("a GLB whose header disagrees with the file, or of another version, is refused") {
  auto bytes = testmodel::build().glb();
  auto wrong_length = bytes;
  put_u32(wrong_length, 8, static_cast<std::uint32_t>(bytes.size() + 100));
  CHECK(error_of(wrong_length).find("the header says") != std::string::npos);
  auto version_one = bytes;
  put_u32(version_one, 4, 1);
  CHECK(error_of(version_one).find("version 1") != std::string::npos);
}

TEST_CASE("JSON nested thousands deep is refused before the parser recurses into it") {
  // 20 000 nested arrays in a node's extras: 40 KB that overflowed the recursive parser's stack.
  auto model = testmodel::build();
  std::string deep(20000, '[');
  deep += std::string(20000, ']');
  const std::string marker = "\"__deep__\"";
  model.doc["nodes"][0]["extras"]["deep"] = "__deep__";
  std::string text = model.doc.dump();
  text.replace(text.find(marker), marker.size(), deep);
  const std::vector<std::uint8_t> bytes(text.begin(), text.end());
  auto scene = anatomy::load_model_from_memory(std::span(bytes), {}, "deep.gltf");
  REQUIRE_FALSE(scene.ok());
  INFO(scene.error().message);
  CHECK(scene.error().message.find("nests deeper than 64") != std::string::npos);
  // Brackets inside strings do not count.
  CHECK(anatomy::check_json_depth("{\"a\": \"[[[[[[[[[[\"}", 2).ok());
  CHECK_FALSE(anatomy::check_json_depth("[[[]]]", 2).ok());
}
