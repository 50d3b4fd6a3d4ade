// Scenario files (.posturelab.json) through real files in a temporary folder: what is saved opens
// as it was, through the app and through the command line; an interrupted save leaves the previous
// file; a broken file opens nothing, says what and where, and changes nothing.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app/file_commands.h"
#include "app/scenario.h"
#include "app/session.h"
#include "app/viewer.h"
#include "biomech/presets.h"
#include "core/file_io.h"
#include "render/gl_context.h"
#include "support/run_process.h"

namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

fs::path write_text(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// A state touching every part of a scenario.
app::Scenario full_scenario() {
  app::Scenario s;
  s.title = "Frau K., Woche 3";
  s.note = "Hamstrings kräftigen.\nNext visit: compare with week 1.";
  s.language = content::Language::de;
  s.inputs = *biomech::apply_preset("desk-worker", biomech::balanced_inputs());
  s.inputs.hamstrings_pct = 37.5;
  s.inputs.activity = biomech::Activity::sit_slouched;
  s.inputs.calibration = biomech::Calibration::evidence;
  s.inputs.body_mass_kg = 68.0;
  s.reference = *biomech::apply_preset("after-treatment", s.inputs);
  s.compare = true;
  render::CameraPose pose;
  pose.target = {0.01f, 0.95f, -0.03f};
  pose.yaw_deg = -72.5f;
  pose.pitch_deg = 12.3f;
  pose.distance_m = 1.7f;
  pose.framed_aspect = 0.62f;
  s.camera = app::ScenarioCamera{anatomy::ViewPreset::oblique, pose};
  s.layers.category_shown[static_cast<std::size_t>(anatomy::Category::skin)] = false;
  s.layers.xray = false;
  s.layers.group_shown["quadriceps"] = false;
  s.layers.structure_shown["muscle.psoas_major.l"] = true;
  s.tour_step = 3;
  return s;
}

struct HeadlessViewer {
  std::unique_ptr<render::HeadlessGlContext> context;
  std::unique_ptr<app::Viewer> viewer;
  HeadlessViewer() {
    auto created_context = render::HeadlessGlContext::create();
    REQUIRE(created_context.ok());
    context = std::move(*created_context);
    app::ViewerSettings settings;
    settings.show_ui = false;
    auto created = app::Viewer::create(nullptr, settings, biomech::balanced_inputs());
    REQUIRE(created.ok());
    viewer = std::move(*created);
  }
  void frames(int count) {
    for (int i = 0; i < count; ++i) REQUIRE(viewer->render_frame(320, 200, 1.0f / 60.0f).ok());
  }
};
}  // namespace

TEST_CASE("a scenario comes back from its file exactly as it was saved, in readable JSON") {
  const fs::path file = fresh_dir("pl_scenario_roundtrip") / "patient.posturelab.json";
  const app::Scenario saved = full_scenario();
  REQUIRE(app::save_scenario_file(saved, file).ok());
  auto read = app::read_scenario_file(file, biomech::balanced_inputs());
  REQUIRE(read.ok());
  CHECK(read->versioned);
  CHECK(read->warnings.empty());
  CHECK(read->scenario == saved);
  // A person can read it: named keys, the version, and 0.62 written as 0.62.
  const std::string text = *core::read_file(file);
  CHECK(text.find("\"version\": 1") != std::string::npos);
  CHECK(text.find("\"hamstrings\": 37.5") != std::string::npos);
  CHECK(text.find("\"activity\": \"sit-slouched\"") != std::string::npos);
  CHECK(text.find("\"framed_aspect\": 0.62") != std::string::npos);
  CHECK(text.find("Frau K., Woche 3") != std::string::npos);
  // Saving the same state again writes the same bytes.
  CHECK(app::scenario_json(read->scenario) == text);
}

