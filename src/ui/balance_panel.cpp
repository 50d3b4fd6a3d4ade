#include "ui/balance_panel.h"

#include <imgui.h>

#include <string>

#include "biomech/input_fields.h"
#include "biomech/presets.h"
#include "ui/widgets.h"

namespace ui {
namespace {

// The story is about these two: their sliders come first (the input table's order) and are drawn
// larger.
constexpr double biomech::Inputs::*kTallSliders[] = {&biomech::Inputs::hamstrings_pct,
                                                     &biomech::Inputs::quadriceps_pct};

bool is_tall(const biomech::InputField& field) {
  for (auto member : kTallSliders)
    if (field.member == member) return true;
  return false;
}

// "%.0f %%", "%.2f m", "%.0f°": the value as the table says to show it.
std::string value_format(const biomech::InputField& field) {
  std::string unit(field.unit);
  if (unit == "%") unit = "%%";
  return "%." + std::to_string(field.decimals) + "f" + (field.unit == "°" ? "" : " ") + unit;
}

void slider_row(const Texts& T, const UiSnapshot& snapshot, UiActions& actions,
                const biomech::InputField& field) {
  biomech::Inputs edited = actions.set_inputs.value_or(snapshot.inputs);
  double value = edited.*field.member;
  const std::string text_id(field.text_id);
  ImGui::PushID(text_id.c_str());
  const SliderResult result = slider_with_normal(
      T.label(text_id), T.optional(text_id + ".help"), value, field.min, field.max, field.balanced,
      value_format(field).c_str(), is_tall(field), "\u21BA", T("slider.reset"));
  if (result.changed) {
    edited.*field.member = value;
    actions.set_inputs = edited;
  }
  if (result.committed) actions.commit_inputs = true;
  if (result.reset) {
    biomech::Inputs reset = actions.set_inputs.value_or(snapshot.inputs);
    reset.*field.member = field.balanced;
    actions.animate_inputs = reset;
    actions.commit_inputs = true;
  }
  ImGui::PopID();
}

// A plain full-width slider with its label above (load and body data).
void plain_slider(const Texts& T, const UiSnapshot& snapshot, UiActions& actions,
                  const biomech::InputField& field) {
  biomech::Inputs edited = actions.set_inputs.value_or(snapshot.inputs);
  double value = edited.*field.member;
  const std::string text_id(field.text_id);
  ImGui::PushTextWrapPos(0.0f);  // wrapped like the muscle sliders' labels
  ImGui::TextUnformatted(T(text_id));
  ImGui::PopTextWrapPos();
  help_marker(T.optional(text_id + ".help"));
  ImGui::SetNextItemWidth(-1.0f);
  const std::string id = "##" + text_id;
  if (ImGui::SliderScalar(id.c_str(), ImGuiDataType_Double, &value, &field.min, &field.max,
                          value_format(field).c_str())) {
    edited.*field.member = value;
    actions.set_inputs = edited;
  }
  if (ImGui::IsItemDeactivatedAfterEdit()) actions.commit_inputs = true;
}

}  // namespace

void draw_balance_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  for (const auto& field : biomech::kInputFields)
    if (field.group == biomech::InputGroup::muscle) slider_row(T, snapshot, actions, field);

  ImGui::Spacing();
  ImGui::TextDisabled("%s", T("presets.title"));
  for (const auto& preset : biomech::presets()) {
    const std::string id = "preset." + std::string(preset.name);
    const float width = ImGui::CalcTextSize(T(id)).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    if (ImGui::Button(T.label(id).c_str())) {
      auto target = biomech::apply_preset(preset.name, snapshot.inputs);
      if (target) {
        actions.animate_inputs = *target;
        actions.commit_inputs = true;
      }
    }
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void draw_activity_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  using biomech::Activity;
  struct Group {
    const char* id;
    std::initializer_list<Activity> members;
  };
  const Group groups[] = {
      {"activity.group.stand", {Activity::stand}},
      {"activity.group.sit",
       {Activity::sit_relaxed, Activity::sit_upright, Activity::sit_slouched, Activity::sit_flexed}},
      {"activity.group.bend", {Activity::stand_flexed}},
      {"activity.group.lift", {Activity::lift_rounded, Activity::lift_knees_bent, Activity::lift_close}},
      {"activity.group.lie", {Activity::lie_supine, Activity::lie_side}},
      {"activity.group.walk", {Activity::walk}},
  };
  const Activity current = snapshot.inputs.activity;
  if (ImGui::BeginTable("##activities", 2, ImGuiTableFlags_SizingStretchProp)) {
    for (const auto& group : groups) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::AlignTextToFramePadding();
      ImGui::TextDisabled("%s", T(group.id));
      ImGui::TableSetColumnIndex(1);
      for (Activity activity : group.members) {
        const std::string id = "activity." + std::string(biomech::activity_name(activity));
        if (ImGui::RadioButton(T.label(id).c_str(), current == activity) && current != activity) {
          biomech::Inputs next = snapshot.inputs;
          next.activity = activity;
          actions.animate_inputs = next;
          actions.commit_inputs = true;
        }
      }
    }
    ImGui::EndTable();
  }
  if (biomech::is_lifting(current))
    for (const auto& field : biomech::kInputFields)
      if (field.group == biomech::InputGroup::load) plain_slider(T, snapshot, actions, field);
}

void draw_calibration_switch(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  using biomech::Calibration;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(T("calibration.label"));
  ImGui::SameLine();
  for (Calibration c : {Calibration::article, Calibration::evidence}) {
    const std::string id = "calibration." + std::string(biomech::calibration_name(c));
    // Large text in a narrow panel: wrap rather than cut the label off.
    const float needed =
        ImGui::CalcTextSize(T(id)).x + ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x * 2.0f;
    if (ImGui::GetContentRegionAvail().x < needed) ImGui::NewLine();
    if (ImGui::RadioButton(T.label(id).c_str(), snapshot.inputs.calibration == c) &&
        snapshot.inputs.calibration != c) {
      biomech::Inputs next = snapshot.inputs;
      next.calibration = c;
      actions.animate_inputs = next;
      actions.commit_inputs = true;
    }
    help_marker(T.optional(id + ".help"));
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void draw_body_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  for (const auto& field : biomech::kInputFields)
    if (field.group == biomech::InputGroup::body) plain_slider(T, snapshot, actions, field);
}

}  // namespace ui
