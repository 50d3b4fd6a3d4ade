#pragma once
// PostureLab's look in ImGui: a calm dark-slate theme (or a high-contrast one) and DejaVu Sans
// rasterised by FreeType at the chosen scale, so text stays crisp on projectors and high-DPI screens.
#include <string>

#include "core/result.h"

namespace ui {

enum class ThemeKind { calm, high_contrast };

inline constexpr float kMinFontScale = 0.75f;
inline constexpr float kMaxFontScale = 3.0f;
inline constexpr float kBaseFontSize_px = 17.0f;

// Sets colours and spacing of the current ImGui context for the given scale.
void apply_theme(ThemeKind kind, float scale);

struct FontLoadReport {
  bool used_fallback = false;  // DejaVu missing: ImGui's built-in font was used
  std::string message;         // why, for the UI and the log
};

// Rebuilds the current context's font atlas (regular + bold) at `scale`. Never aborts: a missing
// font file falls back to ImGui's default font and says so. The GL texture must be re-uploaded after.
FontLoadReport load_fonts(float scale);

}  // namespace ui
