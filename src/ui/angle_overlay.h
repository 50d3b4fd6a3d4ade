#pragma once
// The angles of the lesson drawn on the anatomy: the pelvis's ASIS–PSIS line, the sacral slope on
// the S1 endplate and the lumbar curve through the vertebral bodies, each beside a faint line of the
// reference state and the two numbers. The app projects the lines from the posed landmarks; the
// numbers are the model's (what `report --json` gives), so line and number never disagree.
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include <glm/glm.hpp>

namespace ui {

enum class AngleKind { pelvic_tilt, sacral_slope, lumbar_lordosis };

// The one table of the kinds' names: the UI report, the tests and the text ids ("angle.<name>").
inline constexpr std::array<std::pair<AngleKind, std::string_view>, 3> kAngleKindNames{{
    {AngleKind::pelvic_tilt, "pelvic_tilt"},
    {AngleKind::sacral_slope, "sacral_slope"},
    {AngleKind::lumbar_lordosis, "lumbar_lordosis"},
}};

constexpr std::string_view angle_kind_name(AngleKind kind) {
  for (const auto& [k, name] : kAngleKindNames)
    if (k == kind) return name;
  return "";
}

struct AngleOverlay {
  AngleKind kind = AngleKind::pelvic_tilt;
  std::vector<glm::vec2> line;       // window pixels: two points, or the lumbar curve's polyline
  std::vector<glm::vec2> reference;  // the same line in the reference state; empty when none
  double deg = 0.0, reference_deg = 0.0;
  bool operator==(const AngleOverlay&) const = default;
};

}  // namespace ui
