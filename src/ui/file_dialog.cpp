#include "ui/file_dialog.h"

#include <algorithm>
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/widgets.h"

namespace ui {
namespace {

const char* title_id(FileDialogKind kind) {
  switch (kind) {
    case FileDialogKind::open_scenario:
      return "file.dialog.open_title";
    case FileDialogKind::save_scenario:
      return "file.dialog.save_title";
    case FileDialogKind::export_image:
      return "file.dialog.export_title";
    case FileDialogKind::print_handout:
      return "file.dialog.handout_title";
  }
  return "file.dialog.open_title";
}

const char* confirm_id(FileDialogKind kind) {
  switch (kind) {
    case FileDialogKind::open_scenario:
      return "file.dialog.open";
    case FileDialogKind::save_scenario:
      return "file.dialog.save";
    case FileDialogKind::export_image:
      return "file.dialog.export";
    case FileDialogKind::print_handout:
      return "file.dialog.handout";
  }
  return "file.dialog.open";
}

// The folder's sub-folders and files; a click fills the path field, a double click on a file
// confirms it.
void draw_listing(const Texts& T, const FileDialogView& dialog, UiActions& actions) {
  const float rows = 10.0f;
  ImGui::BeginChild("##listing", ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * rows), true);
  if (!dialog.listing_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::kOrange);
    ImGui::TextWrapped("%s", dialog.listing_error.c_str());
    ImGui::PopStyleColor();
  }
  bool any_file = false;
  for (const FileEntry& entry : dialog.entries) {
    std::string shown = entry.folder ? entry.name + "/" : entry.name;
    if (entry.name == "..") shown = "../  " + std::string(T("file.dialog.up"));
    const std::string path_end = "/" + entry.name;
    const bool selected =
        !entry.folder && dialog.path.size() >= path_end.size() &&
        dialog.path.compare(dialog.path.size() - path_end.size(), path_end.size(), path_end) == 0;
    any_file = any_file || !entry.folder;
    if (ImGui::Selectable((shown + "##" + entry.name).c_str(), selected,
                          ImGuiSelectableFlags_AllowDoubleClick)) {
      actions.file_dialog_choose = entry.name;
      if (!entry.folder && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        actions.file_dialog_confirm = true;
    }
  }
  if (!any_file && dialog.listing_error.empty()) ImGui::TextDisabled("%s", T("file.dialog.empty"));
  ImGui::EndChild();
}

void draw_export_choices(const Texts& T, const FileDialogView& dialog, UiActions& actions) {
  ExportChoice image = dialog.image;
  bool changed = false;
  ImGui::PushItemWidth(ImGui::GetFontSize() * 7.0f);
  changed |= ImGui::InputInt(T.label("file.dialog.width").c_str(), &image.width_px, 0, 0);
  ImGui::SameLine();
  changed |= ImGui::InputInt(T.label("file.dialog.height").c_str(), &image.height_px, 0, 0);
  ImGui::PopItemWidth();
  // The sizes slides and handouts use, one click each.
  const std::pair<int, int> sizes[] = {{1280, 720}, {1920, 1080}, {3840, 2160}};
  for (const auto& [w, h] : sizes) {
    const std::string label = std::to_string(w) + " × " + std::to_string(h);
    if (ImGui::SmallButton(label.c_str())) {
      image.width_px = w;
      image.height_px = h;
      changed = true;
    }
    ImGui::SameLine();
  }
  ImGui::NewLine();
  ImGui::TextDisabled("%s", T("file.dialog.size_limit"));
  changed |= ImGui::Checkbox(T.label("file.dialog.transparent").c_str(), &image.transparent);
  changed |= ImGui::Checkbox(T.label("file.dialog.labels").c_str(), &image.labels);
  if (changed) actions.export_choice = image;
}

void draw_scenario_words(const Texts& T, const FileDialogView& dialog, UiActions& actions) {
  std::string title = dialog.title;
  if (ImGui::InputText(T.label("file.dialog.title").c_str(), &title)) actions.scenario_title = title;
  std::string note = dialog.note;
  ImGui::TextUnformatted(T("file.dialog.note"));
  if (ImGui::InputTextMultiline("##note", &note, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 4.5f)))
    actions.scenario_note = note;
}

}  // namespace

void draw_file_dialog(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  const FileDialogView& dialog = snapshot.file_dialog;
  if (!dialog.open) return;
  const float em = ImGui::GetFontSize();
  const float width = std::min(snapshot.window_w * 0.9f, em * 38.0f);
  ImGui::SetNextWindowPos(ImVec2(snapshot.window_w * 0.5f, snapshot.window_h * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  // The id stays with the dialog; its title follows the language.
  const std::string name = std::string(T(title_id(dialog.kind))) + "###file_dialog";
  if (ImGui::Begin(name.c_str(), nullptr,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                       ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
    ImGui::TextDisabled("%s",
                        T.format("file.dialog.folder", content::Values().set("file", dialog.folder)).c_str());
    draw_listing(T, dialog, actions);
    std::string path = dialog.path;
    ImGui::PushItemWidth(-em * 4.0f);
    // Typing goes to the path field at once; focusing the dialog every frame instead lost keys.
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool entered =
        ImGui::InputText(T.label("file.dialog.path").c_str(), &path, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopItemWidth();
    help_marker(T.optional("file.dialog.path.help"));
    if (path != dialog.path) actions.file_dialog_path = path;
    if (entered) actions.file_dialog_confirm = true;
    if (dialog.kind == FileDialogKind::save_scenario) draw_scenario_words(T, dialog, actions);
    if (dialog.kind == FileDialogKind::export_image) draw_export_choices(T, dialog, actions);
    if (dialog.exists && dialog.kind != FileDialogKind::open_scenario) {
      ImGui::PushStyleColor(ImGuiCol_Text, colours::kOrange);
      ImGui::TextWrapped("%s", T("file.dialog.replace"));
      ImGui::PopStyleColor();
    }
    ImGui::Separator();
    if (ImGui::Button(T.label(confirm_id(dialog.kind)).c_str())) actions.file_dialog_confirm = true;
    ImGui::SameLine();
    if (ImGui::Button(T.label("action.cancel").c_str())) actions.file_dialog_cancel = true;
  }
  ImGui::End();
}

}  // namespace ui
