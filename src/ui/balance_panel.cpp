#include "ui/balance_panel.h"

#include <imgui.h>

#include "biomech/presets.h"
#include "ui/widgets.h"

namespace ui {
namespace {

struct SliderSpec {
  const char* text_id;  // label and ".help" in content
  biomech::InputRange range;
  double biomech::Inputs::*field;
  double normal;
  bool tall;
};

void slider_row(const Texts& T, const UiSnapshot& snapshot, UiActions& actions, const SliderSpec& spec) {
  biomech::Inputs edited = actions.set_inputs.value_or(snapshot.inputs);
  double value = edited.*spec.field;
  const std::string help_id = std::string(spec.text_id) + ".help";
  ImGui::PushID(spec.text_id);
  const SliderResult result =
      slider_with_normal(T.label(spec.text_id), T.optional(help_id), value, spec.range.min, spec.range.max,
                         spec.normal, "%.0f %%", spec.tall, "\u21BA", T("slider.reset"));
  if (result.changed) {
    edited.*spec.field = value;
    actions.set_inputs = edited;
  }
  if (result.committed) actions.commit_inputs = true;
  if (result.reset) {
    biomech::Inputs reset = actions.set_inputs.value_or(snapshot.inputs);
    reset.*spec.field = spec.normal;
    actions.animate_inputs = reset;
    actions.commit_inputs = true;
  }
  ImGui::PopID();
}

}  // namespace

void draw_balance_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  using biomech::Inputs;
  const biomech::Inputs balanced = biomech::balanced_inputs();
  const SliderSpec sliders[] = {
      {"slider.hamstrings", biomech::hamstrings_range(), &Inputs::hamstrings_pct, balanced.hamstrings_pct,
       true},
      {"slider.quadriceps", biomech::quadriceps_range(), &Inputs::quadriceps_pct, balanced.quadriceps_pct,
       true},
      {"slider.hip_flexor_tightness", biomech::hip_flexor_tightness_range(),
       &Inputs::hip_flexor_tightness_pct, balanced.hip_flexor_tightness_pct, false},
      {"slider.glutes", biomech::glutes_range(), &Inputs::glutes_pct, balanced.glutes_pct, false},
      {"slider.abdominals", biomech::abdominals_range(), &Inputs::abdominals_pct, balanced.abdominals_pct,
       false},
  };
  for (const auto& spec : sliders) slider_row(T, snapshot, actions, spec);

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
  if (biomech::is_lifting(current)) {
    double load = snapshot.inputs.load_kg;
    const auto range = biomech::load_range();
    ImGui::SetNextItemWidth(-1.0f);
    const std::string label = std::string("##load");
    ImGui::TextUnformatted(T("slider.load"));
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderScalar(label.c_str(), ImGuiDataType_Double, &load, &range.min, &range.max, "%.0f kg")) {
      biomech::Inputs next = actions.set_inputs.value_or(snapshot.inputs);
      next.load_kg = load;
      actions.set_inputs = next;
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) actions.commit_inputs = true;
    help_marker(T("slider.load.help"));
  }
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
  struct Spec {
    const char* id;
    biomech::InputRange range;
    double biomech::Inputs::*field;
    const char* format;
  };
  const Spec specs[] = {
      {"slider.body_mass", biomech::body_mass_range(), &biomech::Inputs::body_mass_kg, "%.0f kg"},
      {"slider.height", biomech::height_range(), &biomech::Inputs::height_m, "%.2f m"},
      {"slider.pelvic_incidence", biomech::pelvic_incidence_range(), &biomech::Inputs::pelvic_incidence_deg,
       "%.0f°"},
  };
  for (const auto& spec : specs) {
    biomech::Inputs edited = actions.set_inputs.value_or(snapshot.inputs);
    double value = edited.*spec.field;
    ImGui::TextUnformatted(T(spec.id));
    help_marker(T.optional(std::string(spec.id) + ".help"));
    ImGui::SetNextItemWidth(-1.0f);
    const std::string id = std::string("##") + spec.id;
    if (ImGui::SliderScalar(id.c_str(), ImGuiDataType_Double, &value, &spec.range.min, &spec.range.max,
                            spec.format)) {
      edited.*spec.field = value;
      actions.set_inputs = edited;
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) actions.commit_inputs = true;
  }
}

}  // namespace ui
