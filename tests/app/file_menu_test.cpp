// The File menu as the window drives it: the actions the menu, its dialog and the shortcuts emit,
// carried out by the session and the viewer on real files in a temporary folder.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app/file_commands.h"
#include "app/settings.h"
#include "app/viewer.h"
#include "core/file_io.h"
#include "render/gl_context.h"

namespace fs = std::filesystem;

namespace {
fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

struct Window {
  std::unique_ptr<render::HeadlessGlContext> context;
  std::unique_ptr<app::Viewer> viewer;
  explicit Window(bool show_ui = false) {
    auto created_context = render::HeadlessGlContext::create();
    REQUIRE(created_context.ok());
    context = std::move(*created_context);
    app::ViewerSettings settings;
    settings.show_ui = show_ui;
    auto created = app::Viewer::create(nullptr, settings, biomech::balanced_inputs());
    REQUIRE(created.ok());
    viewer = std::move(*created);
  }
  app::Session& session() { return viewer->session(); }
  // What a click or a key does: the session's answer carried out, then the next frame drawn.
  void act(const ui::UiActions& actions) {
    viewer->carry_out(session().apply(actions));
    REQUIRE(viewer->render_frame(800, 500, 1.0f / 60.0f).ok());
  }
  void key(app::SessionKey key) {
    viewer->carry_out(session().handle_key(key));
    REQUIRE(viewer->render_frame(800, 500, 1.0f / 60.0f).ok());
  }
  const ui::FileDialogView& dialog() { return session().file_dialog().view(); }
};

double saved_hamstrings(const fs::path& file) {
  return nlohmann::json::parse(*core::read_file(file))["inputs"]["hamstrings"].get<double>();
}
}  // namespace

TEST_CASE("Save asks where the first time, then writes the open file without asking") {
  const fs::path dir = fresh_dir("pl_file_save");
  Window w;
  ui::UiActions title;
  title.scenario_title = "Frau K., Woche 3";
  w.act(title);
  w.key(app::SessionKey::save_scenario);  // Ctrl+S with no file yet: the save dialog
  REQUIRE(w.dialog().open);
  CHECK(w.dialog().kind == ui::FileDialogKind::save_scenario);
  CHECK(fs::path(w.dialog().path).filename() == "frau-k-woche-3.posturelab.json");  // named after the title

  ui::UiActions where;
  where.file_dialog_path = (dir / "week3").string();
  where.file_dialog_confirm = true;
  w.act(where);
  const fs::path file = dir / "week3.posturelab.json";
  CHECK_FALSE(w.dialog().open);
  REQUIRE(fs::exists(file));
  CHECK(w.session().scenario_path() == file);
  REQUIRE_FALSE(w.session().settings().recent_files.empty());
  CHECK(w.session().settings().recent_files.front() == file.string());
  CHECK(saved_hamstrings(file) == 100.0);

  ui::UiActions weaker;
  weaker.set_inputs = biomech::balanced_inputs();
  weaker.set_inputs->hamstrings_pct = 40.0;
  weaker.commit_inputs = true;
  w.act(weaker);
  w.key(app::SessionKey::save_scenario);  // Ctrl+S again: straight to the same file
  CHECK_FALSE(w.dialog().open);
  CHECK(saved_hamstrings(file) == 40.0);
  // The menu's Save does the same.
  weaker.set_inputs->hamstrings_pct = 55.0;
  w.act(weaker);
  ui::UiActions save;
  save.save_scenario = true;
  w.act(save);
  CHECK(saved_hamstrings(file) == 55.0);
  fs::remove_all(dir);
}

TEST_CASE("the dialog lists the folder's sub-folders and the files of its kind, and enters a folder") {
  const fs::path dir = fresh_dir("pl_file_listing");
  fs::create_directories(dir / "patients");
  fs::create_directories(dir / ".hidden");
  for (const char* name : {"b.posturelab.json", "a.posturelab.json", "slide.png", "notes.txt"})
    std::ofstream(dir / name) << "{}";
  Window w;
  ui::UiActions open;
  open.open_file_dialog = ui::FileDialogKind::open_scenario;
  w.act(open);
  ui::UiActions there;
  there.file_dialog_path = dir.string() + "/";
  w.act(there);
  auto names = [&] {
    std::vector<std::string> shown;
    for (const auto& entry : w.dialog().entries) shown.push_back(entry.name + (entry.folder ? "/" : ""));
    return shown;
  };
  CHECK(w.dialog().folder == dir.string() + "/");
  CHECK(names() == std::vector<std::string>{"../", "patients/", "a.posturelab.json", "b.posturelab.json"});
  ui::UiActions into;
  into.file_dialog_choose = "patients";
  w.act(into);
  CHECK(w.dialog().path == (dir / "patients").string() + "/");
  CHECK(names() == std::vector<std::string>{"../"});
  ui::UiActions up;
  up.file_dialog_choose = "..";
  w.act(up);
  CHECK(w.dialog().path == dir.string() + "/");
  // Confirming a folder enters it rather than opening anything.
  ui::UiActions confirm;
  confirm.file_dialog_confirm = true;
  w.act(confirm);
  CHECK(w.dialog().open);
  // The export dialog lists the pictures instead.
  ui::UiActions export_dialog;
  export_dialog.open_file_dialog = ui::FileDialogKind::export_image;
  w.act(export_dialog);
  w.act(there);
  CHECK(names() == std::vector<std::string>{"../", "patients/", "slide.png"});
  // Esc closes the dialog before it leaves anything else.
  w.key(app::SessionKey::escape);
  CHECK_FALSE(w.dialog().open);
  fs::remove_all(dir);
}

