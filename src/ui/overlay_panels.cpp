#include "ui/overlay_panels.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "ui/callout_layout.h"
#include "ui/widgets.h"

namespace ui {
namespace {

const anatomy::ScreenAnchor* find_anchor(const UiSnapshot& snapshot, const std::string& id) {
  for (const auto& a : snapshot.anchors)
    if (a.id == id && a.on_screen) return &a;
  return nullptr;
}

const ImGuiWindowFlags kOverlayFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;

ImVec4 verdict_colour(content::Verdict verdict) {
  switch (verdict) {
    case content::Verdict::supported:
      return colours::kSky;
    case content::Verdict::disputed:
      return colours::kOrange;
    case content::Verdict::unsupported:
      return colours::kVermillion;
  }
  return colours::kSky;
}

}  // namespace

const std::vector<std::string>& callout_anchor_ids() {
  static const std::vector<std::string> ids = {
      "bone.pelvis",
      "disc.L3-L4",
      "disc.L5-S1",
      "muscle.semimembranosus.r",
      "muscle.rectus_femoris.r",
      "muscle.psoas_major.r",
  };
  return ids;
}

std::vector<CalloutText> callout_texts(const Texts& T, const UiSnapshot& snapshot) {
  std::vector<CalloutText> texts;
  if (!snapshot.outputs || !snapshot.reference_outputs) return texts;
  const auto& out = *snapshot.outputs;
  const auto& ref = *snapshot.reference_outputs;
  const auto& ids = callout_anchor_ids();

  const double tilt_change = out.pelvis.tilt_asis_psis_deg - ref.pelvis.tilt_asis_psis_deg;
  texts.push_back(
      {ids[0], T.library().format_change(T.language(), "live.pelvis.tilt_change", tilt_change, 0.25,
                                         content::Values().set("tilt_delta_deg", std::abs(tilt_change)))});
  const double arch_change = out.lumbar_lordosis_deg - ref.lumbar_lordosis_deg;
  texts.push_back({ids[1], T.library().format_change(
                               T.language(), "live.lordosis.change", arch_change, 0.25,
                               content::Values().set("lordosis_delta_deg", std::abs(arch_change)))});
  const auto& l5 = out.segment(biomech::Level::l5_s1);
  const auto& l5_ref = ref.segment(biomech::Level::l5_s1);
  if (l5_ref.posterior_stress_index > 0.0) {
    const double change_pct = 100.0 * (l5.posterior_stress_index / l5_ref.posterior_stress_index - 1.0);
    texts.push_back({ids[2], T.format("live.disc.posterior_change",
                                      content::Values()
                                          .set("disc_level", std::string(T("disc.level.L5-S1")))
                                          .set("posterior_load_change_pct", change_pct))});
  }
  struct MuscleCallout {
    biomech::MuscleGroup group;
    const char* name_id;
    std::size_t anchor;
  };
  const MuscleCallout muscles[] = {
      {biomech::MuscleGroup::hamstrings, "group.hamstrings", 3},
      {biomech::MuscleGroup::rectus_femoris, "muscle_name.rectus_femoris", 4},
      {biomech::MuscleGroup::iliopsoas, "group.hip_flexors", 5},
  };
  for (const auto& m : muscles) {
    const auto& now = out.muscle(m.group);
    const auto& before = ref.muscle(m.group);
    if (before.force_n <= 0.0) continue;
    // A muscle callout speaks only when that muscle's pull differs from balanced: "0 %" on every
    // muscle would crowd the anatomy and say nothing.
    const double change_pct = 100.0 * (now.force_n / before.force_n - 1.0);
    if (std::abs(change_pct) < 1.0 && now.strength_pct == before.strength_pct) continue;
    texts.push_back({ids[m.anchor], T.format("live.muscle.pull", content::Values()
                                                                     .set("muscle", std::string(T(m.name_id)))
                                                                     .set("strength_pct", now.strength_pct)
                                                                     .set("force_change_pct", change_pct))});
  }
  return texts;
}

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
  if (ImGui::Begin("##calibration_label", nullptr, kOverlayFlags)) {
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

Rect draw_article_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport,
                        UiActions& actions) {
  const auto overlays = T.library().overlays(T.language());
  const auto tour = T.library().tour(T.language());
  const float width = std::min(viewport.w - 20.0f, ImGui::GetFontSize() * 40.0f);
  ImGui::SetNextWindowPos(ImVec2(viewport.x + viewport.w * 0.5f, viewport.bottom() - 10.0f), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.93f);
  if (!ImGui::Begin("##article_panel", nullptr, kOverlayFlags & ~ImGuiWindowFlags_NoNav)) {
    ImGui::End();
    return {};
  }
  ImGui::PushTextWrapPos(0.0f);
  const content::Overlay* overlay = nullptr;
  if (snapshot.tour.active && snapshot.tour.step >= 0 && snapshot.tour.step < static_cast<int>(tour.size())) {
    const auto& step = tour[static_cast<std::size_t>(snapshot.tour.step)];
    ImGui::TextDisabled("%s", T.format("live.tour.progress", content::Values()
                                                                 .set("step_number", snapshot.tour.step + 1)
                                                                 .set("step_count", snapshot.tour.step_count))
                                  .c_str());
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(step.title.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(step.text.c_str());
    if (!step.overlay.empty()) overlay = T.library().overlay(T.language(), step.overlay);
  } else if (!overlays.empty()) {
    const int index = std::clamp(snapshot.article_overlay, 0, static_cast<int>(overlays.size()) - 1);
    overlay = &overlays[static_cast<std::size_t>(index)];
    ImGui::TextDisabled("%s  ·  %d / %d", T(std::string("section.") + overlay->section), index + 1,
                        static_cast<int>(overlays.size()));
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr);
    ImGui::TextUnformatted(overlay->title.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(overlay->text.c_str());
    if (!overlay->more.empty() && ImGui::TreeNode(T.label("overlay.more").c_str())) {
      ImGui::TextDisabled("%s", overlay->more.c_str());
      ImGui::TreePop();
    }
  }
  if (overlay && snapshot.show_evidence) {
    // The verdict always shows beside the claim; the studies open on request, which keeps the panel
    // short enough to leave the anatomy room.
    for (const auto& evidence_id : overlay->evidence) {
      const content::EvidenceNote* note = T.library().evidence(T.language(), evidence_id);
      if (!note) continue;
      ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(note->verdict));
      const std::string heading = std::string(T("overlay.evidence_says")) + ": " +
                                  T("verdict." + std::string(content::verdict_name(note->verdict))) + "##" +
                                  evidence_id;
      const bool open = ImGui::TreeNode(heading.c_str());
      ImGui::PopStyleColor();
      help_marker(T.optional("verdict." + std::string(content::verdict_name(note->verdict)) + ".help"));
      if (open) {
        ImGui::TextUnformatted(note->text.c_str());
        ImGui::TreePop();
      }
    }
  }
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  if (snapshot.tour.active) {
    if (ImGui::Button(T.label("tour.previous").c_str())) actions.tour_previous = true;
    ImGui::SameLine();
    if (ImGui::Button(T.label("tour.next").c_str())) actions.tour_next = true;
    ImGui::SameLine();
    if (ImGui::Button(T.label("tour.exit").c_str())) actions.tour_exit = true;
    // The key hint goes on its own line when the buttons leave too little room for it.
    const char* hint = T("tour.keys_hint");
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(hint).x) ImGui::NewLine();
    ImGui::TextDisabled("%s", hint);
  } else {
    if (ImGui::ArrowButton("##article_prev", ImGuiDir_Left))
      actions.article_overlay = std::max(0, snapshot.article_overlay - 1);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##article_next", ImGuiDir_Right))
      actions.article_overlay = std::min(static_cast<int>(overlays.size()) - 1, snapshot.article_overlay + 1);
    ImGui::SameLine();
    if (ImGui::Button(T.label("tour.start").c_str())) actions.tour_start = true;
    ImGui::SameLine();
    bool evidence = snapshot.show_evidence;
    if (ImGui::Checkbox(T.label("overlay.show_evidence").c_str(), &evidence))
      actions.show_evidence = evidence;
  }
  const Rect covered{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                     ImGui::GetWindowSize().y};
  ImGui::End();
  return covered;
}

}  // namespace ui
