#include "app/handout.h"

#include <ctime>

#include "app/handout_page.h"
#include "app/handout_pictures.h"
#include "biomech/model.h"
#include "content/library.h"
#include "core/asset_paths.h"
#include "core/file_io.h"
#include "handout/pdf.h"

namespace app {
namespace {

// Each picture 640 x 620 pixels: about 180 dpi where the page shows it some 250 points wide, sharp
// on paper and a few hundred kilobytes in the file.
constexpr int kPictureWidth_px = 640, kPictureHeight_px = 620;

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

core::Error where(const std::filesystem::path& out, const core::Error& error) {
  return core::make_error("handout " + out.string() + ": " + error.message);
}

}  // namespace

HandoutRequest handout_request(const Session& session, handout::Paper paper) {
  return {session.scenario(), session.settings().language, paper};
}

core::Status write_handout(const HandoutRequest& request, const std::filesystem::path& out) {
  if (request.state.note.size() > kMaxHandoutNoteBytes)
    return core::make_error("handout: the note has " + std::to_string(request.state.note.size()) +
                            " bytes; at most " + std::to_string(kMaxHandoutNoteBytes) + " fit on the page");
  auto library = content::Library::load();
  if (!library) return where(out, library.error());
  const Reference reference{request.state.reference};
  auto current = biomech::solve_with_standing_signs(request.state.inputs);
  if (!current) return where(out, current.error());
  auto compared = biomech::solve_with_standing_signs(reference.inputs_for(request.state.inputs));
  if (!compared) return where(out, compared.error());
  auto pictures = render_handout_pictures(request.state.inputs, reference, request.language, kPictureWidth_px,
                                          kPictureHeight_px);
  if (!pictures) return where(out, pictures.error());
  auto regular = core::ui_font_path(false);
  if (!regular) return where(out, regular.error());
  auto bold = core::ui_font_path(true);
  if (!bold) return where(out, bold.error());
  const handout::Page page =
      handout_page(*library, request, *current, *compared, std::move(*pictures), today());
  auto pdf = handout::render_pdf(page, {*regular, *bold});
  if (!pdf) return where(out, pdf.error());
  if (auto written = core::write_file_atomically(out, *pdf); !written) return where(out, written.error());
  return {};
}

}  // namespace app