TEST_CASE("Open takes a chosen file; a broken one is named in the banner and the open file stays") {
  const fs::path dir = fresh_dir("pl_file_open");
  Window w;
  app::Scenario lesson = w.viewer->scenario();
  lesson.title = "Lesson 2";
  lesson.inputs.quadriceps_pct = 30.0;
  REQUIRE(app::save_scenario_file(lesson, dir / "lesson.posturelab.json").ok());
  std::ofstream(dir / "broken.posturelab.json") << "{\"format\": \"posturelab-scenario\", \"version\": 7}";

  w.key(app::SessionKey::open_scenario);  // Ctrl+O
  ui::UiActions there;
  there.file_dialog_path = dir.string() + "/";
  w.act(there);
  ui::UiActions pick;  // a double click on the file: chosen and confirmed
  pick.file_dialog_choose = "lesson.posturelab.json";
  pick.file_dialog_confirm = true;
  w.act(pick);
  CHECK(w.session().title() == "Lesson 2");
  CHECK(w.session().target_inputs().quadriceps_pct == 30.0);
  CHECK(w.session().scenario_path() == dir / "lesson.posturelab.json");
  CHECK(w.session().snapshot(800, 500).notice.empty());

  ui::UiActions recent;  // File › Recent files, with a file that turned out broken
  recent.open_recent = (dir / "broken.posturelab.json").string();
  w.act(recent);
  const std::string notice = w.session().snapshot(800, 500).notice;
  CHECK(notice.find("broken.posturelab.json") != std::string::npos);
  CHECK(notice.find("newer PostureLab (scenario version 7)") != std::string::npos);
  CHECK(w.session().title() == "Lesson 2");
  CHECK(w.session().scenario_path() == dir / "lesson.posturelab.json");
  fs::remove_all(dir);
}

TEST_CASE("the recent files are newest first, once each, at most eight, and kept in the settings") {
  std::vector<std::string> recent;
  for (int i = 0; i < 10; ++i) app::remember_recent(recent, "/p/" + std::to_string(i) + ".posturelab.json");
  app::remember_recent(recent, "/p/5.posturelab.json");
  REQUIRE(recent.size() == app::kMaxRecentFiles);
  CHECK(recent.front() == "/p/5.posturelab.json");
  CHECK(recent[1] == "/p/9.posturelab.json");
  CHECK(std::count(recent.begin(), recent.end(), "/p/5.posturelab.json") == 1);

  const fs::path path = fresh_dir("pl_file_recent") / "settings.json";
  app::Settings settings;
  settings.recent_files = recent;
  REQUIRE(app::save_settings(settings, path).ok());
  const auto loaded = app::load_settings(path);
  CHECK(loaded.notice.empty());
  CHECK(loaded.settings.recent_files == recent);
  std::ofstream(path) << R"({"recent_files": "one.posturelab.json"})";
  const auto broken = app::load_settings(path);
  CHECK(broken.settings.recent_files.empty());
  CHECK(broken.notice.find("\"recent_files\" must be a list of file paths") != std::string::npos);
}

TEST_CASE("the File menu's dialog draws in both languages and Quit asks the window to close") {
  Window w(true);
  for (content::Language language : {content::Language::en, content::Language::de}) {
    ui::UiActions actions;
    actions.language = language;
    w.act(actions);
    for (auto kind : {ui::FileDialogKind::open_scenario, ui::FileDialogKind::save_scenario,
                      ui::FileDialogKind::export_image}) {
      ui::UiActions open;
      open.open_file_dialog = kind;
      w.act(open);
      w.act({});
      const auto report = nlohmann::json::parse(w.viewer->ui_report());
      bool drawn = false;
      for (const auto& window : report["windows"])
        drawn = drawn || window["name"].get<std::string>().ends_with("###file_dialog");
      CHECK(drawn);
    }
  }
  CHECK_FALSE(w.viewer->quit_requested());
  ui::UiActions quit;
  quit.quit = true;
  w.act(quit);
  CHECK(w.viewer->quit_requested());
}

