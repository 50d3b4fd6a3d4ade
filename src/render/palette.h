#pragma once
// The renderer's fixed colours, in sRGB 0–255 as a designer would pick them. Shaders work in
// linear light and encode to sRGB at the end, so these come out on screen exactly.
#include <glm/glm.hpp>

namespace render::palette {

struct Srgb {
  int r, g, b;
};

// Background: a calm slate gradient, lighter at the top, so ivory bone and red-brown muscle stand out.
inline constexpr Srgb kBackgroundTop{58, 66, 80};
inline constexpr Srgb kBackgroundBottom{22, 26, 33};
// Floor grid: 10 cm lines and brighter 1 m lines, fading with distance.
inline constexpr Srgb kGridMinor{84, 94, 110};
inline constexpr Srgb kGridMajor{128, 140, 160};

// The anatomy by category, the balanced pose's ghost and the selection's outline.
inline constexpr Srgb kBone{222, 206, 176};  // warm ivory: lit faces stay below white
inline constexpr Srgb kMuscle{150, 52, 42};
inline constexpr Srgb kTendon{226, 226, 236};
inline constexpr Srgb kSkin{226, 186, 162};
inline constexpr Srgb kOutline{255, 214, 92};
// The reference posture's outline: the reddish purple of the colour-blind-safe palette (#CC79A7),
// apart from the bones' cream, the background's blue and the angles' orange, sky and green.
inline constexpr Srgb kGhostOutline{204, 121, 167};

glm::vec3 to_linear(Srgb colour);

}  // namespace render::palette
