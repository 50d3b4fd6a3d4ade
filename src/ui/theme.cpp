#include "ui/theme.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_freetype.h>

#include "core/asset_paths.h"
#include "ui/font_file.h"
#include "ui/glyph_ranges.h"

namespace ui {
namespace {
ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
  return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                static_cast<float>(b) / 255.0f, a);
}

const ImWchar* glyph_ranges() {
  static_assert(sizeof(ImWchar) == sizeof(kGlyphRanges[0]), "ImGui built with 16-bit ImWchar");
  return reinterpret_cast<const ImWchar*>(kGlyphRanges);
}
}  // namespace

void apply_theme(ThemeKind kind, float scale) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 6.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.ScrollbarRounding = 6.0f;
  style.TabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameBorderSize = kind == ThemeKind::high_contrast ? 1.0f : 0.0f;
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(10, 8);
  style.GrabMinSize = 14.0f;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);

  ImVec4* c = style.Colors;
  if (kind == ThemeKind::calm) {
    // Slate panels, warm ivory text, a single teal accent: quiet next to the anatomy.
    c[ImGuiCol_Text] = rgb(236, 232, 222);
    c[ImGuiCol_TextDisabled] = rgb(150, 156, 166);
    c[ImGuiCol_WindowBg] = rgb(30, 35, 44, 0.94f);
    c[ImGuiCol_ChildBg] = rgb(36, 42, 52, 0.6f);
    c[ImGuiCol_PopupBg] = rgb(34, 39, 48, 0.98f);
    c[ImGuiCol_Border] = rgb(70, 80, 94, 0.6f);
    c[ImGuiCol_FrameBg] = rgb(48, 56, 68);
    c[ImGuiCol_FrameBgHovered] = rgb(60, 70, 84);
    c[ImGuiCol_FrameBgActive] = rgb(66, 78, 94);
    c[ImGuiCol_TitleBg] = rgb(26, 30, 38);
    c[ImGuiCol_TitleBgActive] = rgb(32, 38, 48);
    c[ImGuiCol_TitleBgCollapsed] = rgb(26, 30, 38, 0.8f);
    c[ImGuiCol_MenuBarBg] = rgb(28, 32, 40);
    c[ImGuiCol_SliderGrab] = rgb(96, 178, 170);
    c[ImGuiCol_SliderGrabActive] = rgb(126, 206, 196);
    c[ImGuiCol_CheckMark] = rgb(126, 206, 196);
    c[ImGuiCol_Button] = rgb(54, 64, 78);
    c[ImGuiCol_ButtonHovered] = rgb(66, 104, 110);
    c[ImGuiCol_ButtonActive] = rgb(80, 140, 136);
    c[ImGuiCol_Header] = rgb(54, 64, 78);
    c[ImGuiCol_HeaderHovered] = rgb(66, 104, 110);
    c[ImGuiCol_HeaderActive] = rgb(80, 140, 136);
    c[ImGuiCol_Separator] = rgb(70, 80, 94);
    c[ImGuiCol_Tab] = rgb(44, 52, 64);
    c[ImGuiCol_TabHovered] = rgb(66, 104, 110);
    c[ImGuiCol_TabActive] = rgb(60, 92, 100);
    c[ImGuiCol_PlotLines] = rgb(126, 206, 196);
    c[ImGuiCol_PlotHistogram] = rgb(214, 170, 96);
    c[ImGuiCol_NavHighlight] = rgb(240, 200, 110);
  } else {
    // High contrast: black panels, white text, yellow focus and accents.
    c[ImGuiCol_Text] = rgb(255, 255, 255);
    c[ImGuiCol_TextDisabled] = rgb(200, 200, 200);
    c[ImGuiCol_WindowBg] = rgb(0, 0, 0, 1.0f);
    c[ImGuiCol_ChildBg] = rgb(0, 0, 0, 1.0f);
    c[ImGuiCol_PopupBg] = rgb(0, 0, 0, 1.0f);
    c[ImGuiCol_Border] = rgb(255, 255, 255);
    c[ImGuiCol_FrameBg] = rgb(20, 20, 20);
    c[ImGuiCol_FrameBgHovered] = rgb(50, 50, 50);
    c[ImGuiCol_FrameBgActive] = rgb(70, 70, 70);
    c[ImGuiCol_SliderGrab] = rgb(255, 220, 0);
    c[ImGuiCol_SliderGrabActive] = rgb(255, 255, 120);
    c[ImGuiCol_CheckMark] = rgb(255, 220, 0);
    c[ImGuiCol_Button] = rgb(30, 30, 30);
    c[ImGuiCol_ButtonHovered] = rgb(80, 80, 0);
    c[ImGuiCol_ButtonActive] = rgb(140, 120, 0);
    c[ImGuiCol_Header] = rgb(40, 40, 40);
    c[ImGuiCol_HeaderHovered] = rgb(80, 80, 0);
    c[ImGuiCol_HeaderActive] = rgb(140, 120, 0);
    c[ImGuiCol_NavHighlight] = rgb(255, 220, 0);
  }
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

FontLoadReport load_fonts(float scale) {
  scale = std::clamp(scale, kMinFontScale, kMaxFontScale);
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
  FontLoadReport report;
  // Read and checked before ImGui sees them (ui/font_file.h): an empty or damaged file falls back
  // to the built-in font with a message instead of an assertion.
  core::Result<const std::string*> regular = core::make_error("");
  if (auto path = core::ui_font_path(false))
    regular = checked_font_bytes(*path);
  else
    regular = path.error();
  core::Result<const std::string*> bold = core::make_error("");
  if (auto path = core::ui_font_path(true)) bold = checked_font_bytes(*path);
  const float size = kBaseFontSize_px * scale;
  auto add = [&](const std::string& bytes, float px) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in checked_font_bytes' store
    io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(bytes.data()), static_cast<int>(bytes.size()), px,
                                   &config, glyph_ranges());
  };
  if (regular) {
    add(**regular, size);
    // Second font (index 1): bold, for titles; the regular one stands in when bold is missing.
    add(bold ? **bold : **regular, size * 1.15f);
    if (!bold && !bold.error().message.empty()) {
      report.used_fallback = true;
      report.message = bold.error().message + "; titles use the regular font";
    }
  } else {
    report.used_fallback = true;
    report.message = regular.error().message + "; using ImGui's built-in font (no umlauts)";
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
    io.Fonts->AddFontDefault(&config);
  }
  if (!io.Fonts->Build()) {
    // FreeType could not rasterise: fall back to the default builder and font.
    io.Fonts->Clear();
    io.Fonts->FontBuilderIO = nullptr;
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
    io.Fonts->AddFontDefault(&config);
    io.Fonts->Build();
    report.used_fallback = true;
    report.message = "FreeType could not build the font atlas; using ImGui's built-in font";
  }
  return report;
}

}  // namespace ui