TEST_CASE("a save or an export that fails is named in the banner, keeps the saved file and asks again") {
  const fs::path dir = fresh_dir("pl_file_fails");
  Window w;
  ui::UiActions where;  // a first save that works
  where.open_file_dialog = ui::FileDialogKind::save_scenario;
  where.file_dialog_path = (dir / "patient").string();
  where.file_dialog_confirm = true;
  w.act(where);
  const fs::path file = dir / "patient.posturelab.json";
  REQUIRE(fs::exists(file));
  const std::string saved = *core::read_file(file);

  // Save as into a folder that is not there: the banner says where, the open file stays.
  ui::UiActions weaker;
  weaker.set_inputs = biomech::balanced_inputs();
  weaker.set_inputs->hamstrings_pct = 20.0;
  weaker.commit_inputs = true;
  w.act(weaker);
  const fs::path missing = dir / "no-such-folder" / "patient.posturelab.json";
  ui::UiActions elsewhere;
  elsewhere.open_file_dialog = ui::FileDialogKind::save_scenario;
  elsewhere.file_dialog_path = missing.string();
  elsewhere.file_dialog_confirm = true;
  w.act(elsewhere);
  std::string notice = w.session().snapshot(800, 500).notice;
  INFO(notice);
  CHECK(notice.find("no-such-folder") != std::string::npos);
  CHECK_FALSE(fs::exists(missing));
  CHECK(w.session().scenario_path() == file);
  CHECK(*core::read_file(file) == saved);  // the failed save touched nothing
  // The dialog is open again on the name typed, so the user can pick another folder.
  REQUIRE(w.dialog().open);
  CHECK(w.dialog().kind == ui::FileDialogKind::save_scenario);
  CHECK(w.dialog().path == missing.string());

  // An export into the missing folder: named, nothing written, the size and background kept.
  ui::UiActions dismiss;
  dismiss.dismiss_notice = true;
  dismiss.file_dialog_cancel = true;
  w.act(dismiss);
  const fs::path picture = dir / "no-such-folder" / "slide.png";
  ui::UiActions export_there;
  export_there.open_file_dialog = ui::FileDialogKind::export_image;
  export_there.file_dialog_path = picture.string();
  export_there.export_choice = ui::ExportChoice{640, 360, true, false};
  export_there.file_dialog_confirm = true;
  w.act(export_there);
  notice = w.session().snapshot(800, 500).notice;
  CHECK(notice.find("slide.png") != std::string::npos);
  CHECK_FALSE(fs::exists(picture));
  REQUIRE(w.dialog().open);
  CHECK(w.dialog().kind == ui::FileDialogKind::export_image);
  CHECK(w.dialog().path == picture.string());
  CHECK(w.dialog().image == ui::ExportChoice{640, 360, true, false});
  fs::remove_all(dir);
}

TEST_CASE("Print handout (Ctrl+P) asks where and writes the patient handout of the current state") {
  const fs::path dir = fresh_dir("pl_file_handout");
  Window w;
  ui::UiActions weak;
  biomech::Inputs inputs = biomech::balanced_inputs();
  inputs.hamstrings_pct = 30.0;
  weak.set_inputs = inputs;
  weak.commit_inputs = true;
  w.act(weak);
  w.key(app::SessionKey::print_handout);
  REQUIRE(w.dialog().open);
  CHECK(w.dialog().kind == ui::FileDialogKind::print_handout);
  CHECK(fs::path(w.dialog().path).filename() == "posturelab-handout.pdf");

  ui::UiActions where;
  where.file_dialog_path = (dir / "for-the-patient").string();  // the extension is added
  where.file_dialog_confirm = true;
  w.act(where);
  const fs::path pdf = dir / "for-the-patient.pdf";
  CHECK_FALSE(w.dialog().open);
  REQUIRE(fs::exists(pdf));
  CHECK(core::read_file(pdf)->rfind("%PDF-", 0) == 0);
  // A handout is written, not opened: the open scenario and the recent files stay as they were.
  CHECK_FALSE(w.session().scenario_path());
  CHECK(w.session().settings().recent_files.empty());
  CHECK(w.session().snapshot(800, 500).notice.empty());

  // Into a folder that does not exist: the banner says so and the dialog opens again on the name.
  ui::UiActions nowhere;
  w.key(app::SessionKey::print_handout);
  nowhere.file_dialog_path = (dir / "missing" / "sheet.pdf").string();
  nowhere.file_dialog_confirm = true;
  w.act(nowhere);
  CHECK(w.session().snapshot(800, 500).notice.find("missing") != std::string::npos);
  CHECK(w.dialog().open);
  CHECK(w.dialog().kind == ui::FileDialogKind::print_handout);
  CHECK_FALSE(fs::exists(dir / "missing"));
}