TEST_CASE("the viewer's whole state survives a save and an open in another viewer") {
  const fs::path file = fresh_dir("pl_scenario_viewer") / "class.posturelab.json";
  HeadlessViewer first;
  REQUIRE(first.viewer->open_scenario(full_scenario()).ok());
  first.frames(2);
  const app::Scenario shown = first.viewer->scenario();
  // What the viewer holds is what was opened (the tour runs at step 3 on the user's own inputs).
  CHECK(first.viewer->session().tour_active());
  CHECK(first.viewer->session().tour_step() == 2);
  CHECK(shown.inputs == full_scenario().inputs);
  CHECK(shown.camera == full_scenario().camera);
  CHECK(shown == full_scenario());
  REQUIRE(app::save_scenario_as(*first.viewer, file).ok());

  HeadlessViewer second;
  auto warnings = app::open_scenario_file(*second.viewer, file);
  REQUIRE(warnings.ok());
  CHECK(warnings->empty());
  second.frames(2);
  CHECK(second.viewer->scenario() == shown);
  CHECK(second.viewer->camera().pose() == first.viewer->camera().pose());
  CHECK(second.viewer->session().settings().language == content::Language::de);
  CHECK(second.viewer->session().compare());
  CHECK(second.viewer->session().reference().pinned == full_scenario().reference);
  CHECK(second.viewer->session().note() == full_scenario().note);
}

TEST_CASE("a scenario saved by the app opens through --scenario on the command line") {
  const fs::path dir = fresh_dir("pl_scenario_cli");
  const fs::path file = dir / "lesson.posturelab.json";
  app::Scenario saved = full_scenario();
  saved.tour_step.reset();
  REQUIRE(app::save_scenario_file(saved, file).ok());

  auto report = support::run_posturelab("report --json --scenario " + file.string());
  INFO(report.output);
  REQUIRE(report.exit_code == 0);
  const auto json = nlohmann::json::parse(report.output);
  CHECK(json["inputs"]["hamstrings"].get<double>() == 37.5);
  CHECK(json["inputs"]["body_mass_kg"].get<double>() == 68.0);
  CHECK(json["inputs"]["activity"] == "sit-slouched");
  CHECK(json["inputs"]["mode"] == "evidence");

  // The screenshot opens the rest of it: language, the before/after view and its reference.
  const fs::path ui = dir / "ui.json";
  auto shot =
      support::run_posturelab("screenshot --out " + (dir / "shot.png").string() +
                              " --size 640x400 --scenario " + file.string() + " --ui-report " + ui.string());
  INFO(shot.output);
  REQUIRE(shot.exit_code == 0);
  const auto shown = nlohmann::json::parse(*core::read_file(ui));
  CHECK(shown["language"] == "de");
  CHECK(shown["scenes"].size() == 2);  // before and after
  CHECK(shown["inputs"]["hamstrings"].get<double>() == 37.5);
  CHECK_FALSE(shown["tour"]["active"].get<bool>());

  // The command line's options win over the file's: a single input, and the language.
  auto over = support::run_posturelab("screenshot --out " + (dir / "shot2.png").string() +
                                      " --size 320x200 --lang en --hamstrings 80 --scenario " +
                                      file.string() + " --ui-report " + ui.string());
  REQUIRE(over.exit_code == 0);
  const auto overridden = nlohmann::json::parse(*core::read_file(ui));
  CHECK(overridden["language"] == "en");
  CHECK(overridden["inputs"]["hamstrings"].get<double>() == 80.0);
  CHECK(overridden["inputs"]["activity"] == "sit-slouched");
  fs::remove_all(dir);
}

