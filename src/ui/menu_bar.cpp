#include "ui/menu_bar.h"

#include "core/version.h"
#include "ui/glossary.h"
#include "ui/reference_text.h"

#include <algorithm>
#include <array>
#include <string>

#include <imgui.h>

namespace ui {

namespace {

void draw_file_menu(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  if (!ImGui::BeginMenu(T.label("menu.file").c_str())) return;
  if (ImGui::MenuItem(T.label("menu.file.open_scenario").c_str(), "Ctrl+O"))
    actions.open_file_dialog = FileDialogKind::open_scenario;
  // Save writes the open file; without one it asks where, as Save as does.
  if (ImGui::MenuItem(T.label("menu.file.save_scenario").c_str(), "Ctrl+S")) actions.save_scenario = true;
  if (ImGui::MenuItem(T.label("menu.file.save_scenario_as").c_str(), "Ctrl+Shift+S"))
    actions.open_file_dialog = FileDialogKind::save_scenario;
  if (ImGui::BeginMenu(T.label("menu.file.recent").c_str(), !snapshot.recent_files.empty())) {
    for (const std::string& path : snapshot.recent_files)
      if (ImGui::MenuItem(path.c_str())) actions.open_recent = path;
    ImGui::EndMenu();
  }
  ImGui::Separator();
  if (ImGui::MenuItem(T.label("menu.file.export_image").c_str(), "Ctrl+E"))
    actions.open_file_dialog = FileDialogKind::export_image;
  // The one-page patient handout, as a PDF to print or send (app/handout.h).
  if (ImGui::MenuItem(T.label("menu.file.print_handout").c_str(), "Ctrl+P"))
    actions.open_file_dialog = FileDialogKind::print_handout;
  ImGui::Separator();
  if (ImGui::MenuItem(T.label("menu.file.quit").c_str(), "Ctrl+Q")) actions.quit = true;
  ImGui::EndMenu();
}

// Find a structure by name: the search box, then what it finds; a click selects, frames and opens
// the card of it (the viewer does). Off during the quiz, where it would give the answers away.
void draw_find_menu(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  if (!ImGui::BeginMenu(T.label("menu.find").c_str(), !snapshot.quiz.active)) return;
  std::array<char, 128> query{};
  snapshot.find_query.copy(query.data(), query.size() - 1);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22.0f);
  if (ImGui::InputTextWithHint("##find_query", T("find.hint"), query.data(), query.size()))
    actions.find_query = std::string(query.data());
  for (const content::StructureMatch& match : snapshot.find_results)
    if (ImGui::MenuItem((match.name + "##find_" + match.id).c_str())) actions.find_structure = match.id;
  if (!snapshot.find_query.empty() && snapshot.find_results.empty())
    ImGui::TextDisabled("%s", T("find.none"));
  ImGui::EndMenu();
}

void draw_glossary(const Texts& T) {
  if (!ImGui::BeginMenu(T.label("menu.help.glossary").c_str())) return;
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
  for (const GlossaryTerm& entry : kGlossary) {
    ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram), "%s", T(entry.term));
    ImGui::Indent();
    ImGui::TextUnformatted(T(entry.explanation));
    ImGui::Unindent();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndMenu();
}

// Help › References: the source article with its credit, then every study and model the texts cite,
// in a scrolling list (there are dozens).
void draw_references(const Texts& T, const UiSnapshot& snapshot) {
  if (!snapshot.library || !ImGui::BeginMenu(T.label("menu.help.references").c_str())) return;
  const float width = ImGui::GetFontSize() * 38.0f;
  ImGui::PushTextWrapPos(width);
  const ImVec4 heading = ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram);
  ImGui::TextColored(heading, "%s", T("references.article"));
  ImGui::TextUnformatted(T("references.article_credit"));
  ImGui::TextUnformatted(T("references.article_note"));
  ImGui::Separator();
  ImGui::TextColored(heading, "%s", T("references.studies"));
  ImGui::TextUnformatted(T("references.model_note"));
  ImGui::PopTextWrapPos();
  ImGui::BeginChild("##references", ImVec2(width, ImGui::GetFontSize() * 20.0f), false);
  ImGui::PushTextWrapPos(0.0f);  // wrap at the list's own width
  for (const content::Reference* reference : studies_by_citation(*snapshot.library)) {
    ImGui::TextColored(heading, "%s", reference->cite.c_str());
    ImGui::Indent();
    ImGui::TextUnformatted(reference_line(*reference).c_str());
    ImGui::Unindent();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::EndMenu();
}

}  // namespace

