// The wrapping as a PDF reader sees it: pdftotext -bbox gives every word's box on the sheet.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <regex>
#include <string>

#include "core/asset_paths.h"
#include "core/file_io.h"
#include "handout/pdf.h"
#include "support/run_process.h"

namespace {

struct WordBox {
  double x_min, x_max;
  std::string text;
};

// The words of a PDF with their horizontal extent, from pdftotext's XHTML box list.
std::vector<WordBox> word_boxes(const std::string& pdf_bytes) {
  // The process id keeps test cases that ctest runs side by side off each other's file.
  const auto path = std::filesystem::temp_directory_path() /
                    ("posturelab_text_flow_" + std::to_string(::getpid()) + ".pdf");
  REQUIRE(core::write_file_atomically(path, pdf_bytes));
  const std::string boxes = support::run_process("pdftotext -bbox " + path.string() + " - 2>&1").output;
  std::filesystem::remove(path);
  std::vector<WordBox> words;
  const std::regex word(
      R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re");
  for (std::sregex_iterator it(boxes.begin(), boxes.end(), word), end; it != end; ++it)
    words.push_back({std::stod((*it)[1]), std::stod((*it)[2]), (*it)[3]});
  return words;
}

}  // namespace

TEST_CASE("a word wider than the column is broken between characters and stays inside the margins") {
  auto regular = core::ui_font_path(false);
  auto bold = core::ui_font_path(true);
  REQUIRE(regular);
  REQUIRE(bold);
  handout::Page page;
  page.title = "Wrap";
  std::string long_word;
  for (int i = 0; i < 40; ++i) long_word += "abcdefghij";  // 400 letters, about three lines at 9 pt
  page.blocks.push_back(handout::Paragraph{{{"before " + long_word + " after", false}}});
  auto pdf = handout::render_pdf(page, {*regular, *bold});
  REQUIRE(pdf);
  const auto words = word_boxes(*pdf);
  REQUIRE_FALSE(words.empty());
  std::string letters;
  const double page_width = handout::paper_size(handout::Paper::a4).width_pt;
  for (const WordBox& w : words) {
    INFO(w.text);
    CHECK(w.x_min >= 40.0);               // the left margin is 42 pt
    CHECK(w.x_max <= page_width - 40.0);  // and so is the right one
    if (w.text.find("abcdefghij") != std::string::npos) letters += w.text;
  }
  CHECK(letters == long_word);  // every letter, in order, none lost at a break
  CHECK(words.back().text == "after");
}

TEST_CASE("a new line in a note starts a new line on the page") {
  auto regular = core::ui_font_path(false);
  auto bold = core::ui_font_path(true);
  REQUIRE(regular);
  REQUIRE(bold);
  handout::Page page;
  page.title = "Lines";
  page.blocks.push_back(handout::Box{"Note", "first\nsecond"});
  auto pdf = handout::render_pdf(page, {*regular, *bold});
  REQUIRE(pdf);
  const auto words = word_boxes(*pdf);
  REQUIRE(words.size() == 4);  // Lines, Note, first, second
  CHECK(words[2].text == "first");
  CHECK(words[3].text == "second");
  CHECK(words[3].x_min == Approx(words[2].x_min));  // both at the start of a line
}
