#include "ui/compare_panel.h"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "ui/widgets.h"

namespace ui {
namespace {

void title_over(const Rect& half, const char* text, const ImVec4& colour, const Rect& keep_clear_above) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  const float pad = ImGui::GetFontSize() * 0.3f;
  const float x = half.x + 0.5f * (half.w - size.x);
  const bool under_label = Rect{x, half.y + pad, size.x, size.y}.overlaps(keep_clear_above);
  const ImVec2 at(x, (under_label ? keep_clear_above.bottom() : half.y) + pad);
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  draw->AddRectFilled(ImVec2(at.x - pad, at.y - pad * 0.5f),
                      ImVec2(at.x + size.x + pad, at.y + size.y + pad * 0.5f),
                      ImGui::GetColorU32(ImGuiCol_WindowBg, 0.85f), 4.0f);
  draw->AddText(at, ImGui::GetColorU32(colour), text);
}

void row(const Texts& T, const char* label_id, double before, double after, const char* unit, int decimals) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::TextUnformatted(T(label_id));
  ImGui::TableSetColumnIndex(1);
  ImGui::Text("%s%s", T.number(before, decimals).c_str(), unit);
  ImGui::TableSetColumnIndex(2);
  ImGui::Text("%s%s", T.number(after, decimals).c_str(), unit);
  ImGui::TableSetColumnIndex(3);
  ImGui::TextColored(after > before + 0.05 ? colours::kOrange : colours::kSky, "%s%s",
                     T.number(after - before, decimals, true).c_str(), unit);
}

}  // namespace

Rect draw_compare_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& keep_clear_above) {
  if (!snapshot.compare_rects || !snapshot.outputs || !snapshot.reference_outputs) return {};
  const auto& [left, right] = *snapshot.compare_rects;
  title_over(left, T(snapshot.reference_pinned ? "compare.reference.pinned" : "compare.reference.balanced"),
             colours::kSky, keep_clear_above);
  title_over(right, T("compare.now"), colours::kOrange, keep_clear_above);
  const auto& before = *snapshot.reference_outputs;
  const auto& after = *snapshot.outputs;
  const float middle = 0.5f * (left.right() + right.x);
  ImGui::SetNextWindowPos(ImVec2(middle, left.bottom() - 10.0f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowBgAlpha(0.9f);
  Rect covered;
  if (ImGui::Begin("##compare_panel", nullptr, kOverlayWindowFlags)) {
    ImGui::TextUnformatted(T("compare.differences"));
    if (ImGui::BeginTable("##compare", 4, ImGuiTableFlags_SizingFixedFit)) {
      const char* deg = "°";
      row(T, "readout.pelvic_tilt", before.pelvis.tilt_asis_psis_deg, after.pelvis.tilt_asis_psis_deg, deg,
          1);
      row(T, "readout.sacral_slope", before.pelvis.sacral_slope_deg, after.pelvis.sacral_slope_deg, deg, 1);
      row(T, "readout.lordosis", before.lumbar_lordosis_deg, after.lumbar_lordosis_deg, deg, 1);
      const auto& b = before.segment(biomech::Level::l5_s1);
      const auto& a = after.segment(biomech::Level::l5_s1);
      row(T, "compare.l5_s1_back", 100.0 * b.posterior_stress_index, 100.0 * a.posterior_stress_index, " %",
          0);
      ImGui::EndTable();
    }
    covered = Rect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                   ImGui::GetWindowSize().y};
  }
  ImGui::End();
  return covered;
}

}  // namespace ui
