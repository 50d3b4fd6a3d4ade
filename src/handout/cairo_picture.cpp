#include "handout/cairo_picture.h"

#include <cstring>

namespace handout {

std::uint32_t premultiplied_argb(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a) {
  auto times_alpha = [a](std::uint8_t c) -> std::uint32_t { return (std::uint32_t{c} * a + 127) / 255; };
  return (std::uint32_t{a} << 24) | (times_alpha(r) << 16) | (times_alpha(g) << 8) | times_alpha(b);
}

cairo_surface_t* picture_surface(const Picture& picture) {
  const auto pixels =
      static_cast<std::size_t>(picture.width_px) * static_cast<std::size_t>(picture.height_px);
  if (picture.width_px <= 0 || picture.height_px <= 0 || picture.rgba.size() != pixels * 4) return nullptr;
  bool opaque = true;
  for (std::size_t i = 3; i < picture.rgba.size(); i += 4) opaque = opaque && picture.rgba[i] == 255;
  const cairo_format_t format = opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32;
  cairo_surface_t* surface = cairo_image_surface_create(format, picture.width_px, picture.height_px);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return nullptr;
  }
  cairo_surface_flush(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < picture.height_px; ++y) {
    auto* row = data + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < picture.width_px; ++x) {
      const std::uint8_t* p = &picture.rgba[(static_cast<std::size_t>(y) * picture.width_px + x) * 4];
      // RGB24 ignores the top byte; writing it as 0xFF keeps one code path.
      const std::uint32_t word = premultiplied_argb(p[0], p[1], p[2], opaque ? 255 : p[3]);
      std::memcpy(row + static_cast<std::ptrdiff_t>(x) * 4, &word, sizeof word);
    }
  }
  cairo_surface_mark_dirty(surface);
  return surface;
}

}  // namespace handout
