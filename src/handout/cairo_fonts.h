#pragma once
// DejaVu Sans, regular and bold, opened with FreeType and handed to cairo (cairo-ft), so the PDF
// embeds exactly the font files the window uses, whatever fontconfig would have picked.
#include <cairo.h>

#include <memory>

#include "core/result.h"
#include "handout/pdf.h"

namespace handout {

class CairoFonts {
 public:
  // Errors name the file and what FreeType said.
  static core::Result<std::shared_ptr<CairoFonts>> load(const FontFiles& files);
  ~CairoFonts();
  CairoFonts(const CairoFonts&) = delete;
  CairoFonts& operator=(const CairoFonts&) = delete;

  cairo_font_face_t* face(bool bold) const { return bold ? bold_ : regular_; }
  // Sets the face and the size on `cr`.
  void use(cairo_t* cr, bool bold, double size_pt) const;

 private:
  CairoFonts() = default;
  cairo_font_face_t* regular_ = nullptr;
  cairo_font_face_t* bold_ = nullptr;
};

}  // namespace handout
