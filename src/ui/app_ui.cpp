#include "ui/app_ui.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "ui/article_panel.h"
#include "ui/balance_panel.h"
#include "ui/compare_panel.h"
#include "ui/file_dialog.h"
#include "ui/menu_bar.h"
#include "ui/overlay_panels.h"
#include "ui/quiz_panel.h"
#include "ui/readouts_panel.h"
#include "ui/side_panels.h"
#include "ui/structure_menu.h"
#include "ui/texts.h"
#include "ui/widgets.h"

namespace ui {
namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

float panel_width(float font_scale, float window_w) { return std::min(330.0f * font_scale, window_w * 0.3f); }
// The menu bar's height before ImGui has drawn it (free_viewport frames the camera before the first
// frame). ImGui 1.86 draws the main menu bar as the font size plus about 4 px above and below (23.3 px
// at text scale 0.9, in the UI report); the padding is scaled here and 2 px added, so the estimate is
// never smaller than the real bar (24.5 px there) and the viewport never starts under it.
float menu_height(float font_scale) {
  constexpr float kMenuPaddingY_px = 4.0f, kMenuBorder_px = 2.0f;
  return kBaseFontSize_px * font_scale + 2.0f * kMenuPaddingY_px * font_scale + kMenuBorder_px;
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
  {
    const BoldFont bold;
    ImGui::TextUnformatted(text);
  }
  ImGui::Separator();
}

// The first-run welcome, at the top of the controls it points to (never over the anatomy): where to
// start, in three lines, until read.
void draw_welcome(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  if (!snapshot.show_welcome) return;
  ImGui::Separator();
  ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram), "%s", T("welcome.title"));
  ImGui::PushTextWrapPos(0.0f);
  for (const char* id : {"welcome.slider", "welcome.lessons", "welcome.help"}) {
    ImGui::Bullet();  // BulletText would not wrap
    ImGui::SameLine();
    ImGui::TextUnformatted(T(id));
  }
  ImGui::PopTextWrapPos();
  if (ImGui::Button(T.label("welcome.dismiss").c_str())) actions.dismiss_welcome = true;
  ImGui::Separator();
}

void draw_controls_panel(const Texts& T, const UiSnapshot& snapshot, UiActions& actions, const Rect& area) {
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h), ImGuiCond_Always);
  if (ImGui::Begin("##controls", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
    {
      const BoldFont bold;
      ImGui::TextUnformatted(T("app.title"));
    }
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", T("app.tagline"));
    ImGui::PopTextWrapPos();
    draw_calibration_switch(T, snapshot, actions);
    draw_welcome(T, snapshot, actions);
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
    if (!snapshot.model_error.empty()) {
      ImGui::Separator();
      ImGui::PushStyleColor(ImGuiCol_Text, colours::kOrange);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(snapshot.model_error.c_str());
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
    // Open from the start when walking, the activity the fatigue view simulates.
    const bool walking = snapshot.inputs.activity == biomech::Activity::walk;
    if (ImGui::CollapsingHeader(T.label("panel.fatigue.title").c_str(),
                                walking ? ImGuiTreeNodeFlags_DefaultOpen : 0))
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

namespace {

// Something the user must know (settings not saved, a model that did not load, a font replaced):
// a banner across the top of the anatomy, where it is seen, until it is dismissed.
void draw_notice_banner(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport,
                        UiActions& actions) {
  if (snapshot.notice.empty()) return;
  const float width = std::min(viewport.w - 20.0f, ImGui::GetFontSize() * 36.0f);
  ImGui::SetNextWindowPos(ImVec2(viewport.x + 0.5f * viewport.w, viewport.y + 8.0f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  ImGui::PushStyleColor(ImGuiCol_Border, colours::kOrange);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
  if (ImGui::Begin("##notice", nullptr,
                   ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse)) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours::kOrange);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(snapshot.notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (ImGui::Button(T.label("notice.dismiss").c_str())) actions.dismiss_notice = true;
  }
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

}  // namespace

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
  // An exported picture: the whole frame is the anatomy's, with only what is drawn on it.
  const bool panels = snapshot.panels;
  if (panels && !snapshot.presentation) draw_menu_bar(T, snapshot, actions);
  const Rect free =
      panels ? free_viewport(snapshot.window_w, snapshot.window_h, snapshot.font_scale, snapshot.presentation)
             : Rect{0.0f, 0.0f, snapshot.window_w, snapshot.window_h};
  layout.viewport = free;
  if (panels) draw_controls_panel(T, snapshot, actions, Rect{0.0f, free.y, free.x, free.h});
  if (panels && !snapshot.presentation)
    draw_readouts_panel(T, snapshot, actions,
                        Rect{free.right(), free.y, snapshot.window_w - free.right(), free.h});
  const Rect label = draw_calibration_label(T, snapshot, free);
  // While the quiz runs, its panel takes the article panel's place.
  const Rect article = !panels                ? Rect{}
                       : snapshot.quiz.active ? draw_quiz_panel(T, snapshot, free, actions)
                                              : draw_article_panel(T, snapshot, free, actions);
  // Callouts use what is left of the viewport between the calibration label and the article panel.
  Rect callout_area = free;
  callout_area.y = std::max(free.y, label.bottom());
  const float bottom = article.h > 0.0f ? std::min(free.bottom(), article.y) : free.bottom();
  callout_area.h = std::max(0.0f, bottom - callout_area.y);
  layout.callout_area = callout_area;
  // Callouts keep clear of the story (the pelvis, the lumbar spine and the discs) and the angles.
  std::vector<Rect> keep_clear;
  if (snapshot.story_region) keep_clear.push_back(*snapshot.story_region);
  if (const Rect key = draw_muscle_pulls(T, snapshot, callout_area); key.w > 0.0f) keep_clear.push_back(key);
  for (const Rect& number : draw_angle_overlays(T, snapshot, callout_area)) keep_clear.push_back(number);
  layout.story_region = snapshot.story_region;
  layout.callouts = draw_callouts(T, snapshot, callout_area, keep_clear);
  // The anatomy fits above the article panel; the calibration label sits in a corner beside it.
  layout.scene = free;
  layout.scene.h = std::max(0.0f, bottom - free.y);
  if (layout.scene.h < free.h * 0.4f) layout.scene = free;
  if (!panels) return layout;
  draw_compare_panel(T, snapshot, label);
  draw_structure_card(T, snapshot, free, actions);
  draw_hover_name(T, snapshot);
  draw_structure_menu(T, snapshot, actions);
  draw_notice_banner(T, snapshot, free, actions);
  draw_file_dialog(T, snapshot, actions);
  return layout;
}

}  // namespace ui
