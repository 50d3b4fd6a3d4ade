#include "ui/side_panels.h"

#include <algorithm>
#include <vector>

#include <imgui.h>

#include "ui/widgets.h"

namespace ui {

void draw_fatigue_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  const auto& fatigue = snapshot.fatigue;
  for (biomech::Task task : {biomech::Task::walk, biomech::Task::run}) {
    const char* id = task == biomech::Task::walk ? "fatigue.walking" : "fatigue.running";
    if (ImGui::RadioButton(T.label(id).c_str(), fatigue.task == task) && fatigue.task != task)
      actions.fatigue_task = task;
    ImGui::SameLine();
  }
  ImGui::NewLine();
  float minutes = fatigue.duration_min;
  ImGui::TextUnformatted(T("fatigue.duration"));
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##fatigue_duration", &minutes, FatigueView::kMinDuration_min,
                         FatigueView::kMaxDuration_min, "%.0f min"))
    actions.fatigue_duration_min = minutes;
  if (ImGui::Button(T.label(fatigue.playing ? "fatigue.pause" : "fatigue.play").c_str()))
    actions.fatigue_play = !fatigue.playing;
  ImGui::SameLine();
  if (ImGui::Button(T.label("fatigue.restart").c_str())) actions.fatigue_restart = true;

  const biomech::FatigueSeries* series = fatigue.series;
  if (!series || series->samples.size() < 2) return;
  // Fatigued fraction of the hamstrings over time, with the playback position marked.
  std::vector<float> fatigued;
  fatigued.reserve(series->samples.size());
  for (const auto& s : series->samples) fatigued.push_back(static_cast<float>(100.0 * s.hamstrings.fatigued));
  const float top = std::max(10.0f, *std::max_element(fatigued.begin(), fatigued.end()) * 1.15f);
  ImGui::TextDisabled("%s", T("fatigue.plot.y_axis"));
  // An explicit width: ImGui 1.86's PlotLines takes a negative width literally (a plot -1 px wide,
  // which drew nothing), where other widgets read it as "to the right edge".
  ImGui::PlotLines("##fatigue_plot", fatigued.data(), static_cast<int>(fatigued.size()), 0, nullptr, 0.0f,
                   top, ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 5.0f));
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  const double total = series->samples.back().time_s;
  if (total > 0.0) {
    const float x = a.x + (b.x - a.x) * static_cast<float>(std::clamp(fatigue.time_s / total, 0.0, 1.0));
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), ImGui::GetColorU32(colours::kOrange),
                                        2.0f);
  }
  ImGui::TextDisabled("%s", T("fatigue.plot.x_axis"));
  if (const auto* sample = fatigue.sample()) {
    // Words for the strain-risk index (1 = rested and balanced): "rising" from 15 % above rested,
    // "high" from 50 % above; design thresholds for the words, not clinical cut-offs.
    constexpr double kRisingRisk = 1.15, kHighRisk = 1.5;
    const double risk = sample->hamstring_strain_risk;
    const char* level = risk < kRisingRisk ? "fatigue.strain_risk.low"
                        : risk < kHighRisk ? "fatigue.strain_risk.rising"
                                           : "fatigue.strain_risk.high";
    ImGui::Text("%s:", T("fatigue.strain_risk"));
    ImGui::SameLine();
    chip(T(level), risk >= kRisingRisk);
    ImGui::SameLine();
    ImGui::TextDisabled("%s min", T.number(sample->time_s / 60.0, 1).c_str());
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", T("fatigue.assumption"));
  ImGui::PopTextWrapPos();
}

