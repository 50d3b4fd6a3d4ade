#pragma once
// An RGBA8 image in memory (rows top to bottom) and PNG output.
#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/result.h"

namespace render {

struct Rgba8 {
  std::uint8_t r = 0, g = 0, b = 0, a = 0;
  bool operator==(const Rgba8&) const = default;
};

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4, first row = top of the picture

  Rgba8 pixel(int x, int y) const;
};

// What a read-back picture's alpha means. The framebuffer holds premultiplied colour with coverage
// as alpha (render/pass_state.cpp blends it so).
enum class Alpha {
  opaque,    // every pixel's alpha 255: a picture for viewers, slides and handouts
  straight,  // the coverage kept, colour divided by it: what PNG means by alpha (a transparent export)
};
void finish_alpha(Image& image, Alpha alpha);

// Encodes as PNG and writes atomically; the error names the file.
core::Status write_png(const Image& image, const std::filesystem::path& path);

}  // namespace render
