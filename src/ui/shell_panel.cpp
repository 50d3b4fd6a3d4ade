#include "ui/shell_panel.h"

#include <algorithm>

#include <imgui.h>

namespace ui {
namespace {
void calibration_label(biomech::Calibration calibration) {
  // Always visible on the viewport: which calibration of the model is shown.
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 pos(viewport->WorkPos.x + viewport->WorkSize.x - 12.0f, viewport->WorkPos.y + 12.0f);
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowBgAlpha(0.75f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("##calibration", nullptr, flags)) {
    if (calibration == biomech::Calibration::article)
      ImGui::TextUnformatted("Model: article calibration (the article's explanation)");
    else
      ImGui::TextUnformatted("Model: evidence calibration (what studies measured)");
    ImGui::TextDisabled("Educational estimate, not a diagnosis");
  }
  ImGui::End();
}
} // namespace

ShellActions draw_shell(const ShellState& state) {
  ShellActions actions;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float scale = state.font_scale;
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + 12.0f, viewport->WorkPos.y + 12.0f), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(300.0f * scale, 0.0f), ImGuiCond_FirstUseEver);
  if (ImGui::Begin("PostureLab", nullptr, ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextWrapped("Muscle balance, pelvic tilt and the load on the lumbar discs.");
    ImGui::Separator();

    ImGui::TextUnformatted("View");
    const char* names[] = {"Side", "Front", "Back", "Oblique"};
    for (int i = 0; i < 4; ++i) {
      if (i > 0) ImGui::SameLine();
      if (ImGui::Button(names[i])) actions.view = static_cast<ViewRequest>(i);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Key %d", i + 1);
    }
    if (ImGui::Button("Frame the model (F)")) actions.frame_model = true;

    ImGui::Separator();
    ImGui::TextUnformatted("Text size");
    if (ImGui::Button("A-")) actions.font_scale = std::max(kMinFontScale, scale - 0.125f);
    ImGui::SameLine();
    if (ImGui::Button("A+")) actions.font_scale = std::min(kMaxFontScale, scale + 0.125f);
    ImGui::SameLine();
    ImGui::Text("%d %%", static_cast<int>(scale * 100.0f + 0.5f));
    bool high_contrast = state.theme == ThemeKind::high_contrast;
    if (ImGui::Checkbox("High contrast", &high_contrast))
      actions.theme = high_contrast ? ThemeKind::high_contrast : ThemeKind::calm;

    ImGui::Separator();
    ImGui::TextDisabled("Drag: orbit   Right/middle drag: pan");
    ImGui::TextDisabled("Wheel: zoom   1-4: views   F: frame");
    ImGui::TextDisabled("Ctrl +/-: text size");
    if (!state.notice.empty()) {
      ImGui::Separator();
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.78f, 0.35f, 1.0f));
      ImGui::TextWrapped("%s", state.notice.c_str());
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
  calibration_label(state.calibration);
  return actions;
}

} // namespace ui