void draw_menu_bar(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  if (!ImGui::BeginMainMenuBar()) return;
  draw_file_menu(T, snapshot, actions);
  if (ImGui::BeginMenu(T.label("menu.edit").c_str())) {
    if (ImGui::MenuItem(T.label("menu.edit.undo").c_str(), "Ctrl+Z", false, snapshot.can_undo))
      actions.undo = true;
    if (ImGui::MenuItem(T.label("menu.edit.redo").c_str(), "Ctrl+Y", false, snapshot.can_redo))
      actions.redo = true;
    if (ImGui::MenuItem(T.label("menu.edit.reset_all").c_str())) actions.reset_all = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(T.label("menu.view").c_str())) {
    for (std::size_t i = 0; i < anatomy::kViewPresetNames.size(); ++i) {
      const auto& [view, name] = anatomy::kViewPresetNames[i];
      const std::string key = std::to_string(i + 1);  // the window's keys 1 to 4, in this order
      if (ImGui::MenuItem(T.label("view." + std::string(name)).c_str(), key.c_str())) actions.view = view;
    }
    if (ImGui::MenuItem(T.label("menu.view.frame_model").c_str(), "F")) actions.frame_model = true;
    ImGui::Separator();
    if (ImGui::MenuItem(T.label("callouts.toggle").c_str(), nullptr, snapshot.show_callouts))
      actions.show_callouts = !snapshot.show_callouts;
    if (ImGui::MenuItem(T.label("compare.ghost").c_str(), "G", snapshot.show_ghost))
      actions.show_ghost = !snapshot.show_ghost;
    if (ImGui::MenuItem(T.label("angles.toggle").c_str(), "A", snapshot.show_angles))
      actions.show_angles = !snapshot.show_angles;
    if (ImGui::MenuItem(T.label("pulls.toggle").c_str(), "P", snapshot.show_pulls))
      actions.show_pulls = !snapshot.show_pulls;
    ImGui::Separator();
    if (ImGui::MenuItem(T.label("compare.toggle").c_str(), "C", snapshot.compare))
      actions.compare = !snapshot.compare;
    if (ImGui::MenuItem(T.label("compare.pin").c_str())) actions.pin_reference = true;
    if (ImGui::MenuItem(T.label("compare.unpin").c_str(), nullptr, false, snapshot.reference_pinned))
      actions.unpin_reference = true;
    ImGui::Separator();
    if (ImGui::MenuItem(T.label("menu.view.presentation").c_str(), "F11", snapshot.presentation))
      actions.presentation = !snapshot.presentation;
    ImGui::EndMenu();
  }
  draw_find_menu(T, snapshot, actions);
  if (ImGui::BeginMenu(T.label("menu.tour").c_str())) {
    if (ImGui::MenuItem(T.label("tour.start").c_str(), nullptr, false, !snapshot.tour.active))
      actions.tour_start = true;
    if (ImGui::MenuItem(T.label("tour.exit").c_str(), "Esc", false, snapshot.tour.active))
      actions.tour_exit = true;
    ImGui::Separator();
    // The classroom quiz: questions for the class to answer on the model itself.
    if (ImGui::MenuItem(T.label("quiz.start").c_str(), nullptr, false, !snapshot.quiz.active))
      actions.quiz_start = true;
    if (ImGui::MenuItem(T.label("quiz.exit").c_str(), "Esc", false, snapshot.quiz.active))
      actions.quiz_exit = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(T.label("menu.language").c_str())) {
    for (content::Language language : {content::Language::en, content::Language::de}) {
      const std::string id = "language." + std::string(content::language_code(language));
      if (ImGui::MenuItem(T.label(id).c_str(), nullptr, snapshot.language == language))
        actions.language = language;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(T.label("menu.settings").c_str())) {
    ImGui::TextUnformatted(T("settings.text_size"));
    if (ImGui::Button(T.label("settings.text_smaller").c_str()))
      actions.font_scale = std::max(kMinFontScale, snapshot.font_scale - 0.125f);
    ImGui::SameLine();
    if (ImGui::Button(T.label("settings.text_larger").c_str()))
      actions.font_scale = std::min(kMaxFontScale, snapshot.font_scale + 0.125f);
    ImGui::SameLine();
    ImGui::Text("%s", T.format("live.font_scale",
                               content::Values().set("font_scale_pct",
                                                     static_cast<int>(snapshot.font_scale * 100.0f + 0.5f)))
                          .c_str());
    bool high_contrast = snapshot.theme == ThemeKind::high_contrast;
    if (ImGui::Checkbox(T.label("settings.high_contrast").c_str(), &high_contrast))
      actions.theme = high_contrast ? ThemeKind::high_contrast : ThemeKind::calm;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(T.label("menu.help").c_str())) {
    for (const char* id :
         {"help.orbit", "help.zoom", "help.text_size", "help.undo", "help.tour", "help.quiz", "help.find",
          "help.presentation", "help.overlays", "help.pulls", "help.compare", "help.file", "help.quit"})
      ImGui::TextUnformatted(T(id));
    ImGui::Separator();
    draw_glossary(T);
    draw_references(T, snapshot);
    if (ImGui::BeginMenu(T.label("menu.help.about").c_str())) {
      // The model's licence and the attribution every scanned part requires (models/CREDITS.md).
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
      ImGui::TextUnformatted(
          T.format("about.version", content::Values().set("version", std::string(core::version()))).c_str());
      ImGui::TextUnformatted(T("about.code_licence"));
      ImGui::Separator();
      ImGui::TextUnformatted(T("about.model_licence"));
      for (const char* id : {"about.credit.bodyparts3d", "about.credit.vhm", "about.credit.lumbar",
                             "about.credit.generated"}) {
        ImGui::Bullet();  // BulletText would not wrap
        ImGui::SameLine();
        ImGui::TextUnformatted(T(id));
      }
      ImGui::Separator();
      ImGui::TextUnformatted(T("references.article_credit"));
      ImGui::PopTextWrapPos();
      ImGui::EndMenu();
    }
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

}  // namespace ui
