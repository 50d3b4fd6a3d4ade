#pragma once
// Lays a handout::Page out on one sheet and returns the PDF's bytes, made with cairo's PDF surface:
// real, selectable text in DejaVu Sans, the font subset embedded, pictures embedded losslessly.
#include <filesystem>
#include <string>

#include "core/result.h"
#include "handout/page.h"

namespace handout {

struct FontFiles {
  std::filesystem::path regular;  // DejaVuSans.ttf (core::ui_font_path())
  std::filesystem::path bold;     // DejaVuSans-Bold.ttf
};

// The page must fit on one sheet: the text shrinks in steps down to 80 % of its size, and if it
// still does not fit the error says so (the app's longest part is the clinician's note).
core::Result<std::string> render_pdf(const Page& page, const FontFiles& fonts);

}  // namespace handout
