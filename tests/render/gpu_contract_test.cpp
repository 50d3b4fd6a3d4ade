// The numbers C++ and the shaders share are written once, in render/gpu_contract.h: the shaders
// name them (no literals), and every name the contract defines is used. No GPU needed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "render/colour_scales.h"
#include "render/gpu_contract.h"
#include "render/shader_program.h"

namespace {

std::map<std::string, std::string> shader_files() {
  std::map<std::string, std::string> files;
  const auto folder = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "shaders";
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    files[entry.path().filename().string()] = text.str();
  }
  return files;
}

std::map<std::string, long> defines(const std::string& text) {
  std::map<std::string, long> out;
  const std::regex line(R"(#define (\w+) (-?\d+)\n)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), line); it != std::sregex_iterator(); ++it)
    out[(*it)[1]] = std::stol((*it)[2]);
  return out;
}

}  // namespace

TEST_CASE("the contract's defines carry the values C++ uses") {
  const auto d = defines(render::gpu::contract_defines());
  CHECK(d.at("MAX_JOINTS") == static_cast<long>(render::gpu::kMaxJoints));
  for (const auto& a : render::gpu::kAttributes)
    CHECK(d.at(std::string(a.define)) == render::gpu::location(a.attribute));
  for (const auto& c : anatomy::kCategories) {
    INFO(c.name);
    CHECK(d.at(render::gpu::category_define(c.category)) == c.shader_index);
  }
  CHECK(render::gpu::category_define(anatomy::Category::muscle) == "CATEGORY_MUSCLE");
  CHECK(d.at("SCALE_STOPS") == static_cast<long>(render::ColourScale::kStops));
  CHECK(d.size() == 1 + render::gpu::kAttributes.size() + anatomy::kCategoryCount + 1);
}

TEST_CASE("a stage is the version line, the contract's defines, the variant's, then the body") {
  const std::string out = render::stage_source(render::with_defines("void main() {}\n", "#define GHOST\n"));
  // The desktop dialect; the web build's prologue (GLSL ES 3.00) is checked in the browser.
  CHECK(out.rfind("#version 330 core\n#define MAX_JOINTS ", 0) == 0);
  CHECK(out.find("#define GHOST\nvoid main() {}\n") != std::string::npos);
  CHECK(out.find("#define CATEGORY_SKIN") < out.find("#define GHOST"));
  CHECK(out.find("#version", 1) == std::string::npos);
}

TEST_CASE("no shader file names its own GLSL version: the program supplies it per platform") {
  for (const auto& [name, text] : shader_files()) {
    INFO(name);
    CHECK_FALSE(std::regex_search(text, std::regex(R"((^|\n)[ \t]*#version)")));
  }
}

TEST_CASE("the shaders name attribute locations, the joint count, categories and stop counts") {
  const auto files = shader_files();
  REQUIRE(files.size() > 10);
  const std::regex literal_location(R"(layout\s*\(\s*location\s*=\s*\d)");
  const std::regex literal_category(R"(CATEGORY\s*==\s*\d)");
  const std::regex literal_array(R"(uniform\s+\w+\s+\w+\s*\[\s*\d+\s*\])");
  std::string all;
  for (const auto& [name, text] : files) {
    INFO(name);
    CHECK_FALSE(std::regex_search(text, literal_location));
    CHECK_FALSE(std::regex_search(text, literal_category));
    CHECK_FALSE(std::regex_search(text, literal_array));
    all += text;
  }
  // Every name the contract defines is used by some shader, so none of them is stale.
  for (const auto& [name, value] : defines(render::gpu::contract_defines())) {
    INFO(name);
    CHECK(std::regex_search(all, std::regex("\\b" + name + "\\b")));
  }
}
