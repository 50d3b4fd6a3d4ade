// Runs the real `posturelab bench` briefly, headless, so the benchmark cannot rot: every key of its
// JSON is there with a plausible value, and bad values are refused. Its figures are not judged here
// (timing targets belong to the benchmark, not to a test on a shared machine).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "support/run_process.h"

namespace {
using nlohmann::json;

// Runs the bench and parses its stdout alone (warnings go to stderr).
json bench_json(const std::string& arguments) {
  const auto result = support::run_process(std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") +
                                           POSTURELAB_EXECUTABLE + " bench " + arguments + " 2>/dev/null");
  INFO(arguments << "\n" << result.output);
  REQUIRE(result.exit_code == 0);
  const json parsed = json::parse(result.output, nullptr, false);
  REQUIRE_FALSE(parsed.is_discarded());
  REQUIRE(parsed.is_object());
  return parsed;
}
}  // namespace

TEST_CASE("a short bench prints every agreed key with a plausible value") {
  const json j = bench_json("--frames 10 --size 320x180 --json");
  INFO(j.dump());
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  CHECK(keys == std::vector<std::string>{"detail", "draw_calls", "first_frame_ms", "fps_median",
                                         "frame_ms_median", "frame_ms_p95", "height", "model_load_ms", "msaa",
                                         "peak_rss_mb", "renderer", "solve_us_median", "triangles", "ui",
                                         "width"});
  CHECK_FALSE(j["renderer"].get<std::string>().empty());
  CHECK(j["width"] == 320);
  CHECK(j["height"] == 180);
  CHECK(j["msaa"] == 4);
  CHECK(j["detail"] == "full");
  CHECK(j["ui"] == true);
  // The model (tens of thousands of triangles) and the panels are drawn.
  CHECK(j["triangles"].get<long>() > 10000);
  CHECK(j["draw_calls"].get<long>() > 10);
  const double median = j["frame_ms_median"].get<double>();
  CHECK(median > 0.0);
  CHECK(j["frame_ms_p95"].get<double>() >= median);
  CHECK(j["fps_median"].get<double>() == Approx(1000.0 / median).epsilon(0.01));
  // The slider moved, so the model was solved on the way.
  REQUIRE(j["solve_us_median"].is_number());
  CHECK(j["solve_us_median"].get<double>() > 0.0);
  CHECK(j["model_load_ms"].get<double>() > 0.0);
  // The first frame comes after the model loaded, within the process's life.
  CHECK(j["first_frame_ms"].get<double>() > j["model_load_ms"].get<double>());
  CHECK(j["peak_rss_mb"].get<double>() > 10.0);
  CHECK(j["peak_rss_mb"].get<double>() < 4096.0);
}

TEST_CASE("the bench's switches reach the frame: no UI, no MSAA, nothing solved when nothing moves") {
  const json with_ui = bench_json("--frames 2 --size 160x90 --sweep none --json");
  const json bare = bench_json("--frames 2 --size 160x90 --sweep none --no-ui --msaa 0 --json");
  INFO(with_ui.dump() << "\n" << bare.dump());
  CHECK(bare["ui"] == false);
  CHECK(bare["msaa"] == 0);
  CHECK(bare["solve_us_median"].is_null());
  // The panels are draws of their own.
  CHECK(bare["draw_calls"].get<long>() < with_ui["draw_calls"].get<long>());
  CHECK(bare["triangles"].get<long>() < with_ui["triangles"].get<long>());
}

TEST_CASE("the bench's moving detail draws the same draws with far fewer triangles") {
  // The camera orbits, so every frame draws the scene.
  const json full = bench_json("--frames 2 --size 160x90 --sweep orbit --no-ui --json");
  const json moving = bench_json("--frames 2 --size 160x90 --sweep orbit --no-ui --detail moving --json");
  INFO(full.dump() << "\n" << moving.dump());
  CHECK(moving["detail"] == "moving");
  CHECK(moving["draw_calls"] == full["draw_calls"]);
  // About a quarter of each large mesh; small meshes stay whole.
  CHECK(moving["triangles"].get<double>() < 0.5 * full["triangles"].get<double>());
  CHECK(moving["triangles"].get<double>() > 0.15 * full["triangles"].get<double>());
}

TEST_CASE("the bench refuses values out of range with a message and exit code 2") {
  struct Case {
    std::string arguments, message;
  };
  for (const Case& c : std::vector<Case>{
           {"--frames 0", "--frames 0: expected a whole number from 1 to 10000"},
           {"--frames 1000000000", "expected a whole number from 1 to 10000"},
           {"--size 0x0", "--size 0x0: expected WIDTHxHEIGHT from 16x16 to 7680x4320 pixels"},
           {"--size 7681x4320", "from 16x16 to 7680x4320"},
           {"--msaa 2", "--msaa 2: must be 0 (off) or 4"},
           {"--detail low", "--detail low: must be full or moving"},
           {"--sweep sideways", "--sweep sideways: must be slider, orbit, none or soak"},
       }) {
    const auto result = support::run_posturelab("bench " + c.arguments);
    INFO(c.arguments << "\n" << result.output);
    CHECK(result.exit_code == 2);
    CHECK(result.output.rfind("posturelab: error: --", 0) == 0);
    CHECK(result.output.find(c.message) != std::string::npos);
  }
}
