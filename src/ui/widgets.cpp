#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

namespace ui {
namespace {
float fraction(double value, double min, double max) {
  return max > min ? static_cast<float>(std::clamp((value - min) / (max - min), 0.0, 1.0)) : 0.0f;
}
}  // namespace

void help_marker(const char* help) {
  if (!help || !*help) return;
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(help);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

SliderResult slider_with_normal(const std::string& label, const char* help, double& value, double min,
                                double max, double normal, const char* format, bool tall,
                                const char* reset_label, const char* reset_help) {
  SliderResult result;
  const std::size_t hash = label.find("##");
  // Wrapped, not cut off: German labels at a large text size are wider than the panel.
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label.c_str(), label.c_str() + (hash == std::string::npos ? label.size() : hash));
  ImGui::PopTextWrapPos();
  help_marker(help);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float reset_width =
      reset_label ? ImGui::CalcTextSize(reset_label).x + style.FramePadding.x * 2.0f + style.ItemSpacing.x
                  : 0.0f;
  ImGui::SetNextItemWidth(-1.0f - reset_width);
  if (tall)
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(ImGui::GetStyle().FramePadding.x, ImGui::GetFontSize() * 0.55f));
  const std::string id = "##slider" + label;
  result.changed = ImGui::SliderScalar(id.c_str(), ImGuiDataType_Double, &value, &min, &max, format);
  if (tall) ImGui::PopStyleVar();
  result.committed = ImGui::IsItemDeactivatedAfterEdit();
  help_marker(help);
  const ImVec2 a = ImGui::GetItemRectMin();
  const ImVec2 b = ImGui::GetItemRectMax();
  if (reset_label) {
    ImGui::SameLine();
    const bool at_normal = value == normal;
    if (at_normal) ImGui::BeginDisabled();
    const std::string reset_id = std::string(reset_label) + "##reset" + label;
    if (ImGui::Button(reset_id.c_str(), ImVec2(0.0f, b.y - a.y))) result.reset = true;
    if (at_normal) ImGui::EndDisabled();
    if (!at_normal) help_marker(reset_help);
  }

  // The normal marker: a small triangle under the slider at the normal value.
  const float grab = ImGui::GetStyle().GrabMinSize;
  const float x = a.x + grab * 0.5f + (b.x - a.x - grab) * fraction(normal, min, max);
  const float s = ImGui::GetFontSize() * 0.3f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddTriangleFilled(ImVec2(x, b.y - s * 0.2f), ImVec2(x - s, b.y + s * 1.2f),
                          ImVec2(x + s, b.y + s * 1.2f), ImGui::GetColorU32(colours::kSky));
  ImGui::Dummy(ImVec2(0.0f, s * 1.2f));
  return result;
}

void gauge(const char* label, const char* help, double value, double min, double max, double normal_min,
           double normal_max, double balanced, const std::string& value_text) {
  ImGui::TextUnformatted(label);
  help_marker(help);
  ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(value_text.c_str()).x +
                  ImGui::GetCursorPosX() - ImGui::GetStyle().ItemSpacing.x * 0.0f);
  ImGui::TextUnformatted(value_text.c_str());

  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 0.7f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float r = height * 0.5f;
  draw->AddRectFilled(p, ImVec2(p.x + width, p.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), r);
  const float n0 = p.x + width * fraction(normal_min, min, max);
  const float n1 = p.x + width * fraction(normal_max, min, max);
  draw->AddRectFilled(ImVec2(n0, p.y), ImVec2(n1, p.y + height), ImGui::GetColorU32(colours::kBand), r);
  const float xb = p.x + width * fraction(balanced, min, max);
  draw->AddLine(ImVec2(xb, p.y - 2.0f), ImVec2(xb, p.y + height + 2.0f),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), 2.0f);
  const bool outside = value < normal_min || value > normal_max;
  const float xv = p.x + width * fraction(value, min, max);
  const ImU32 pointer = ImGui::GetColorU32(outside ? colours::kOrange : colours::kSky);
  draw->AddTriangleFilled(ImVec2(xv, p.y + height * 0.55f), ImVec2(xv - r * 1.3f, p.y - r * 0.9f),
                          ImVec2(xv + r * 1.3f, p.y - r * 0.9f), pointer);
  draw->AddLine(ImVec2(xv, p.y), ImVec2(xv, p.y + height), pointer, 3.0f);
  ImGui::Dummy(ImVec2(width, height + 4.0f));
}

