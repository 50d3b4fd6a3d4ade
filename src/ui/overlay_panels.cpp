#include "ui/overlay_panels.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "ui/callout_layout.h"
#include "ui/callout_texts.h"
#include "ui/widgets.h"

namespace ui {
namespace {

const anatomy::ScreenAnchor* find_anchor(const UiSnapshot& snapshot, const std::string& id) {
  for (const auto& a : snapshot.anchors)
    if (a.id == id && a.on_screen) return &a;
  return nullptr;
}

}  // namespace

std::vector<PlacedCallout> draw_callouts(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport) {
  std::vector<PlacedCallout> drawn;
  if (!snapshot.show_callouts) return drawn;
  const auto texts = callout_texts(T, snapshot);
  std::vector<CalloutRequest> requests;
  std::vector<const CalloutText*> shown;
  const float pad = ImGui::GetFontSize() * 0.45f;
  const float wrap = ImGui::GetFontSize() * 13.0f;
  for (const auto& t : texts) {
    const anatomy::ScreenAnchor* anchor = find_anchor(snapshot, t.anchor_id);
    if (!anchor || !viewport.contains(anchor->pixel.x, anchor->pixel.y)) continue;
    const ImVec2 size = ImGui::CalcTextSize(t.text.c_str(), nullptr, false, wrap);
    requests.push_back({anchor->pixel.x, anchor->pixel.y, size.x + 2 * pad, size.y + 2 * pad});
    shown.push_back(&t);
  }
  const auto placements = place_callouts(requests, viewport, ImGui::GetFontSize() * 0.5f);
  // Under every ImGui window: panels and cards stay readable on top of the callouts.
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const ImU32 box_colour = ImGui::GetColorU32(ImGuiCol_WindowBg, 0.92f);
  const ImU32 line_colour = ImGui::GetColorU32(colours::kSky);
  for (std::size_t i = 0; i < placements.size(); ++i) {
    if (!placements[i]) continue;
    const auto& p = *placements[i];
    const auto& r = requests[i];
    draw->AddLine(ImVec2(r.anchor_x, r.anchor_y), ImVec2(p.leader_x, p.leader_y), line_colour, 2.0f);
    draw->AddCircleFilled(ImVec2(r.anchor_x, r.anchor_y), ImGui::GetFontSize() * 0.25f, line_colour);
    draw->AddRectFilled(ImVec2(p.box.x, p.box.y), ImVec2(p.box.right(), p.box.bottom()), box_colour, 5.0f);
    draw->AddRect(ImVec2(p.box.x, p.box.y), ImVec2(p.box.right(), p.box.bottom()), line_colour, 5.0f, 0,
                  1.5f);
    draw->AddText(nullptr, 0.0f, ImVec2(p.box.x + pad, p.box.y + pad), ImGui::GetColorU32(ImGuiCol_Text),
                  shown[i]->text.c_str(), nullptr, wrap);
    drawn.push_back({shown[i]->anchor_id, shown[i]->text, p.box, r.anchor_x, r.anchor_y});
  }
  return drawn;
}

Rect draw_calibration_label(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport) {
  Rect covered;
  ImGui::SetNextWindowPos(ImVec2(viewport.right() - 10.0f, viewport.y + 10.0f), ImGuiCond_Always,
                          ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowBgAlpha(0.8f);
  if (ImGui::Begin("##calibration_label", nullptr, kOverlayWindowFlags)) {
    const bool article = snapshot.inputs.calibration == biomech::Calibration::article;
    ImGui::TextColored(article ? colours::kOrange : colours::kSky, "%s",
                       T(article ? "calibration.article.viewport" : "calibration.evidence.viewport"));
    ImGui::TextDisabled("%s", T("app.disclaimer"));
    covered = Rect{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                   ImGui::GetWindowSize().y};
  }
  ImGui::End();
  return covered;
}

void draw_hover_name(const Texts& T, const UiSnapshot& snapshot) {
  if (snapshot.hovered_structure.empty() || ImGui::GetIO().WantCaptureMouse) return;
  const content::StructureCard* card = T.library().card(T.language(), snapshot.hovered_structure);
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(card ? card->lay_name.c_str() : snapshot.hovered_structure.c_str());
  if (card) ImGui::TextDisabled("%s", card->anatomical_name.c_str());
  ImGui::TextDisabled("%s", T("card.hover_hint"));
  ImGui::EndTooltip();
}

}  // namespace ui