TEST_CASE("a save interrupted between writing and renaming leaves the previous file whole") {
  const fs::path dir = fresh_dir("pl_scenario_crash");
  const fs::path file = dir / "patient.posturelab.json";
  app::Scenario before = full_scenario();
  before.title = "last week";
  REQUIRE(app::save_scenario_file(before, file).ok());

  app::Scenario after = before;
  after.title = "this week";
  after.inputs.hamstrings_pct = 80.0;
  fs::path left_behind;
  const auto status = app::save_scenario_file(after, file, [&](const fs::path& temporary) {
    // The new text is written and flushed beside the file; the file itself is still last week's.
    left_behind = temporary;
    CHECK(temporary.parent_path() == dir);
    CHECK(*core::read_file(temporary) == app::scenario_json(after));
    auto still = app::read_scenario_file(file, biomech::balanced_inputs());
    CHECK((still.ok() && still->scenario.title == "last week"));
    return false;  // the crash: the process dies before the rename
  });
  REQUIRE_FALSE(status.ok());
  // What the next start finds: last week's file, whole, and the orphaned temporary beside it.
  auto survived = app::read_scenario_file(file, biomech::balanced_inputs());
  REQUIRE(survived.ok());
  CHECK(survived->scenario == before);
  CHECK(fs::exists(left_behind));
  // A later save goes through and replaces it.
  REQUIRE(app::save_scenario_file(after, file).ok());
  CHECK(app::read_scenario_file(file, biomech::balanced_inputs())->scenario == after);
  fs::remove_all(dir);
}

namespace {
// A versioned file whose "inputs" object is `inputs` and whose other keys are `more`.
std::string versioned(const std::string& more, const std::string& inputs = "\"hamstrings\": 40") {
  return "{\n  \"format\": \"posturelab-scenario\",\n  \"version\": 1,\n  \"inputs\": {" + inputs + "}" +
         (more.empty() ? "" : ",\n  " + more) + "\n}\n";
}
}  // namespace

TEST_CASE("every broken scenario opens nothing, says what and where, and changes nothing") {
  struct Case {
    std::string text;
    std::string expected;  // in the message, after the file's name
  };
  const Case cases[] = {
      {"{\"format\": \"posturelab-scenario\", \"version\": 1,\n \"inputs\": {\"hamstrings\": 40,}}",
       "not valid JSON at line 2, column 30"},
      {"{\"format\": \"posturelab-scenario\",\n  \"version\": 2, \"inputs\": [\"a new form\"]}",
       "(line 2, column 3): written by a newer PostureLab (scenario version 2)"},
      {versioned("", "\"hamstrings\": \"weak\""),
       "(line 4, column 14): \"inputs.hamstrings\" must be a number"},
      {versioned("", "\"hamstrings\": 400"), "(line 4, column 14): hamstrings = 400 is out of range"},
      {versioned("", "\"activity\": \"jog\""), "\"inputs.activity\": unknown activity \"jog\""},
      {versioned("\"reference\": {\"quadriceps\": -5}"),
       "(line 5, column 17): quadriceps = -5 is out of range"},
      {versioned("\"compare\": \"yes\""), "(line 5, column 3): \"compare\" must be true or false"},
      {versioned("\"camera\": {\"view\": \"top\"}"), "\"camera.view\" must be \"side\""},
      {versioned("\"camera\": {\"view\": \"side\", \"target_m\": [0, 1], \"yaw_deg\": 0, \"pitch_deg\": 0, "
                 "\"distance_m\": 2}"),
       "\"camera.target_m\" must be an array of three numbers"},
      {versioned(
           "\"camera\": {\"target_m\": [0, 1, 0], \"yaw_deg\": 0, \"pitch_deg\": 120, \"distance_m\": 2}"),
       "\"camera.pitch_deg\" = 120 is out of range -85..85"},
      {versioned("\"camera\": {\"target_m\": [0, 1, 0], \"yaw_deg\": 0}"), "\"camera.pitch_deg\" is missing"},
      {versioned("\"layers\": {\"categories\": {\"bone\": 1}}"),
       "\"layers.categories.bone\" must be true or false"},
      {versioned("\"layers\": {\"categories\": {\"organs\": false}}"), "unknown category \"organs\""},
      {versioned("\"tour_step\": 2.5"), "\"tour_step\" must be a whole number from 1"},
      {versioned("\"tour_step\": 0"), "\"tour_step\" must be a whole number from 1"},
      {versioned("\"tour_step\": 99"), "\"tour_step\" 99: the tour has 12 steps"},
      {versioned("\"title\": \"" + std::string(300, 'x') + "\""),
       "\"title\" is 300 bytes, longer than the 200"},
      {versioned("\"language\": \"fr\""), "\"language\" must be \"en\" or \"de\""},
      {"{\"format\": \"something-else\", \"version\": 1}", "not a PostureLab scenario"},
      {"{\"format\": \"posturelab-scenario\"}", "\"version\" is missing"},
      {"[1, 2]", "expected a JSON object"},
      {"{\"hamstrings\": 30, \"colour\": \"red\"}", "unknown key \"colour\""},  // the older form stays strict
      {"{\"note\": \"" + std::string(300000, 'a') + "\"}",
       "is 293 kB, more than the 256 kB PostureLab reads"},
      // Valid JSON, refused before the parser builds 100 levels: the bracket opening level 65 is named
      // (the file's object is level 1).
      {versioned("\"layers\": " + std::string(100, '[') + std::string(100, ']')),
       "nests deeper than 64 levels at line 5, column 76"},
  };
  const fs::path dir = fresh_dir("pl_scenario_broken");
  HeadlessViewer v;
  REQUIRE(v.viewer->open_scenario(full_scenario()).ok());
  v.frames(1);
  const app::Scenario before = v.viewer->scenario();
  const render::CameraPose pose_before = v.viewer->camera().pose();
  int index = 0;
  for (const auto& c : cases) {
    const fs::path file = write_text(dir / ("broken" + std::to_string(++index) + ".posturelab.json"), c.text);
    INFO(c.text.substr(0, 200));
    auto opened = app::open_scenario_file(*v.viewer, file);
    REQUIRE_FALSE(opened.ok());
    const std::string& message = opened.error().message;
    INFO(message);
    CHECK(message.find(file.string()) != std::string::npos);
    CHECK(message.find(c.expected) != std::string::npos);
    CHECK(message.size() < 400);  // a value is never echoed whole
    v.frames(1);
    CHECK(v.viewer->scenario() == before);
    CHECK(v.viewer->camera().pose() == pose_before);
  }
  fs::remove_all(dir);
}

