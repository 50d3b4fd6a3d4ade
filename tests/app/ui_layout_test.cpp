// Renders real frames of the whole interface headless (`posturelab screenshot --ui-report`) and
// checks the layout: callouts on the anatomy inside the viewport, clear of each other and of every
// panel; the panels each mode promises; German text when asked for.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <string>

#include <nlohmann/json.hpp>

#include "anatomy/test_model.h"
#include "support/ui_report.h"

namespace {
using support::box;
using support::Box;
using support::ui_report;

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

namespace {
// An empty folder of this test's own (removed by the caller).
std::filesystem::path fresh_folder(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  return root;
}
// A private asset folder for one test: the named folders of the source tree linked in, the rest
// for the test to fill (a broken content file, an undrawable model).
std::filesystem::path asset_folder(const std::string& name, std::initializer_list<const char*> linked) {
  namespace fs = std::filesystem;
  const fs::path root = fresh_folder(name);
  for (const char* folder : linked)
    fs::create_directory_symlink(fs::path(POSTURELAB_SOURCE_ROOT) / folder, root / folder);
  return root;
}
// posturelab with one environment variable set to a folder (POSTURELAB_ASSET_DIR,
// POSTURELAB_FONT_DIR), no display, stderr folded in.
support::ProcessResult run_with_folder(const char* variable, const std::filesystem::path& folder,
                                       const std::string& arguments) {
  return support::run_process(std::string("env -u DISPLAY ") + variable + "=" + folder.string() + " " +
                              POSTURELAB_EXECUTABLE + " " + arguments + " 2>&1");
}
}  // namespace

TEST_CASE("with a broken content file, --tour-step says the tour's text did not load, and where") {
  namespace fs = std::filesystem;
  const fs::path root = asset_folder("pl_broken_content", {"shaders", "models"});
  fs::copy(fs::path(POSTURELAB_SOURCE_ROOT) / "content", root / "content", fs::copy_options::recursive);
  std::ofstream(root / "content" / "en" / "tour.json") << "{\"steps\": [";  // cut off
  const std::string out = (root / "shot.png").string();
  auto step = run_with_folder("POSTURELAB_ASSET_DIR", root, "screenshot --out " + out + " --tour-step 2");
  INFO(step.output);
  CHECK(step.exit_code == 2);
  CHECK(step.output.find("the tour's text did not load") != std::string::npos);
  CHECK(step.output.find("tour.json") != std::string::npos);
  CHECK(step.output.find("0 steps") == std::string::npos);
  fs::remove_all(root);
}

TEST_CASE("a screenshot of a model the renderer cannot draw fails with the reason, not an empty picture") {
  namespace fs = std::filesystem;
  const fs::path root = asset_folder("pl_undrawable", {"shaders", "content"});
  fs::create_directories(root / "models");
  testmodel::with_extra_joints(60).write(root / "models" / "lower_body.glb");
  const std::string out = (root / "shot.png").string();
  auto shot = run_with_folder("POSTURELAB_ASSET_DIR", root, "screenshot --out " + out);
  INFO(shot.output);
  CHECK(shot.exit_code == 2);
  CHECK(shot.output.find("did not load") != std::string::npos);
  CHECK(shot.output.find("supports 64") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
  fs::remove_all(root);
}

TEST_CASE("an empty or truncated font falls back to the built-in one with a message, not an abort") {
  namespace fs = std::filesystem;
  const fs::path dir = fresh_folder("pl_fonts");
  std::ofstream(dir / "DejaVuSans.ttf");  // zero bytes
  {
    std::ifstream real("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", std::ios::binary);
    std::string head(1000, '\0');
    real.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::ofstream(dir / "DejaVuSans-Bold.ttf", std::ios::binary) << head;  // cut after 1000 bytes
  }
  const std::string out = (dir / "shot.png").string();
  auto empty = run_with_folder("POSTURELAB_FONT_DIR", dir, "screenshot --size 320x200 --out " + out);
  INFO(empty.output);
  CHECK(empty.exit_code == 0);
  CHECK(empty.output.find("DejaVuSans.ttf is empty") != std::string::npos);
  CHECK(fs::exists(out));
  // The regular font good, the bold one truncated: titles fall back to the regular font.
  fs::remove(dir / "DejaVuSans.ttf");
  fs::copy_file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", dir / "DejaVuSans.ttf");
  auto truncated = run_with_folder("POSTURELAB_FONT_DIR", dir, "screenshot --size 320x200 --out " + out);
  INFO(truncated.output);
  CHECK(truncated.exit_code == 0);
  CHECK(truncated.output.find("DejaVuSans-Bold.ttf is damaged") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a notice is a banner across the top of the anatomy, not a line at the bottom of a panel") {
  namespace fs = std::filesystem;
  const fs::path dir = fresh_folder("pl_notice");
  fs::copy_file("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", dir / "DejaVuSans.ttf");
  std::ofstream(dir / "DejaVuSans-Bold.ttf");  // empty: the notice to show
  const fs::path png = dir / "shot.png", json = dir / "ui.json";
  auto run = run_with_folder("POSTURELAB_FONT_DIR", dir,
                             "screenshot --out " + png.string() + " --ui-report " + json.string());
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  std::ifstream file(json);
  const auto report = nlohmann::json::parse(file);
  const auto& viewport = report["viewport"];
  bool found = false;
  for (const auto& w : report["windows"]) {
    if (w["name"] != "##notice") continue;
    found = true;
    const auto& box = w["box"];
    CHECK(box["y"].get<double>() < viewport["y"].get<double>() + 0.2 * viewport["h"].get<double>());
    CHECK(box["x"].get<double>() >= viewport["x"].get<double>());
    CHECK(box["x"].get<double>() + box["w"].get<double>() <=
          viewport["x"].get<double>() + viewport["w"].get<double>());
  }
  CHECK(found);
  fs::remove_all(dir);
}
