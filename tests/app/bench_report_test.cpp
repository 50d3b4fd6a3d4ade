// The bench's script and its report, without a GPU: what the slider does frame by frame, and the
// JSON keys scripts and CI read.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "app/bench_report.h"
#include "app/bench_script.h"

TEST_CASE("the bench drags the hamstring slider from 100 down to 0 and back to 100 once") {
  constexpr int frames = 11;
  CHECK(app::swept_hamstrings_pct(0, frames) == Approx(100.0));
  CHECK(app::swept_hamstrings_pct(5, frames) == Approx(0.0));
  CHECK(app::swept_hamstrings_pct(10, frames) == Approx(100.0));
  // Even steps down, then up: 20 % a frame over 11 frames.
  for (int f = 1; f < frames; ++f)
    CHECK(std::abs(app::swept_hamstrings_pct(f, frames) - app::swept_hamstrings_pct(f - 1, frames)) ==
          Approx(20.0));
  CHECK(app::swept_hamstrings_pct(0, 1) == Approx(100.0));
}

TEST_CASE("percentiles of frame times take the nearest rank") {
  const std::vector<double> ms = {5.0, 1.0, 3.0, 2.0, 4.0};
  CHECK(app::percentile(ms, 0.5) == 3.0);
  CHECK(app::percentile(ms, 0.95) == 5.0);
  CHECK(app::percentile(ms, 0.0) == 1.0);
  CHECK(app::percentile({}, 0.5) == 0.0);
}

TEST_CASE("the bench's JSON has exactly the agreed keys, in their order") {
  app::BenchFigures f;
  f.renderer = "llvmpipe (LLVM 15.0.6, 256 bits)";
  f.triangles = 70000;
  f.draw_calls = 90;
  f.frame_ms_median = 40.0;
  f.frame_ms_p95 = 48.5;
  f.solve_us_median = 4.25;
  f.model_load_ms = 25.0;
  f.first_frame_ms = 180.0;
  f.peak_rss_mb = 157.0;
  f.width = 1280;
  f.height = 720;
  f.msaa = 4;
  f.ui = true;
  const auto json = nlohmann::ordered_json::parse(app::bench_json(f));
  std::vector<std::string> keys;
  for (const auto& [key, value] : json.items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"renderer", "triangles", "draw_calls", "frame_ms_median",
                                         "frame_ms_p95", "fps_median", "solve_us_median", "model_load_ms",
                                         "first_frame_ms", "peak_rss_mb", "width", "height", "msaa", "detail",
                                         "ui"});
  CHECK(json["renderer"] == f.renderer);
  CHECK(json["fps_median"].get<double>() == Approx(25.0));
  CHECK(json["solve_us_median"].get<double>() == Approx(4.25));
  CHECK(json["ui"] == true);
  // No slider moved: no solve to report, and the key says so rather than inventing a figure.
  f.solve_us_median.reset();
  CHECK(nlohmann::json::parse(app::bench_json(f))["solve_us_median"].is_null());
}

TEST_CASE("the bench's table names the renderer, the frame and every figure") {
  app::BenchFigures f;
  f.renderer = "llvmpipe";
  f.gl_version = "4.5";
  f.frame_ms_median = 20.0;
  f.msaa = 0;
  f.ui = false;
  f.frames = 10;
  f.width = 320;
  f.height = 180;
  f.sweep = app::BenchSweep::orbit;
  const std::string table = app::bench_table(f);
  CHECK(table.find("llvmpipe (OpenGL 4.5)") != std::string::npos);
  CHECK(table.find("10 at 320x180, no MSAA, UI off; the camera orbiting") != std::string::npos);
  CHECK(table.find("median 20.00 ms (50.0 fps)") != std::string::npos);
  CHECK(table.find("none during the frames") != std::string::npos);
  CHECK(table.find("peak memory") != std::string::npos);
}
