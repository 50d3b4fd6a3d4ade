#include "ui/overlay_panels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

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

std::vector<PlacedCallout> draw_callouts(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport,
                                         const std::vector<Rect>& keep_clear) {
  std::vector<PlacedCallout> drawn;
  if (!snapshot.show_callouts) return drawn;
  const auto texts = callout_texts(T, snapshot);
  std::vector<CalloutRequest> requests;
  std::vector<const CalloutText*> shown;
  std::vector<bool> far_side;
  const float pad = ImGui::GetFontSize() * 0.45f;
  for (const auto& t : texts) {
    const anatomy::ScreenAnchor* anchor = find_anchor(snapshot, t.anchor_id);
    if (!anchor || !viewport.contains(anchor->pixel.x, anchor->pixel.y)) continue;
    requests.push_back({anchor->pixel.x, anchor->pixel.y, 0.0f, 0.0f});
    shown.push_back(&t);
    far_side.push_back(anchor->far_side);
  }
  // Boxes 13 ems wide; where the gutters beside the story are too narrow for some of them (a
  // narrow window, large text), all are laid out again narrower, which fits more of them.
  float wrap = 0.0f;
  auto layout = [&](float wrap_ems) {
    wrap = ImGui::GetFontSize() * wrap_ems;
    for (std::size_t i = 0; i < requests.size(); ++i) {
      const ImVec2 size = ImGui::CalcTextSize(shown[i]->text.c_str(), nullptr, false, wrap);
      requests[i].width = size.x + 2 * pad;
      requests[i].height = size.y + 2 * pad;
    }
    return place_callouts(requests, viewport, ImGui::GetFontSize() * 0.5f, keep_clear);
  };
  auto placements = layout(13.0f);
  const auto placed = [](const auto& p) {
    return std::count_if(p.begin(), p.end(), [](const auto& o) { return o.has_value(); });
  };
  if (placed(placements) < static_cast<long>(placements.size())) {
    auto narrower = layout(8.0f);
    if (placed(narrower) > placed(placements))
      placements = std::move(narrower);
    else
      placements = layout(13.0f);
  }
  // Under every ImGui window: panels and cards stay readable on top of the callouts.
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  for (std::size_t i = 0; i < placements.size(); ++i) {
    if (!placements[i]) continue;
    // A callout whose anchor lies on the far side of the body is drawn faded, as seen through it.
    const float alpha = far_side[i] ? 0.45f : 1.0f;
    const ImU32 box_colour = ImGui::GetColorU32(ImGuiCol_WindowBg, 0.92f * alpha);
    const ImU32 line_colour =
        ImGui::GetColorU32(ImVec4(colours::kSky.x, colours::kSky.y, colours::kSky.z, alpha));
    const ImU32 text_colour = ImGui::GetColorU32(ImGuiCol_Text, alpha);
    const auto& p = *placements[i];
    const auto& r = requests[i];
    draw->AddLine(ImVec2(r.anchor_x, r.anchor_y), ImVec2(p.leader_x, p.leader_y), line_colour, 2.0f);
    draw->AddCircleFilled(ImVec2(r.anchor_x, r.anchor_y), ImGui::GetFontSize() * 0.25f, line_colour);
    draw->AddRectFilled(ImVec2(p.box.x, p.box.y), ImVec2(p.box.right(), p.box.bottom()), box_colour, 5.0f);
    draw->AddRect(ImVec2(p.box.x, p.box.y), ImVec2(p.box.right(), p.box.bottom()), line_colour, 5.0f, 0,
                  1.5f);
    draw->AddText(nullptr, 0.0f, ImVec2(p.box.x + pad, p.box.y + pad), text_colour, shown[i]->text.c_str(),
                  nullptr, wrap);
    drawn.push_back({shown[i]->anchor_id, shown[i]->text, p.box, r.anchor_x, r.anchor_y, far_side[i]});
  }
  return drawn;
}

