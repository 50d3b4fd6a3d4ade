#pragma once
// The patient handout: one printable page (PDF) with a side view of the state beside its reference,
// the key readouts with their usual ranges in plain words, the article's explanation and exercises
// with what studies say, the clinician's note, the calibration, the source and a disclaimer. The
// command line (`posturelab handout`) and the window's File menu (Print handout) both write it here.
#include <filesystem>

#include "app/scenario.h"
#include "app/session.h"
#include "content/language.h"
#include "core/result.h"
#include "handout/page.h"

namespace app {

struct HandoutRequest {
  // The state as a scenario holds it: inputs, pinned reference (none: balanced muscles), the
  // clinician's note and the title. Camera, layers and tour step do not go on paper.
  Scenario state;
  content::Language language = content::Language::en;
  handout::Paper paper = handout::Paper::a4;
};

// What File > Print handout prints: the session's state, reference, title and note, in its language.
HandoutRequest handout_request(const Session& session, handout::Paper paper = handout::Paper::a4);

// A clinician's note longer than this would crowd out the rest of the page: 1000 bytes of German
// prose is what still fits on US Letter (the tightest case) at the smallest text size. A note of
// many short lines can still overflow; render_pdf then says the page does not fit.
inline constexpr std::size_t kMaxHandoutNoteBytes = 1000;

// Renders the two side views offscreen, lays out the page and writes the PDF atomically to `out`.
// Needs a current OpenGL 3.3 context: the window's, or a render::HeadlessGlContext. Errors name
// what failed (the folder, the model, the content, the font, the fit) so they can be shown as is.
core::Status write_handout(const HandoutRequest& request, const std::filesystem::path& out);

}  // namespace app
