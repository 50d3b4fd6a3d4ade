#pragma once
// The characters the interface's font atlas holds (ImGui bakes only the ranges it is given): Latin
// with German umlauts and ß, plus the typographic marks the texts use. A character outside them
// shows as "?", so a test holds every text of the content to these ranges.
#include <cstdint>

namespace ui {

// Pairs of first and last code point, ending in 0: the form ImGui's font atlas takes.
inline constexpr std::uint16_t kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 (ä ö ü ß ° ± ² µ ×)
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2039, 0x203A,  // ‹ › (menu paths: Tour › Start the quiz)
    0x2190, 0x2193,  // arrows
    0x21BA, 0x21BA,  // ↺ (reset buttons)
    0x2212, 0x2212,  // − (true minus: negative numbers and changes)
    0x2248, 0x2248,  // ≈
    0x2264, 0x2265,  // ≤ ≥
    0x2713, 0x2713,  // ✓ (the quiz: right)
    0x2717, 0x2717,  // ✗ (the quiz: wrong)
    0x25B2, 0x25BC,  // ▲ ▼
    0,
};

inline constexpr bool has_glyph(char32_t code_point) {
  for (int i = 0; kGlyphRanges[i] != 0; i += 2)
    if (code_point >= kGlyphRanges[i] && code_point <= kGlyphRanges[i + 1]) return true;
  return false;
}

}  // namespace ui