TEST_CASE("keys a newer PostureLab may have written are reported with where they are, not dropped silently") {
  const fs::path file =
      write_text(fresh_dir("pl_scenario_unknown") / "newer.posturelab.json",
                 versioned("\"handout\": {\"paper\": \"a4\"},\n  \"layers\": {\"labels\": false}",
                           "\"hamstrings\": 40, \"calf\": 3"));
  auto read = app::read_scenario_file(file, biomech::balanced_inputs());
  REQUIRE(read.ok());
  CHECK(read->scenario.inputs.hamstrings_pct == 40.0);
  REQUIRE(read->warnings.size() == 3);
  CHECK(read->warnings[0].find("(line 4, column 32): unknown key \"inputs.calf\" ignored") !=
        std::string::npos);
  CHECK(read->warnings[1].find("(line 5, column 3): unknown key \"handout\" ignored") != std::string::npos);
  CHECK(read->warnings[2].find("unknown key \"layers.labels\" ignored") != std::string::npos);

  // The command line opens it too, and says so on stderr.
  auto report = support::run_posturelab("report --scenario " + file.string());
  CHECK(report.exit_code == 0);
  CHECK(report.output.find("posturelab: warning: scenario " + file.string()) != std::string::npos);
  CHECK(report.output.find("\"handout\" ignored") != std::string::npos);
}

TEST_CASE("a broken scenario on the command line exits 2 with the file, the key and the line") {
  const fs::path file = write_text(fresh_dir("pl_scenario_cli_broken") / "bad.posturelab.json",
                                   versioned("", "\"glutes\": true"));
  for (const std::string command : {"report", "screenshot --out /tmp/pl_never.png"}) {
    auto run = support::run_posturelab(command + " --scenario " + file.string());
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find(file.string() + " (line 4, column 14): \"inputs.glutes\" must be a number") !=
          std::string::npos);
  }
  CHECK_FALSE(fs::exists("/tmp/pl_never.png"));
}
