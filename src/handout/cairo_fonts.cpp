#include "handout/cairo_fonts.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <cairo-ft.h>

#include <string>

namespace handout {
namespace {

// One FreeType library for the life of the process: cairo may keep a face in its caches after we
// let go of it, and a face must never outlive its library.
FT_Library freetype() {
  static FT_Library library = [] {
    FT_Library lib = nullptr;
    return FT_Init_FreeType(&lib) == 0 ? lib : nullptr;
  }();
  return library;
}

const cairo_user_data_key_t kFaceKey{};

// A cairo face that owns its FreeType face: cairo calls FT_Done_Face when it frees the font face.
core::Result<cairo_font_face_t*> open_face(const std::filesystem::path& path) {
  FT_Library library = freetype();
  if (!library) return core::make_error("FreeType did not start");
  FT_Face face = nullptr;
  if (const FT_Error error = FT_New_Face(library, path.c_str(), 0, &face); error != 0)
    return core::make_error("font " + path.string() + ": not a font FreeType can open (error " +
                            std::to_string(error) + ")");
  cairo_font_face_t* cairo_face = cairo_ft_font_face_create_for_ft_face(face, 0);
  const cairo_status_t status = cairo_font_face_set_user_data(
      cairo_face, &kFaceKey, face, [](void* data) { FT_Done_Face(static_cast<FT_Face>(data)); });
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(cairo_face);
    FT_Done_Face(face);
    return core::make_error("font " + path.string() + ": cairo could not use it (" +
                            cairo_status_to_string(status) + ")");
  }
  return cairo_face;
}

}  // namespace

core::Result<std::shared_ptr<CairoFonts>> CairoFonts::load(const FontFiles& files) {
  std::shared_ptr<CairoFonts> fonts(new CairoFonts());
  auto regular = open_face(files.regular);
  if (!regular) return regular.error();
  fonts->regular_ = *regular;
  auto bold = open_face(files.bold);
  if (!bold) return bold.error();
  fonts->bold_ = *bold;
  return fonts;
}

CairoFonts::~CairoFonts() {
  if (regular_) cairo_font_face_destroy(regular_);
  if (bold_) cairo_font_face_destroy(bold_);
}

void CairoFonts::use(cairo_t* cr, bool bold, double size_pt) const {
  cairo_set_font_face(cr, face(bold));
  cairo_set_font_size(cr, size_pt);
}

}  // namespace handout
