#include "render/image.h"

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

void make_opaque(Image& image) {
  for (std::size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 255;
}

}  // namespace render
