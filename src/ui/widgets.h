#pragma once
// Small drawing helpers shared by the panels: sliders with a normal marker, gauges with the normal
// range as a band, yes/no chips. Colours follow the Okabe–Ito palette so no meaning rests on a
// red/green difference alone.
#include <string>

#include <imgui.h>

namespace ui {

namespace colours {
inline const ImVec4 kBlue{0.0f, 0.447f, 0.698f, 1.0f};        // #0072B2: normal, "no"
inline const ImVec4 kOrange{0.902f, 0.624f, 0.0f, 1.0f};      // #E69F00: attention, "yes"
inline const ImVec4 kVermillion{0.835f, 0.369f, 0.0f, 1.0f};  // #D55E00: strong warning
inline const ImVec4 kSky{0.337f, 0.706f, 0.914f, 1.0f};       // #56B4E9: current value
inline const ImVec4 kBand{0.337f, 0.706f, 0.914f, 0.28f};     // normal-range band
}  // namespace colours

// Windows laid over the anatomy: fixed, sized to their content, never taking focus or keys.
inline constexpr ImGuiWindowFlags kOverlayWindowFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;

// Text in the bold face while it lives (load_fonts builds it as the atlas's second font; without
// it, the regular one).
class BoldFont {
 public:
  BoldFont() {
    ImFontAtlas* fonts = ImGui::GetIO().Fonts;
    ImGui::PushFont(fonts->Fonts.Size > 1 ? fonts->Fonts[1] : nullptr);
  }
  ~BoldFont() { ImGui::PopFont(); }
  BoldFont(const BoldFont&) = delete;
  BoldFont& operator=(const BoldFont&) = delete;
};

struct SliderResult {
  bool changed = false;    // value moved this frame
  bool committed = false;  // the drag or edit ended: one undo step
  bool reset = false;      // the reset button was pressed
};

// A slider for a percentage with a tick and "normal" marker at `normal`. `tall` draws it larger
// (hamstrings and quadriceps come first and largest).
// `reset_label` draws a reset button at the end of the slider's row (disabled at the normal value);
// the result's `reset` says it was pressed.
SliderResult slider_with_normal(const std::string& label, const char* help, double& value, double min,
                                double max, double normal, const char* format, bool tall,
                                const char* reset_label = nullptr, const char* reset_help = nullptr);

// A horizontal gauge: the range [min, max], the normal band, the balanced value as a thin mark
// and the current value as a pointer, with the number written beside it.
void gauge(const char* label, const char* help, double value, double min, double max, double normal_min,
           double normal_max, double balanced, const std::string& value_text);

// A rounded chip "Yes"/"No" in blue or orange with a shape cue (filled for yes, outlined for no).
void chip(const char* text, bool on);

void help_marker(const char* help);

}  // namespace ui

namespace ui {
struct Legend;
class Texts;
// A colour legend: title, a gradient bar with the scale's stops, the words (and values) at its ends.
void legend_bar(const Texts& T, const Legend& legend);
// The legend's colour for a value in its units (value_max maps to the top of the scale).
ImU32 legend_colour(const Legend& legend, double value);
}  // namespace ui
