#pragma once
// Renders a real frame of the whole interface headless (`posturelab screenshot --ui-report`) and
// reads back what it showed: windows, viewport, callouts, landmarks and overlays. Boxes in window
// pixels, origin top left. Needs Catch2, nlohmann/json and run_process.h's POSTURELAB_EXECUTABLE.
#include <unistd.h>
#include <filesystem>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/file_io.h"
#include "support/run_process.h"

namespace support {

struct Box {
  double x, y, w, h;
  bool overlaps(const Box& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
  bool inside(const Box& o) const {
    return x >= o.x - 0.5 && y >= o.y - 0.5 && x + w <= o.x + o.w + 0.5 && y + h <= o.y + o.h + 0.5;
  }
};

inline Box box(const nlohmann::json& j) {
  return {j["x"].get<double>(), j["y"].get<double>(), j["w"].get<double>(), j["h"].get<double>()};
}

inline nlohmann::json ui_report(const std::string& arguments) {
  // CTest runs test cases in parallel processes: each call writes its own files.
  static int call = 0;
  const auto dir = std::filesystem::temp_directory_path();
  const std::string stem = "pl_ui_report_" + std::to_string(::getpid()) + "_" + std::to_string(++call);
  const auto png = dir / (stem + ".png");
  const auto json = dir / (stem + ".json");
  std::filesystem::remove(json);
  const auto run =
      run_posturelab("screenshot --out " + png.string() + " --ui-report " + json.string() + " " + arguments);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  auto text = core::read_file(json);
  REQUIRE(text.ok());
  std::filesystem::remove(png);
  std::filesystem::remove(json);
  return nlohmann::json::parse(*text);
}

}  // namespace support
