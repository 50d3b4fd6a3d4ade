#pragma once
// The anatomical views the camera offers (lateral, anterior, posterior, oblique), named once for the
// command line, the tour script, the UI's text ids ("view." + name) and the camera. One enum that
// render (the camera) and ui (the menu) both read, so neither casts the other's by position.
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace anatomy {

enum class ViewPreset { side, front, back, oblique };

inline constexpr std::array<std::pair<ViewPreset, std::string_view>, 4> kViewPresetNames = {{
    {ViewPreset::side, "side"},
    {ViewPreset::front, "front"},
    {ViewPreset::back, "back"},
    {ViewPreset::oblique, "oblique"},
}};

constexpr std::string_view view_name(ViewPreset view) {
  for (const auto& [v, name] : kViewPresetNames)
    if (v == view) return name;
  return "side";
}

constexpr std::optional<ViewPreset> view_from_name(std::string_view name) {
  for (const auto& [v, n] : kViewPresetNames)
    if (n == name) return v;
  return std::nullopt;
}

}  // namespace anatomy
