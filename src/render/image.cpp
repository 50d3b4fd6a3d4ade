#include "render/image.h"

#include <algorithm>
#include <cassert>
#include <string>

#include <stb_image_write.h>

#include "core/file_io.h"

namespace render {

Rgba8 Image::pixel(int x, int y) const {
  assert(x >= 0 && y >= 0 && x < width && y < height);
  const std::size_t i =
      (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
  return {rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]};
}

core::Status write_png(const Image& image, const std::filesystem::path& path) {
  if (image.width <= 0 || image.height <= 0)
    return core::make_error("cannot write an empty image to " + path.string());
  std::string bytes;
  auto append = [](void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
  };
  if (!stbi_write_png_to_func(append, &bytes, image.width, image.height, 4, image.rgba.data(),
                              image.width * 4))
    return core::make_error("PNG encoding failed for " + path.string());
  return core::write_file_atomically(path, bytes);
}

void finish_alpha(Image& image, Alpha alpha) {
  for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
    std::uint8_t& a = image.rgba[i + 3];
    if (alpha == Alpha::opaque) {
      a = 255;
    } else if (a > 0 && a < 255) {
      for (std::size_t c = 0; c < 3; ++c)
        image.rgba[i + c] = static_cast<std::uint8_t>(std::min(255, (image.rgba[i + c] * 255 + a / 2) / a));
    }
  }
}

}  // namespace render
