#include "ui/readouts_panel.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "biomech/lordosis.h"
#include "ui/widgets.h"

namespace ui {
namespace {

std::string degrees(const Texts& T, double value) { return T.number(value, 1) + "°"; }

}  // namespace

void draw_posture_gauges(const Texts& T, const UiSnapshot& snapshot) {
  if (!snapshot.outputs) return;
  const auto& out = *snapshot.outputs;
  const auto& ref = snapshot.reference_outputs ? *snapshot.reference_outputs : out;
  // The normal bands are the signs' own (biomech/signs.cpp, with their sources), so a gauge and the
  // sign chip below it never disagree about what is normal.
  const biomech::Sign& tilt = out.sign(biomech::SignId::anterior_tilt);
  gauge(T("readout.pelvic_tilt"), T.optional("readout.pelvic_tilt.help"), out.pelvis.tilt_asis_psis_deg, -10,
        35, tilt.normal_min, tilt.normal_max, ref.pelvis.tilt_asis_psis_deg,
        degrees(T, out.pelvis.tilt_asis_psis_deg));
  // Sacral slope: mean ± 2 SD 24–55° (Mac-Thiong et al. 2011, n = 709).
  gauge(T("readout.sacral_slope"), T.optional("readout.sacral_slope.help"), out.pelvis.sacral_slope_deg, 0,
        80, 24, 55, ref.pelvis.sacral_slope_deg, degrees(T, out.pelvis.sacral_slope_deg));
  // Lordosis: the arch sign's band is the excess over what this pelvic incidence predicts.
  const double expected = out.expected_lordosis_deg;
  const biomech::Sign& arch = out.sign(biomech::SignId::exaggerated_arch);
  gauge(T("readout.lordosis"), T.optional("readout.lordosis.help"), out.lumbar_lordosis_deg, 0, 100,
        expected + arch.normal_min, expected + arch.normal_max, ref.lumbar_lordosis_deg,
        degrees(T, out.lumbar_lordosis_deg));
  if (out.hq_ratio) {
    const biomech::Sign& hq = out.sign(biomech::SignId::hq_imbalance);
    const double reference_hq = ref.hq_ratio.value_or(*out.hq_ratio);
    gauge(T("readout.hq_ratio"), T.optional("readout.hq_ratio.help"), *out.hq_ratio, 0, 1.2, hq.normal_min,
          hq.normal_max, reference_hq, T.number(*out.hq_ratio, 2));
  }
  ImGui::TextDisabled("%s", T("readout.normal_range"));
  ImGui::SameLine();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float s = ImGui::GetFontSize();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + s * 0.2f), ImVec2(p.x + s * 2, p.y + s * 0.8f),
                                            ImGui::GetColorU32(colours::kBand), s * 0.3f);
  ImGui::Dummy(ImVec2(s * 2, s));
}

// The value a disc's swatch shows on `legend`: its pressure, or the change of its posterior stress.
double swatch_value(const Legend& legend, const biomech::SegmentOutputs& seg,
                    const biomech::SegmentOutputs* ref) {
  if (legend.kind != Legend::Kind::disc_change) return seg.pressure_mpa;
  if (!ref || ref->posterior_stress_index <= 0.0) return 0.0;
  return 100.0 * (seg.posterior_stress_index / ref->posterior_stress_index - 1.0);
}

