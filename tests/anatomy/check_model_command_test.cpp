// `posturelab check-model FILE` against models built here: the real executable, exit codes and
// the first problem named on stderr.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "anatomy/test_model.h"
#include "support/run_process.h"

namespace {
using Run = support::ProcessResult;

Run check_model(const std::filesystem::path& file) {
  return support::run_process(std::string(POSTURELAB_EXECUTABLE) + " check-model '" + file.string() +
                              "' 2>&1");
}

std::filesystem::path folder() {
  auto path = std::filesystem::temp_directory_path() / "posturelab_check_model";
  std::filesystem::create_directories(path);
  return path;
}
}  // namespace

TEST_CASE("check-model accepts a valid model with a one-line summary") {
  const auto file = folder() / "valid.glb";
  testmodel::build().write(file);
  const auto run = check_model(file);
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.find("21 structures") != std::string::npos);
  CHECK(run.output.find("14 joints") != std::string::npos);
  CHECK(run.output.find("1 animations (gait)") != std::string::npos);
  CHECK(std::count(run.output.begin(), run.output.end(), '\n') == 1);
}

TEST_CASE("check-model rejects a broken accessor with exit 2 and names it") {
  auto model = testmodel::build();
  model.doc["accessors"][3]["count"] = 1000000;
  const auto file = folder() / "broken_accessor.glb";
  model.write(file);
  const auto run = check_model(file);
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("broken_accessor.glb: ") != std::string::npos);
  CHECK(run.output.find("accessors[3]") != std::string::npos);
}

TEST_CASE("check-model rejects a node cycle and a missing file with exit 2") {
  auto model = testmodel::build();
  model.doc["nodes"][9]["children"].push_back(0);
  const auto file = folder() / "cycle.glb";
  model.write(file);
  CHECK(check_model(file).exit_code == 2);
  const auto missing = check_model(folder() / "does_not_exist.glb");
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("does not exist") != std::string::npos);
}

TEST_CASE("check-model accepts the bundled model") {
  const std::filesystem::path path = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models/lower_body.glb";
  REQUIRE(std::filesystem::exists(path));  // committed; tools/modelgen regenerates it
  const auto run = check_model(path);
  INFO(run.output);
  CHECK(run.exit_code == 0);
}

TEST_CASE("check-model refuses a skin with more joints than the renderer draws, and says so") {
  const auto model = testmodel::with_extra_joints(60);
  const auto file = folder() / "many_joints.glb";
  model.write(file);
  const auto run = check_model(file);
  INFO(run.output);
  CHECK(run.exit_code == 2);
  CHECK(run.output.find("many_joints.glb") != std::string::npos);
  CHECK(run.output.find("joints") != std::string::npos);
  CHECK(run.output.find("supports 64") != std::string::npos);
}