namespace {

// One colour per angle, from the colour-blind-safe palette the readouts use.
ImU32 angle_colour(AngleKind kind, float alpha) {
  switch (kind) {
    case AngleKind::pelvic_tilt:
      return ImGui::GetColorU32(ImVec4(colours::kOrange.x, colours::kOrange.y, colours::kOrange.z, alpha));
    case AngleKind::sacral_slope:
      return ImGui::GetColorU32(ImVec4(colours::kSky.x, colours::kSky.y, colours::kSky.z, alpha));
    case AngleKind::lumbar_lordosis:
      break;
  }
  return ImGui::GetColorU32(ImVec4(0.42f, 0.84f, 0.66f, alpha));  // a bluish green, #6BD6A8
}

void polyline(ImDrawList* draw, const std::vector<glm::vec2>& points, ImU32 colour, float width) {
  for (std::size_t i = 1; i < points.size(); ++i)
    draw->AddLine(ImVec2(points[i - 1].x, points[i - 1].y), ImVec2(points[i].x, points[i].y), colour, width);
}

// Dashes along the segment a-b, for the horizontal the tilt is measured from.
void dashed(ImDrawList* draw, glm::vec2 a, glm::vec2 b, ImU32 colour, float width, float dash) {
  const float length = glm::length(b - a);
  if (length < 1.0f) return;
  const glm::vec2 step = (b - a) / length;
  for (float t = 0.0f; t < length; t += 2.0f * dash) {
    const glm::vec2 p = a + step * t, q = a + step * std::min(t + dash, length);
    draw->AddLine(ImVec2(p.x, p.y), ImVec2(q.x, q.y), colour, width);
  }
}

// "Pelvic tilt 22.0°" over "balanced 13.0°", on a dark pill beside the point.
Rect angle_label(ImDrawList* draw, const Texts& T, const AngleOverlay& a, glm::vec2 at, bool left,
                 const Rect& viewport, const std::vector<Rect>& taken) {
  char now[64], then[96];
  std::snprintf(now, sizeof now, "%s %.1f°", T(("angle." + std::string(angle_kind_name(a.kind))).c_str()),
                a.deg);
  std::snprintf(then, sizeof then, "%s %.1f°", T("angle.reference"), a.reference_deg);
  const float pad = ImGui::GetFontSize() * 0.3f;
  const ImVec2 s1 = ImGui::CalcTextSize(now), s2 = ImGui::CalcTextSize(then);
  const float w = std::max(s1.x, s2.x) + 2 * pad, h = s1.y + s2.y + 2 * pad;
  // Beside the point, kept inside the viewport so no panel covers the number.
  const float x = std::clamp(left ? at.x - w - pad : at.x + pad, viewport.x + pad,
                             std::max(viewport.x + pad, viewport.right() - w - pad));
  float y =
      std::clamp(at.y - h * 0.5f, viewport.y + pad, std::max(viewport.y + pad, viewport.bottom() - h - pad));
  // Below any number already drawn that it would cover (close views put the three near each other).
  for (int tries = 0; tries < 6; ++tries) {
    const Rect here{x, y, w, h};
    const auto clash = std::find_if(taken.begin(), taken.end(), [&](const Rect& r) {
      return here.overlaps(Rect{r.x - pad, r.y - pad, r.w + 2 * pad, r.h + 2 * pad});
    });
    if (clash == taken.end()) break;
    y = clash->bottom() + 2 * pad;
  }
  draw->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), ImGui::GetColorU32(ImGuiCol_WindowBg, 0.82f), 4.0f);
  draw->AddRect(ImVec2(x, y), ImVec2(x + w, y + h), angle_colour(a.kind, 1.0f), 4.0f, 0, 1.5f);
  draw->AddText(ImVec2(x + pad, y + pad), angle_colour(a.kind, 1.0f), now);
  draw->AddText(ImVec2(x + pad, y + pad + s1.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), then);
  return Rect{x, y, w, h};
}

}  // namespace

namespace {
// The two directions a pull turns the pelvis, in the colours of the readouts' yes and no.
ImU32 pull_colour(bool tips_forward, float alpha) {
  const ImVec4 c = tips_forward ? colours::kVermillion : colours::kBlue;
  return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, alpha));
}
// The force at which an arrow is at its widest; the model's groups pull up to about 300 N standing.
constexpr double kWidestPull_n = 300.0;
}  // namespace

