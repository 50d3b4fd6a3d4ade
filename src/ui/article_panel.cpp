#include "ui/article_panel.h"

#include <algorithm>

#include <imgui.h>

#include "ui/widgets.h"

namespace ui {
namespace {

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

// The tour step's title and text; returns the article step it shows the evidence of.
const content::Overlay* draw_tour_step(const Texts& T, const UiSnapshot& snapshot,
                                       const content::TourStep& step) {
  ImGui::TextDisabled("%s", T.format("live.tour.progress", content::Values()
                                                               .set("step_number", snapshot.tour.step + 1)
                                                               .set("step_count", snapshot.tour.step_count))
                                .c_str());
  {
    const BoldFont bold;
    ImGui::TextUnformatted(step.title.c_str());
  }
  ImGui::TextUnformatted(step.text.c_str());
  return step.overlay.empty() ? nullptr : T.library().overlay(T.language(), step.overlay);
}

// The article step the user paged to, with its section and "more".
const content::Overlay* draw_article_step(const Texts& T, const UiSnapshot& snapshot,
                                          std::span<const content::Overlay> overlays) {
  if (overlays.empty()) return nullptr;
  const int index = std::clamp(snapshot.article_overlay, 0, static_cast<int>(overlays.size()) - 1);
  const content::Overlay& overlay = overlays[static_cast<std::size_t>(index)];
  ImGui::TextDisabled("%s  ·  %d / %d", T(std::string("section.") + overlay.section), index + 1,
                      static_cast<int>(overlays.size()));
  {
    const BoldFont bold;
    ImGui::TextUnformatted(overlay.title.c_str());
  }
  ImGui::TextUnformatted(overlay.text.c_str());
  if (!overlay.more.empty() && ImGui::TreeNode(T.label("overlay.more").c_str())) {
    ImGui::TextDisabled("%s", overlay.more.c_str());
    ImGui::TreePop();
  }
  return &overlay;
}

}  // namespace

// The verdict always shows beside the claim; the studies open on request, which keeps the panel
// short enough to leave the anatomy room.
void draw_evidence_notes(const Texts& T, std::span<const std::string> evidence_ids) {
  for (const auto& evidence_id : evidence_ids) {
    const content::EvidenceNote* note = T.library().evidence(T.language(), evidence_id);
    if (!note) continue;
    ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(note->verdict));
    const std::string verdict = "verdict." + std::string(content::verdict_name(note->verdict));
    const std::string heading =
        std::string(T("overlay.evidence_says")) + ": " + T(verdict) + "##" + evidence_id;
    const bool open = ImGui::TreeNode(heading.c_str());
    ImGui::PopStyleColor();
    help_marker(T.optional(verdict + ".help"));
    if (open) {
      ImGui::TextUnformatted(note->text.c_str());
      ImGui::TreePop();
    }
  }
}

namespace {

void draw_tour_buttons(const Texts& T, UiActions& actions) {
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
}

void draw_article_buttons(const Texts& T, const UiSnapshot& snapshot, int overlay_count, UiActions& actions) {
  if (ImGui::ArrowButton("##article_prev", ImGuiDir_Left))
    actions.article_overlay = std::max(0, snapshot.article_overlay - 1);
  ImGui::SameLine();
  if (ImGui::ArrowButton("##article_next", ImGuiDir_Right))
    actions.article_overlay = std::min(overlay_count - 1, snapshot.article_overlay + 1);
  ImGui::SameLine();
  if (ImGui::Button(T.label("tour.start").c_str())) actions.tour_start = true;
  ImGui::SameLine();
  bool evidence = snapshot.show_evidence;
  if (ImGui::Checkbox(T.label("overlay.show_evidence").c_str(), &evidence)) actions.show_evidence = evidence;
}

// After the last step: what the tour showed, and the two ways on.
void draw_tour_end(const Texts& T, UiActions& actions) {
  ImGui::BeginGroup();
  {
    const BoldFont bold;
    ImGui::TextUnformatted(T("tour.end.title"));
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(T("tour.end.text"));
  ImGui::PopTextWrapPos();
  if (ImGui::Button(T.label("tour.restart").c_str())) actions.tour_start = true;
  ImGui::SameLine();
  if (ImGui::Button(T.label("tour.explore").c_str())) actions.tour_exit = true;
  ImGui::EndGroup();
}

// The folded panel: the step's title and place, with the arrows that page on.
void draw_folded_title(const UiSnapshot& snapshot, const content::TourStep* step,
                       std::span<const content::Overlay> overlays, UiActions& actions) {
  const int count = step ? snapshot.tour.step_count : static_cast<int>(overlays.size());
  const int index =
      step ? snapshot.tour.step : std::clamp(snapshot.article_overlay, 0, std::max(0, count - 1));
  const std::string title =
      step ? step->title
           : (overlays.empty() ? std::string() : overlays[static_cast<std::size_t>(index)].title);
  {
    const BoldFont bold;
    ImGui::TextUnformatted(title.c_str());
  }
  ImGui::SameLine();
  ImGui::TextDisabled("%d / %d", index + 1, count);
  ImGui::SameLine();
  if (ImGui::ArrowButton("##folded_prev", ImGuiDir_Left)) {
    if (step)
      actions.tour_previous = true;
    else
      actions.article_overlay = std::max(0, index - 1);
  }
  ImGui::SameLine();
  if (ImGui::ArrowButton("##folded_next", ImGuiDir_Right)) {
    if (step)
      actions.tour_next = true;
    else
      actions.article_overlay = std::min(count - 1, index + 1);
  }
}

}  // namespace

Rect draw_article_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport,
                        UiActions& actions) {
  const auto overlays = T.library().overlays(T.language());
  const auto tour = T.library().tour(T.language());
  const float width = std::min(viewport.w - 20.0f, ImGui::GetFontSize() * 40.0f);
  ImGui::SetNextWindowPos(ImVec2(viewport.x + viewport.w * 0.5f, viewport.bottom() - 10.0f), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.93f);
  if (!ImGui::Begin("##article_panel", nullptr, kOverlayWindowFlags & ~ImGuiWindowFlags_NoNav)) {
    ImGui::End();
    return {};
  }
  const bool touring =
      snapshot.tour.active && snapshot.tour.step >= 0 && snapshot.tour.step < static_cast<int>(tour.size());
  // The fold: the panel shows its text, or only its title line, which leaves the anatomy the room.
  if (ImGui::ArrowButton("##article_fold", snapshot.article_open ? ImGuiDir_Down : ImGuiDir_Right))
    actions.article_open = !snapshot.article_open;
  ImGui::SameLine();
  if (touring && snapshot.tour.finished) {
    draw_tour_end(T, actions);
  } else if (!snapshot.article_open) {
    draw_folded_title(snapshot, touring ? &tour[static_cast<std::size_t>(snapshot.tour.step)] : nullptr,
                      overlays, actions);
  } else {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(0.0f);
    const content::Overlay* overlay =
        touring ? draw_tour_step(T, snapshot, tour[static_cast<std::size_t>(snapshot.tour.step)])
                : draw_article_step(T, snapshot, overlays);
    if (overlay && snapshot.show_evidence) draw_evidence_notes(T, overlay->evidence);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Separator();
    if (snapshot.tour.active)
      draw_tour_buttons(T, actions);
    else
      draw_article_buttons(T, snapshot, static_cast<int>(overlays.size()), actions);
  }
  const Rect covered{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                     ImGui::GetWindowSize().y};
  ImGui::End();
  return covered;
}

}  // namespace ui
