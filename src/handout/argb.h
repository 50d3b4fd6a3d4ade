#pragma once
// Cairo's pixel word, without cairo: ARGB32 is premultiplied and stored as one native-endian 32-bit
// word per pixel (0xAARRGGBB), not as the bytes R, G, B, A of our images.
#include <cstdint>

namespace handout {

// 0xAARRGGBB with the colour premultiplied by alpha (rounded to nearest).
std::uint32_t premultiplied_argb(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a);

}  // namespace handout
