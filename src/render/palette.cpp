#include "render/palette.h"

#include <cmath>

namespace render::palette {

glm::vec3 to_linear(Srgb colour) {
  auto channel = [](int value) {
    const float c = static_cast<float>(value) / 255.0f;
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
  };
  return {channel(colour.r), channel(colour.g), channel(colour.b)};
}

}  // namespace render::palette