Rect draw_muscle_pulls(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport) {
  if (!snapshot.show_pulls || snapshot.pulls.empty()) return {};
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const float font = ImGui::GetFontSize();
  for (const MusclePull& p : snapshot.pulls) {
    const glm::vec2 d = p.to - p.from;
    const float length = glm::length(d);
    if (length < 4.0f) continue;
    const glm::vec2 u = d / length, n(-u.y, u.x);
    // As wide as the force (a thin line for a muscle that barely pulls), with a head at the tip.
    const float width =
        font * (0.12f + 0.75f * static_cast<float>(std::clamp(p.force_n / kWidestPull_n, 0.0, 1.0)));
    const float head = std::max(width * 1.8f, font * 0.55f);
    const glm::vec2 base = p.to - u * head;
    const ImU32 colour = pull_colour(p.tips_forward, 0.92f);
    draw->AddLine(ImVec2(p.from.x, p.from.y), ImVec2(base.x, base.y), colour, width);
    const glm::vec2 l = base + n * head * 0.6f, r = base - n * head * 0.6f;
    draw->AddTriangleFilled(ImVec2(p.to.x, p.to.y), ImVec2(l.x, l.y), ImVec2(r.x, r.y), colour);
    draw->AddCircleFilled(ImVec2(p.from.x, p.from.y), width * 0.7f, colour);
  }
  // The key, in the viewport's upper left corner (beside the head of the spine, where the picture is
  // background).
  const float pad = font * 0.35f, swatch = font * 0.8f;
  const char* forward = T("pulls.forward");
  const char* back = T("pulls.back");
  const char* width_note = T("pulls.width");
  const float w = std::max({ImGui::CalcTextSize(forward).x, ImGui::CalcTextSize(back).x}) + swatch + 3 * pad;
  const float w_total = std::max(w, ImGui::CalcTextSize(width_note).x + 2 * pad);
  const float line = ImGui::GetTextLineHeight();
  const Rect key{viewport.x + pad, viewport.y + pad, w_total, 3 * line + 2 * pad};
  draw->AddRectFilled(ImVec2(key.x, key.y), ImVec2(key.right(), key.bottom()),
                      ImGui::GetColorU32(ImGuiCol_WindowBg, 0.82f), 4.0f);
  float y = key.y + pad;
  for (const auto& [text, tips_forward] : {std::pair{forward, true}, std::pair{back, false}}) {
    draw->AddRectFilled(ImVec2(key.x + pad, y + line * 0.3f), ImVec2(key.x + pad + swatch, y + line * 0.7f),
                        pull_colour(tips_forward, 1.0f), 2.0f);
    draw->AddText(ImVec2(key.x + 2 * pad + swatch, y), ImGui::GetColorU32(ImGuiCol_Text), text);
    y += line;
  }
  draw->AddText(ImVec2(key.x + pad, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), width_note);
  return key;
}

std::vector<Rect> draw_angle_overlays(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport) {
  std::vector<Rect> labels;
  if (!snapshot.show_angles) return labels;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const float width = std::max(2.0f, ImGui::GetFontSize() * 0.17f);
  for (const AngleOverlay& a : snapshot.angles) {
    if (a.line.size() < 2) continue;
    // The reference first and faint, so the current line lies over it.
    if (a.reference.size() == a.line.size()) polyline(draw, a.reference, angle_colour(a.kind, 0.38f), width);
    polyline(draw, a.line, angle_colour(a.kind, 1.0f), width);
    const glm::vec2 first = a.line.front(), last = a.line.back();
    switch (a.kind) {
      case AngleKind::pelvic_tilt:
        // The horizontal through the PSIS end, which the tilt is measured from.
        dashed(draw, first, glm::vec2(last.x, first.y), angle_colour(a.kind, 0.7f), width * 0.6f,
               width * 2.5f);
        labels.push_back(angle_label(draw, T, a, glm::vec2(std::max(first.x, last.x), last.y),
                                     first.x > last.x, viewport, labels));
        break;
      case AngleKind::sacral_slope:
        dashed(draw, first, glm::vec2(last.x, first.y), angle_colour(a.kind, 0.7f), width * 0.6f,
               width * 2.5f);
        labels.push_back(angle_label(draw, T, a,
                                     glm::vec2(std::min(first.x, last.x), 0.5f * (first.y + last.y)),
                                     first.x < last.x, viewport, labels));
        break;
      case AngleKind::lumbar_lordosis: {
        for (const auto& p : a.line)
          draw->AddCircleFilled(ImVec2(p.x, p.y), width * 1.3f, angle_colour(a.kind, 1.0f));
        // Beside the middle of the curve, on the side away from the front of the body.
        const glm::vec2 middle = a.line[a.line.size() / 2];
        const bool front_is_right =
            snapshot.angles.front().line.size() == 2 &&
            snapshot.angles.front().line.back().x > snapshot.angles.front().line.front().x;
        labels.push_back(angle_label(draw, T, a, middle, front_is_right, viewport, labels));
        break;
      }
    }
  }
  return labels;
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