void draw_disc_column(const Texts& T, const UiSnapshot& snapshot) {
  if (!snapshot.outputs) return;
  // The swatches use the renderer's disc colours (the legend's stops), so table and anatomy agree.
  // In a posture comparison the anatomy shows the change of the back of each disc: so does the swatch.
  const Legend* disc_legend = nullptr;
  for (const auto& legend : snapshot.legends)
    if (legend.kind == Legend::Kind::disc_pressure || legend.kind == Legend::Kind::disc_change)
      disc_legend = &legend;
  const auto& out = *snapshot.outputs;
  const auto* ref = snapshot.reference_outputs;
  if (ImGui::BeginTable("##discs", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
    const float level_width = ImGui::CalcTextSize("L5–S1").x + ImGui::GetFontSize() * 1.4f;
    ImGui::TableSetupColumn("##level", ImGuiTableColumnFlags_WidthFixed, level_width);
    const std::string pressure_header =
        std::string(T("disc.pressure")) + " (" + T("unit.mpa") + ")##pressure";
    ImGui::TableSetupColumn(pressure_header.c_str());
    ImGui::TableSetupColumn(T.label("disc.change").c_str());
    ImGui::TableSetupColumn(T.label("disc.facet_share").c_str());
    ImGui::TableHeadersRow();
    for (biomech::Level level : biomech::kAllLevels) {  // L1–L2 at the top, as in the body
      const auto& seg = out.segment(level);
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float s = ImGui::GetFontSize();
      ImGui::GetWindowDrawList()->AddRectFilled(
          ImVec2(p.x, p.y + s * 0.15f), ImVec2(p.x + s * 0.8f, p.y + s * 0.95f),
          disc_legend ? legend_colour(*disc_legend,
                                      swatch_value(*disc_legend, seg, ref ? &ref->segment(level) : nullptr))
                      : ImGui::GetColorU32(ImGuiCol_FrameBg),
          s * 0.2f);
      ImGui::Dummy(ImVec2(s, s));
      ImGui::SameLine();
      ImGui::TextUnformatted(T("disc.level." + std::string(biomech::level_name(level))));
      ImGui::TableSetColumnIndex(1);
      ImGui::TextUnformatted(T.number(seg.pressure_mpa, 2).c_str());
      ImGui::TableSetColumnIndex(2);
      if (ref && ref->segment(level).pressure_mpa > 0.0) {
        const double change = 100.0 * (seg.pressure_mpa / ref->segment(level).pressure_mpa - 1.0);
        ImGui::Text("%s %%", T.number(change, 0, true).c_str());
      }
      ImGui::TableSetColumnIndex(3);
      ImGui::Text("%s %%", T.number(100.0 * seg.facet_share, 0).c_str());
    }
    ImGui::EndTable();
  }
  help_marker(T.optional("disc.column.help"));
  // Which load rises at L4–L5, and why: the nucleus pressure and the back of the disc can move in
  // opposite directions, and the table alone would leave a reader guessing which to believe.
  const auto& l45 = out.segment(biomech::Level::l4_l5);
  const std::string story = std::string(T("disc.level.L4-L5")) + ": " +
                            T("disc.story." + std::string(biomech::load_story_name(l45.story)));
  ImGui::TextWrapped("%s", story.c_str());
}

void draw_signs(const Texts& T, const UiSnapshot& snapshot) {
  if (!snapshot.outputs) return;
  for (const auto& sign : snapshot.outputs->signs) {
    const std::string id = "sign." + std::string(biomech::sign_name(sign.id));
    chip(sign.present ? T("signs.yes") : T("signs.no"), sign.present);
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(T(id));
    // The source stays visible: whose claim it is decides how much it should weigh.
    ImGui::TextDisabled("%s", T(id + ".source"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
      if (const char* help = T.optional(id + ".help")) ImGui::TextUnformatted(help);
      ImGui::Text("%s %s (%s–%s %.*s)", T.number(sign.value, 1).c_str(), std::string(sign.unit).c_str(),
                  T.number(sign.normal_min, 1).c_str(), T.number(sign.normal_max, 1).c_str(),
                  static_cast<int>(sign.unit.size()), sign.unit.data());
      ImGui::TextDisabled("%s", T("support." + std::string(biomech::support_name(sign.support))));
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
}

void draw_tilt_plot(const Texts& T, const UiSnapshot& snapshot) {
  if (!snapshot.outputs || !snapshot.tilt_curve) return;
  const TiltCurve& curve = *snapshot.tilt_curve;
  const biomech::Sign& tilt_sign = snapshot.outputs->sign(biomech::SignId::anterior_tilt);
  const auto band_low = static_cast<float>(tilt_sign.normal_min),
             band_high = static_cast<float>(tilt_sign.normal_max);
  ImGui::TextDisabled("%s", T("plot.y_axis"));
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFontSize() * 6.0f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(p, ImVec2(p.x + width, p.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
  const auto [lowest, highest] = std::minmax_element(curve.tilt_deg.begin(), curve.tilt_deg.end());
  const float lo = std::min(*lowest, band_low) - 2.0f;
  const float hi = std::max(*highest, band_high) + 2.0f;
  auto to_screen = [&](float hamstrings_pct, float tilt) {
    return ImVec2(p.x + width * hamstrings_pct / 100.0f, p.y + height * (1.0f - (tilt - lo) / (hi - lo)));
  };
  // The normal band of clinical tilt: the tilt sign's.
  draw->AddRectFilled(to_screen(0.0f, band_high), to_screen(100.0f, band_low),
                      ImGui::GetColorU32(colours::kBand));
  constexpr auto kStep = static_cast<float>(TiltCurve::kStep_pct);
  for (std::size_t i = 0; i + 1 < TiltCurve::kPoints; ++i)
    draw->AddLine(to_screen(kStep * static_cast<float>(i), curve.tilt_deg[i]),
                  to_screen(kStep * static_cast<float>(i + 1), curve.tilt_deg[i + 1]),
                  ImGui::GetColorU32(ImGuiCol_PlotLines), 2.0f);
  const ImVec2 now = to_screen(static_cast<float>(snapshot.inputs.hamstrings_pct),
                               static_cast<float>(snapshot.outputs->pelvis.tilt_asis_psis_deg));
  draw->AddCircleFilled(now, ImGui::GetFontSize() * 0.35f, ImGui::GetColorU32(colours::kOrange));
  // Axis numbers: the tilt at the bottom and the top of the plot, and hamstring strength 0, 50 and
  // 100 % under it, so the curve can be read without hovering.
  const ImU32 label = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const float line = ImGui::GetTextLineHeight();
  const std::string top = degrees(T, hi), bottom = degrees(T, lo);
  draw->AddText(ImVec2(p.x + 3.0f, p.y + 2.0f), label, top.c_str());
  draw->AddText(ImVec2(p.x + 3.0f, p.y + height - line - 2.0f), label, bottom.c_str());
  ImGui::Dummy(ImVec2(width, height));
  const ImVec2 under = ImGui::GetCursorScreenPos();
  for (int pct : {0, 50, 100}) {
    const std::string text = std::to_string(pct) + " %";
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    const float x =
        std::clamp(p.x + width * static_cast<float>(pct) / 100.0f - 0.5f * w, p.x, p.x + width - w);
    draw->AddText(ImVec2(x, under.y), label, text.c_str());
  }
  ImGui::Dummy(ImVec2(width, line));
  const bool hovered = ImGui::IsItemHovered();
  const char* x_axis = T("plot.x_axis");
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - ImGui::CalcTextSize(x_axis).x);
  ImGui::TextDisabled("%s", x_axis);
  if (hovered)
    ImGui::SetTooltip("%s: %s", T("plot.current"),
                      degrees(T, snapshot.outputs->pelvis.tilt_asis_psis_deg).c_str());
}

}  // namespace ui
