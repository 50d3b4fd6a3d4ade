// The web build's render_pdf: cairo is not built for the browser, so the handout stays a desktop
// feature and File › Print handout shows this message instead of writing a file.
#include "handout/pdf.h"

namespace handout {

core::Result<std::string> render_pdf(const Page& /*page*/, const FontFiles& /*fonts*/) {
  return core::make_error(
      "the patient handout (PDF) is printed by the desktop app; the browser version "
      "cannot write it");
}

}  // namespace handout