void draw_layer_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  struct Row {
    const char* text_id;
    anatomy::Category category;
  };
  // In the panel's order (what a teacher hides first comes first), not the enum's.
  const Row rows[] = {
      {"layers.bones", anatomy::Category::bone}, {"layers.muscles", anatomy::Category::muscle},
      {"layers.discs", anatomy::Category::disc}, {"layers.tendons", anatomy::Category::tendon},
      {"layers.skin", anatomy::Category::skin},
  };
  for (const auto& row : rows) {
    bool shown = snapshot.layers.category(row.category);
    if (ImGui::Checkbox(T.label(row.text_id).c_str(), &shown))
      actions.layers.push_back(
          LayerCommand::for_category(shown ? LayerAction::show : LayerAction::hide, row.category));
    ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.55f);
    const std::string isolate = T.label("layers.isolate") + std::string(anatomy::category_name(row.category));
    if (ImGui::SmallButton(isolate.c_str()))
      actions.layers.push_back(LayerCommand::for_category(LayerAction::isolate, row.category));
  }
  if (ImGui::TreeNode(T.label("layers.muscles").append("_groups").c_str())) {
    for (const char* group :
         {"hamstrings", "quadriceps", "hip_flexors", "gluteals", "erector_spinae", "abdominals"}) {
      const std::string text_id = std::string("group.") + group;
      ImGui::TextUnformatted(T(text_id));
      ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.5f);
      ImGui::PushID(group);
      if (ImGui::SmallButton(T.label("layers.show").c_str()))
        actions.layers.push_back(LayerCommand::for_group(LayerAction::show, group));
      ImGui::SameLine();
      if (ImGui::SmallButton(T.label("layers.hide").c_str()))
        actions.layers.push_back(LayerCommand::for_group(LayerAction::hide, group));
      ImGui::SameLine();
      if (ImGui::SmallButton(T.label("layers.isolate").c_str()))
        actions.layers.push_back(LayerCommand::for_group(LayerAction::isolate, group));
      ImGui::PopID();
    }
    ImGui::TreePop();
  }
  bool xray = snapshot.layers.xray;
  if (ImGui::Checkbox(T.label("layers.xray").c_str(), &xray)) actions.xray = xray;
  ImGui::SameLine();
  if (ImGui::Button(T.label("layers.show_all").c_str())) actions.show_all_layers = true;
}

void draw_structure_card(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport,
                         UiActions& actions) {
  if (snapshot.selected_structure.empty()) return;
  const content::StructureCard* card = T.library().card(T.language(), snapshot.selected_structure);
  // Beside the anatomy, in the viewport's right edge, so the structure itself stays in view.
  const float width = std::min(ImGui::GetFontSize() * 24.0f, viewport.w * 0.45f);
  ImGui::SetNextWindowPos(ImVec2(viewport.right() - 10.0f, viewport.y + ImGui::GetFontSize() * 4.5f),
                          ImGuiCond_Appearing, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Appearing);
  bool open = true;
  const std::string title = (card ? card->lay_name : snapshot.selected_structure) + "###structure_card";
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::PushTextWrapPos(0.0f);
    if (!card) {
      ImGui::TextUnformatted(snapshot.selected_structure.c_str());
    } else {
      ImGui::TextDisabled("%s", card->anatomical_name.c_str());
      ImGui::Spacing();
      ImGui::TextUnformatted(card->what.c_str());
      auto field = [&](const char* label_id, const std::string& text) {
        if (text.empty()) return;
        ImGui::Spacing();
        ImGui::TextColored(colours::kSky, "%s", T(label_id));
        ImGui::TextUnformatted(text.c_str());
      };
      field("card.origin", card->origin);
      field("card.insertion", card->insertion);
      field("card.action", card->action);
      field("card.nerve", card->nerve);
      field("card.role", card->role);
    }
    // What this muscle does now: the same solve as the discs (force, share of capacity, reserve).
    if (snapshot.selected_muscle && snapshot.outputs) {
      const auto& m = snapshot.outputs->muscle(*snapshot.selected_muscle);
      ImGui::Spacing();
      ImGui::TextColored(colours::kSky, "%s", T("card.effort"));
      ImGui::Text("%s N · %s %% %s · %s %s %%", T.number(m.force_n, 0).c_str(),
                  T.number(m.mvc_pct, 0).c_str(), T("card.effort.of_capacity"), T("card.effort.reserve"),
                  T.number(m.reserve_pct, 0).c_str());
    }
    ImGui::PopTextWrapPos();
    if (ImGui::Button(T.label("card.close").c_str())) open = false;
  }
  ImGui::End();
  if (!open) actions.select_structure = std::string();
}

}  // namespace ui
