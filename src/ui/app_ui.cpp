#include "ui/app_ui.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "ui/balance_panel.h"
#include "ui/overlay_panels.h"
#include "ui/readouts_panel.h"
#include "ui/side_panels.h"
#include "ui/texts.h"
#include "ui/widgets.h"

namespace ui {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

float panel_width(float font_scale, float window_w) { return std::min(330.0f * font_scale, window_w * 0.3f); }
float menu_height(float font_scale) { return (17.0f * font_scale) + 2.0f * 4.0f * font_scale + 2.0f; }

void draw_menu(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu(T.label("menu.edit").c_str())) {
    if (ImGui::MenuItem(T.label("menu.edit.undo").c_str(), "Ctrl+Z", false, snapshot.can_undo))
      actions.undo = true;
    if (ImGui::MenuItem(T.label("menu.edit.redo").c_str(), "Ctrl+Y", false, snapshot.can_redo))
      actions.redo = true;
    if (ImGui::MenuItem(T.label("menu.edit.reset_all").c_str())) {
      biomech::Inputs reset = biomech::balanced_inputs();
      reset.activity = snapshot.inputs.activity;
      reset.calibration = snapshot.inputs.calibration;
      actions.animate_inputs = reset;
      actions.commit_inputs = true;
    }
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
    ImGui::Separator();
    if (ImGui::MenuItem(T.label("menu.view.presentation").c_str(), "F11", snapshot.presentation))
      actions.presentation = !snapshot.presentation;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu(T.label("menu.tour").c_str())) {
    if (ImGui::MenuItem(T.label("tour.start").c_str(), nullptr, false, !snapshot.tour.active))
      actions.tour_start = true;
    if (ImGui::MenuItem(T.label("tour.exit").c_str(), "Esc", false, snapshot.tour.active))
      actions.tour_exit = true;
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
    for (const char* id : {"help.orbit", "help.zoom", "help.text_size", "help.undo", "help.tour",
                           "help.presentation", "help.quit"})
      ImGui::TextUnformatted(T(id));
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}

void draw_muscle_colour_choice(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  struct Choice {
    MuscleColour colour;
    const char* text_id;
  };
  const Choice choices[] = {{MuscleColour::natural, "muscle_colour.natural"},
                            {MuscleColour::strength, "muscle_colour.strength"},
                            {MuscleColour::tension, "muscle_colour.tension"}};
  ImGui::TextUnformatted(T("muscle_colour.title"));
  for (const auto& choice : choices) {
    const float needed = ImGui::CalcTextSize(T(choice.text_id)).x + ImGui::GetFrameHeight() +
                         ImGui::GetStyle().ItemSpacing.x * 2.0f;
    if (ImGui::GetContentRegionAvail().x < needed) ImGui::NewLine();
    if (ImGui::RadioButton(T.label(choice.text_id).c_str(), snapshot.muscle_colour == choice.colour))
      actions.muscle_colour = choice.colour;
    ImGui::SameLine();
  }
  help_marker(T.optional("muscle_colour.tension.help"));
  ImGui::NewLine();
}

void section_header(const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  ImGui::Separator();
}

void draw_controls_panel(const Texts& T, const UiSnapshot& snapshot, UiActions& actions, const Rect& area) {
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h), ImGuiCond_Always);
  if (ImGui::Begin("##controls", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(T("app.title"));
    ImGui::PopFont();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", T("app.tagline"));
    ImGui::PopTextWrapPos();
    draw_calibration_switch(T, snapshot, actions);
    section_header(T("panel.balance.title"));
    draw_balance_controls(T, snapshot, actions);
    if (!snapshot.presentation) {
      if (ImGui::CollapsingHeader(T.label("panel.activity.title").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        draw_activity_controls(T, snapshot, actions);
      if (ImGui::CollapsingHeader(T.label("panel.layers.title").c_str()))
        draw_layer_controls(T, snapshot, actions);
      if (ImGui::CollapsingHeader(T.label("panel.body.title").c_str()))
        draw_body_controls(T, snapshot, actions);
      if (ImGui::CollapsingHeader(T.label("view.title").c_str())) {
        for (const auto& [view, name] : anatomy::kViewPresetNames) {
          if (view != anatomy::kViewPresetNames.front().first) ImGui::SameLine();
          if (ImGui::Button(T.label("view." + std::string(name)).c_str())) actions.view = view;
        }
        bool ghost = snapshot.show_ghost;
        if (ImGui::Checkbox(T.label("compare.ghost").c_str(), &ghost)) actions.show_ghost = ghost;
        bool callouts = snapshot.show_callouts;
        if (ImGui::Checkbox(T.label("callouts.toggle").c_str(), &callouts)) actions.show_callouts = callouts;
        draw_muscle_colour_choice(T, snapshot, actions);
      }
    } else {
      ImGui::Spacing();
      if (ImGui::Button(T.label("settings.presentation.exit").c_str())) actions.presentation = false;
    }
    if (!snapshot.notice.empty() || !snapshot.model_error.empty()) {
      ImGui::Separator();
      ImGui::PushStyleColor(ImGuiCol_Text, colours::kOrange);
      ImGui::PushTextWrapPos(0.0f);
      if (!snapshot.model_error.empty()) ImGui::TextUnformatted(snapshot.model_error.c_str());
      if (!snapshot.notice.empty()) ImGui::TextUnformatted(snapshot.notice.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
}

void draw_readouts_panel(const Texts& T, const UiSnapshot& snapshot, UiActions& actions, const Rect& area) {
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h), ImGuiCond_Always);
  if (ImGui::Begin("##readouts", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
    section_header(T("panel.readouts.title"));
    draw_posture_gauges(T, snapshot);
    if (!snapshot.legends.empty() &&
        ImGui::CollapsingHeader(T.label("panel.legends.title").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
      for (const auto& legend : snapshot.legends) legend_bar(T, legend);
    section_header(T("panel.discs.title"));
    draw_disc_column(T, snapshot);
    section_header(T("panel.signs.title"));
    draw_signs(T, snapshot);
    section_header(T("panel.plot.title"));
    draw_tilt_plot(T, snapshot);
    if (ImGui::CollapsingHeader(T.label("panel.fatigue.title").c_str()))
      draw_fatigue_controls(T, snapshot, actions);
  }
  ImGui::End();
}

}  // namespace

Rect free_viewport(float window_w, float window_h, float font_scale, bool presentation) {
  const float top = presentation ? 0.0f : menu_height(font_scale);
  const float left = panel_width(font_scale, window_w);
  const float right = presentation ? 0.0f : panel_width(font_scale, window_w);
  return Rect{left, top, std::max(1.0f, window_w - left - right), std::max(1.0f, window_h - top)};
}

void draw_content_error(const std::string& message) {
  ImGui::SetNextWindowPos(ImVec2(20, 20));
  ImGui::Begin("PostureLab", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted(message.c_str());
  ImGui::End();
}

UiLayout draw_app_ui(const UiSnapshot& snapshot, UiActions& actions) {
  UiLayout layout;
  if (!snapshot.library) return layout;
  const Texts T(*snapshot.library, snapshot.language);
  if (!snapshot.presentation) draw_menu(T, snapshot, actions);
  const Rect free =
      free_viewport(snapshot.window_w, snapshot.window_h, snapshot.font_scale, snapshot.presentation);
  layout.viewport = free;
  draw_controls_panel(T, snapshot, actions, Rect{0.0f, free.y, free.x, free.h});
  if (!snapshot.presentation)
    draw_readouts_panel(T, snapshot, actions,
                        Rect{free.right(), free.y, snapshot.window_w - free.right(), free.h});
  const Rect label = draw_calibration_label(T, snapshot, free);
  const Rect article = draw_article_panel(T, snapshot, free, actions);
  // Callouts use what is left of the viewport between the calibration label and the article panel.
  Rect callout_area = free;
  callout_area.y = std::max(free.y, label.bottom());
  const float bottom = article.h > 0.0f ? std::min(free.bottom(), article.y) : free.bottom();
  callout_area.h = std::max(0.0f, bottom - callout_area.y);
  layout.callout_area = callout_area;
  layout.callouts = draw_callouts(T, snapshot, callout_area);
  // The anatomy fits between the calibration label and the article panel.
  layout.scene = callout_area;
  if (layout.scene.h < free.h * 0.4f) layout.scene = free;
  draw_structure_card(T, snapshot, free, actions);
  draw_hover_name(T, snapshot);
  return layout;
}

}  // namespace ui
