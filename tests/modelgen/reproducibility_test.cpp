#include "modelgen/glb_file.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

// How long generation takes is a figure for the notes (about 5–9 s here), not a test: timed
// assertions fail on a loaded machine or under sanitizers.
TEST_CASE("the generator reproduces the committed model byte for byte") {
  const std::string out = std::string(POSTURELAB_BINARY_DIR) + "/modelgen_reproduced.glb";
  std::filesystem::remove(out);
  const std::string command = std::string("\"") + MODELGEN_EXECUTABLE + "\" --out \"" + out + "\"";
  REQUIRE(std::system(command.c_str()) == 0);
  const auto fresh = modelgen_test::GlbFile::read_bytes(out);
  const auto committed = modelgen_test::GlbFile::read_bytes(modelgen_test::model_path());
  INFO("regenerate with: cmake --build <build> --target generate_model");
  REQUIRE(fresh.size() == committed.size());
  CHECK(fresh == committed);
}
