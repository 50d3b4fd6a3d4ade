#pragma once
// A one-page handout as plain data: a title, blocks that flow down the page, and small print pinned
// to its foot. The app fills it with words and pictures; handout/pdf.h lays it out. Nothing here
// knows cairo, so the app builds a page without seeing the PDF library.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/enum_names.h"

namespace handout {

enum class Paper { a4, letter };
inline constexpr auto kPaperNames = core::enum_names<Paper>({{Paper::a4, "a4"}, {Paper::letter, "letter"}});
static_assert(kPaperNames.is_one_to_one());

// The sheet in PDF points (1/72 inch): A4 595 x 842, US Letter 612 x 792.
struct PaperSize {
  double width_pt = 0.0;
  double height_pt = 0.0;
};
PaperSize paper_size(Paper paper);

// A run of text in one style; a paragraph is a sequence of runs wrapped as one flow.
struct Run {
  std::string text;  // UTF-8
  bool bold = false;
};
using Runs = std::vector<Run>;

struct Heading {
  std::string text;
};
struct Paragraph {
  Runs runs;
};
// A picture for the page: RGBA8 rows from the top, straight (not premultiplied) alpha.
struct Picture {
  int width_px = 0;
  int height_px = 0;
  std::vector<std::uint8_t> rgba;
  std::string caption;
};
// Pictures side by side across the text width, each with its caption under it.
struct PictureRow {
  std::vector<Picture> pictures;
};
// A table of text cells; the first row is the header. Column widths are shares of the text width.
struct Table {
  std::vector<double> column_shares;  // sum 1
  std::vector<std::vector<std::string>> rows;
};
// Text in a tinted box with a bold title (the clinician's note).
struct Box {
  std::string title;
  std::string text;  // "\n" starts a new line
};
using Block = std::variant<Heading, Paragraph, PictureRow, Table, Box>;

struct Page {
  Paper paper = Paper::a4;
  std::string title;
  std::string subtitle;  // under the title, smaller; may be empty
  std::vector<Block> blocks;
  std::vector<Paragraph> small_print;  // at the foot of the page, above the bottom margin
  // PDF metadata (document properties).
  std::string author;
  std::string subject;
};

}  // namespace handout
