// Runs the real posturelab executable and checks exit codes, messages and output files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/run_process.h"

namespace {
using Run = support::ProcessResult;

Run run(const std::string& arguments, const std::string& environment = "env -u DISPLAY -u WAYLAND_DISPLAY") {
  return support::run_process(environment + " " + POSTURELAB_EXECUTABLE + " " + arguments + " 2>&1");
}
}  // namespace

TEST_CASE("--help and --version exit 0 and describe the program") {
  auto help = run("--help");
  CHECK(help.exit_code == 0);
  CHECK(help.output.find("posturelab screenshot") != std::string::npos);
  auto version = run("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.output.rfind("posturelab ", 0) == 0);
}

TEST_CASE("bad arguments exit 2 with a message naming the problem") {
  auto bad = run("--hamstrings 150");
  CHECK(bad.exit_code == 2);
  CHECK(bad.output.find("--hamstrings 150: out of range") != std::string::npos);
  auto unknown = run("dance");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.output.find("unknown command 'dance'") != std::string::npos);
}

TEST_CASE("the window without any display says so and exits 2 instead of crashing") {
  auto result = run("");
  CHECK(result.exit_code == 2);
  CHECK(result.output.find("no display available") != std::string::npos);
  CHECK(result.output.find("posturelab screenshot") != std::string::npos);
}

TEST_CASE("screenshot writes a PNG with no DISPLAY set at all") {
  const auto out = std::filesystem::temp_directory_path() / "posturelab_cli_shot.png";
  std::filesystem::remove(out);
  auto result = run("screenshot --out " + out.string() + " --size 320x240 --view oblique");
  INFO(result.output);
  CHECK(result.exit_code == 0);
  REQUIRE(std::filesystem::exists(out));
  CHECK(std::filesystem::file_size(out) > 1000);
  std::filesystem::remove(out);
}

TEST_CASE("screenshot into a missing folder fails before rendering and names the folder") {
  auto result = run("screenshot --out /nonexistent/dir/x.png");
  CHECK(result.exit_code == 2);
  CHECK(result.output.find("/nonexistent/dir") != std::string::npos);
}

TEST_CASE("a graphics driver too old for OpenGL 3.3 gets a clear message and exit code 2, not a crash") {
  // Mesa can pretend to be an old driver: it then refuses 3.3 core contexts.
  auto result = run("screenshot --out /tmp/pl_old_gl.png", "env -u DISPLAY MESA_GL_VERSION_OVERRIDE=3.0");
  INFO(result.output);
  CHECK(result.exit_code == 2);
  CHECK(result.output.find("OpenGL 3.3") != std::string::npos);
}
