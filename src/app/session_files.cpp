// The session's part of the File menu: its dialog, the open scenario file and the recent files.
// Reading and writing is the viewer's (it has the camera and the renderer): the session hands it a
// FileRequest and hears back how it went.
#include <cctype>
#include <string>

#include "app/session.h"

namespace app {
namespace fs = std::filesystem;

namespace {
// A file name from the scenario's title ("Frau K., week 3" -> "frau-k-week-3"), so Save as offers
// a name that says what the file holds.
std::string file_name_from(const std::string& title) {
  std::string name;
  for (const char c : title) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 128)
      name += static_cast<char>(std::tolower(u));
    else if (!name.empty() && name.back() != '-')
      name += '-';
  }
  while (!name.empty() && name.back() == '-') name.pop_back();
  return name.empty() ? "scenario" : name.substr(0, 60);
}

// "patient.posturelab.json" -> "patient"
std::string scenario_stem(const fs::path& path) {
  std::string name = path.filename().string();
  const std::string extension(kScenarioExtension);
  if (name.size() > extension.size() && name.ends_with(extension))
    return name.substr(0, name.size() - extension.size());
  return path.stem().string();
}
}  // namespace

void Session::open_file_dialog(ui::FileDialogKind kind) {
  std::error_code ec;
  const fs::path folder = scenario_path_ ? scenario_path_->parent_path() : fs::current_path(ec);
  switch (kind) {
    case ui::FileDialogKind::open_scenario:
      file_dialog_.open(kind, folder.empty() ? fs::path("./") : folder / "");
      break;
    case ui::FileDialogKind::save_scenario:
      file_dialog_.open(kind, scenario_path_
                                  ? *scenario_path_
                                  : folder / (file_name_from(title_) + std::string(kScenarioExtension)));
      break;
    case ui::FileDialogKind::export_image:
      file_dialog_.open(kind,
                        folder / ((scenario_path_ ? scenario_stem(*scenario_path_) : "posturelab") + ".png"));
      break;
    case ui::FileDialogKind::print_handout:
      file_dialog_.open(
          kind, folder / ((scenario_path_ ? scenario_stem(*scenario_path_) : "posturelab") + "-handout.pdf"));
      break;
  }
}

ViewerEffects Session::save_scenario() {
  ViewerEffects effects;
  if (scenario_path_)
    effects.file = FileRequest{ui::FileDialogKind::save_scenario, *scenario_path_, {}};
  else
    open_file_dialog(ui::FileDialogKind::save_scenario);
  return effects;
}

ViewerEffects Session::apply_files(const ui::UiActions& a) {
  ViewerEffects effects;
  if (a.open_file_dialog) open_file_dialog(*a.open_file_dialog);
  if (a.save_scenario) effects.merge(save_scenario());
  if (a.open_recent) effects.file = FileRequest{ui::FileDialogKind::open_scenario, *a.open_recent, {}};
  if (a.scenario_title) title_ = a.scenario_title->substr(0, kMaxTitleBytes);
  if (a.scenario_note) note_ = a.scenario_note->substr(0, kMaxNoteBytes);
  if (a.file_dialog_path) file_dialog_.set_path(*a.file_dialog_path);
  if (a.file_dialog_choose) file_dialog_.choose(*a.file_dialog_choose);
  if (a.export_choice) file_dialog_.set_image(*a.export_choice);
  if (a.file_dialog_cancel) file_dialog_.close();
  if (a.file_dialog_confirm && file_dialog_.view().open)
    if (auto path = file_dialog_.confirm()) {
      effects.file = FileRequest{file_dialog_.view().kind, *path, file_dialog_.view().image};
      file_dialog_.close();
    }
  effects.quit = a.quit;
  return effects;
}

void Session::file_done(const FileRequest& request, const core::Status& status,
                        const std::vector<std::string>& warnings) {
  if (!status) {
    notice_ = status.error().message;
    // A save or an export that failed opens its dialog again on the same name and choices, so
    // nothing typed is lost and another folder or name is one edit away. A file that did not
    // open changed nothing and needs no dialog.
    if (request.kind != ui::FileDialogKind::open_scenario) {
      file_dialog_.open(request.kind, request.path);
      if (request.kind == ui::FileDialogKind::export_image) file_dialog_.set_image(request.image);
    }
    return;
  }
  // An image or a handout is written, not opened: the open scenario stays what it was.
  if (request.kind == ui::FileDialogKind::export_image || request.kind == ui::FileDialogKind::print_handout)
    return;
  // The absolute path, so the recent files still name it from another folder.
  std::error_code ec;
  const fs::path absolute = fs::absolute(request.path, ec);
  scenario_path_ = ec ? request.path : absolute.lexically_normal();
  remember_recent(settings_.recent_files, scenario_path_->string());
  if (!warnings.empty()) {
    std::string text;
    for (const auto& warning : warnings) text += (text.empty() ? "" : "\n") + warning;
    notice_ = text;
  }
}

}  // namespace app