void chip(const char* text, bool on) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 pad(ImGui::GetFontSize() * 0.5f, ImGui::GetFontSize() * 0.15f);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 q(p.x + size.x + pad.x * 2.0f, p.y + size.y + pad.y * 2.0f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float round = (q.y - p.y) * 0.5f;
  if (on) {
    draw->AddRectFilled(p, q, ImGui::GetColorU32(colours::kOrange), round);
    draw->AddText(ImVec2(p.x + pad.x, p.y + pad.y), IM_COL32(20, 20, 20, 255), text);
  } else {
    draw->AddRect(p, q, ImGui::GetColorU32(colours::kBlue), round, 0, 2.0f);
    draw->AddText(ImVec2(p.x + pad.x, p.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text), text);
  }
  ImGui::Dummy(ImVec2(q.x - p.x, q.y - p.y));
}

}  // namespace ui

#include "ui/texts.h"
#include "ui/ui_snapshot.h"

namespace ui {

void legend_bar(const Texts& T, const Legend& legend) {
  ImGui::TextUnformatted(T(legend.title_id));
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 0.7f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  auto colour = [](const std::array<int, 3>& c) { return IM_COL32(c[0], c[1], c[2], 255); };
  for (std::size_t i = 0; i + 1 < legend.stops.size(); ++i) {
    const float x0 = p.x + width * legend.stops[i].first, x1 = p.x + width * legend.stops[i + 1].first;
    const ImU32 a = colour(legend.stops[i].second), b = colour(legend.stops[i + 1].second);
    draw->AddRectFilledMultiColor(ImVec2(x0, p.y), ImVec2(x1, p.y + height), a, b, b, a);
  }
  ImGui::Dummy(ImVec2(width, height));
  const std::string low =
      std::string(T(legend.low_id)) + (legend.low_value.empty() ? "" : " " + legend.low_value);
  const std::string high =
      std::string(T(legend.high_id)) + (legend.high_value.empty() ? "" : " " + legend.high_value);
  const float start_x = ImGui::GetCursorPosX();
  ImGui::TextDisabled("%s", low.c_str());
  ImGui::SameLine();
  ImGui::SetCursorPosX(
      std::max(ImGui::GetCursorPosX(), start_x + width - ImGui::CalcTextSize(high.c_str()).x));
  ImGui::TextDisabled("%s", high.c_str());
}

ImU32 legend_colour(const Legend& legend, double value) {
  if (legend.stops.empty()) return IM_COL32(128, 128, 128, 255);
  const double span = std::max(legend.value_max - legend.value_min, 1e-9);
  const float t = static_cast<float>(std::clamp((value - legend.value_min) / span, 0.0, 1.0));
  auto channel = [](int a, int b, float f) {
    return static_cast<int>(static_cast<float>(a) + (static_cast<float>(b - a)) * f + 0.5f);
  };
  for (std::size_t i = 0; i + 1 < legend.stops.size(); ++i) {
    const auto& [p0, c0] = legend.stops[i];
    const auto& [p1, c1] = legend.stops[i + 1];
    if (t > p1 && i + 2 < legend.stops.size()) continue;
    const float f = p1 > p0 ? std::clamp((t - p0) / (p1 - p0), 0.0f, 1.0f) : 0.0f;
    return IM_COL32(channel(c0[0], c1[0], f), channel(c0[1], c1[1], f), channel(c0[2], c1[2], f), 255);
  }
  const auto& c = legend.stops.back().second;
  return IM_COL32(c[0], c[1], c[2], 255);
}

}  // namespace ui
