// Renders real frames of the whole interface headless (`posturelab screenshot --ui-report`) and
// checks the layout: callouts on the anatomy inside the viewport, clear of each other and of every
// panel; the panels each mode promises; German text when asked for.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "core/file_io.h"
#include "support/run_process.h"

namespace {
struct Box {
  double x, y, w, h;
  bool overlaps(const Box& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
  bool inside(const Box& o) const {
    return x >= o.x - 0.5 && y >= o.y - 0.5 && x + w <= o.x + o.w + 0.5 && y + h <= o.y + o.h + 0.5;
  }
};
Box box(const nlohmann::json& j) {
  return {j["x"].get<double>(), j["y"].get<double>(), j["w"].get<double>(), j["h"].get<double>()};
}

nlohmann::json ui_report(const std::string& arguments) {
  // CTest runs test cases in parallel processes: each call writes its own files.
  static int call = 0;
  const auto dir = std::filesystem::temp_directory_path();
  const std::string stem = "pl_ui_layout_" + std::to_string(::getpid()) + "_" + std::to_string(++call);
  const auto png = dir / (stem + ".png");
  const auto json = dir / (stem + ".json");
  std::filesystem::remove(json);
  const auto run = support::run_posturelab("screenshot --out " + png.string() + " --ui-report " +
                                           json.string() + " " + arguments);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  auto text = core::read_file(json);
  REQUIRE(text.ok());
  std::filesystem::remove(png);
  std::filesystem::remove(json);
  return nlohmann::json::parse(*text);
}

bool has_window(const nlohmann::json& report, const std::string& name) {
  for (const auto& w : report["windows"])
    if (w["name"].get<std::string>().find(name) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE(
    "callouts of a severe imbalance sit on the anatomy, inside the viewport, clear of panels and each "
    "other") {
  for (const char* size : {"1280x720", "1920x1080"}) {
    INFO(size);
    const auto report = ui_report(std::string("--preset severe-imbalance --size ") + size);
    const Box viewport = box(report["viewport"]);
    const auto& callouts = report["callouts"];
    REQUIRE(callouts.size() >= 5);
    for (std::size_t i = 0; i < callouts.size(); ++i) {
      const Box b = box(callouts[i]["box"]);
      INFO(callouts[i]["text"].get<std::string>());
      CHECK(b.inside(viewport));
      // The anchor is on the anatomy, in the viewport.
      CHECK(callouts[i]["anchor_x"].get<double>() > viewport.x);
      CHECK(callouts[i]["anchor_x"].get<double>() < viewport.x + viewport.w);
      for (std::size_t j = i + 1; j < callouts.size(); ++j) CHECK_FALSE(b.overlaps(box(callouts[j]["box"])));
      for (const auto& w : report["windows"]) {
        INFO(w["name"].get<std::string>());
        CHECK_FALSE(b.overlaps(box(w["box"])));
      }
    }
    // The live texts carry the model's numbers.
    bool tilt_text = false;
    for (const auto& c : callouts)
      if (c["text"].get<std::string>().find("Pelvis tilts forward") != std::string::npos) tilt_text = true;
    CHECK(tilt_text);
  }
}

TEST_CASE("the interface shows its panels, and presentation mode only the sliders, viewport and overlay") {
  const auto normal = ui_report("");
  for (const char* name :
       {"##MainMenuBar", "##controls", "##readouts", "##article_panel", "##calibration_label"}) {
    INFO(name);
    CHECK(has_window(normal, name));
  }
  const auto presenting = ui_report("--presentation");
  CHECK(presenting["presentation"].get<bool>());
  CHECK(has_window(presenting, "##controls"));
  CHECK(has_window(presenting, "##article_panel"));
  CHECK(has_window(presenting, "##calibration_label"));
  CHECK_FALSE(has_window(presenting, "##readouts"));
  CHECK_FALSE(has_window(presenting, "##MainMenuBar"));
  // More room for the anatomy than with both panels.
  CHECK(box(presenting["viewport"]).w > box(normal["viewport"]).w);
}

TEST_CASE("a tour step, a structure card and German are drawn when asked for") {
  const auto step = ui_report("--tour-step 6");
  CHECK(step["tour"]["active"].get<bool>());
  CHECK(step["tour"]["step"].get<int>() == 6);
  CHECK(step["inputs"]["hamstrings"].get<double>() < 100.0);  // the step weakens the hamstrings

  const auto card = ui_report("--select muscle.semimembranosus.r");
  CHECK(card["selected"].get<std::string>() == "muscle.semimembranosus.r");
  CHECK(has_window(card, "structure_card"));

  const auto german = ui_report("--lang de --preset severe-imbalance");
  CHECK(german["language"].get<std::string>() == "de");
  bool german_text = false;
  for (const auto& c : german["callouts"])
    if (c["text"].get<std::string>().find("Becken") != std::string::npos) german_text = true;
  CHECK(german_text);
}

TEST_CASE("a screenshot asked for an unknown structure or tour step fails with a message") {
  const std::string out =
      (std::filesystem::temp_directory_path() / ("pl_bad_" + std::to_string(::getpid()) + ".png")).string();
  auto unknown = support::run_posturelab("screenshot --out " + out + " --select muscle.nonexistent");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.output.find("--select muscle.nonexistent: no such structure") != std::string::npos);
  auto step = support::run_posturelab("screenshot --out " + out + " --tour-step 99");
  CHECK(step.exit_code == 2);
  CHECK(step.output.find("the tour has") != std::string::npos);
}
