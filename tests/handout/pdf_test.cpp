// The handout module on its own: cairo's pixel words, the sheet sizes, one page or an error.
#include <catch2/catch.hpp>

#include <string>

#include "core/asset_paths.h"
#include "handout/argb.h"
#include "handout/pdf.h"

namespace {

handout::FontFiles dejavu() {
  auto regular = core::ui_font_path(false);
  auto bold = core::ui_font_path(true);
  REQUIRE(regular);
  REQUIRE(bold);
  return {*regular, *bold};
}

handout::Page small_page(handout::Paper paper) {
  handout::Page page;
  page.paper = paper;
  page.title = "Größe";
  page.blocks.push_back(handout::Heading{"Heading"});
  page.blocks.push_back(
      handout::Paragraph{{{"Bold lead: ", true}, {"and the rest of the sentence.", false}}});
  handout::Picture picture;
  picture.width_px = 2;
  picture.height_px = 1;
  picture.rgba = {255, 0, 0, 255, 0, 0, 255, 128};  // red opaque, blue half see-through
  picture.caption = "caption";
  page.blocks.push_back(handout::PictureRow{{picture}});
  page.small_print.push_back(handout::Paragraph{{{"small print", false}}});
  return page;
}

}  // namespace

TEST_CASE("cairo's pixel word has alpha on top and the colour premultiplied by it") {
  CHECK(handout::premultiplied_argb(255, 128, 0, 255) == 0xFFFF8000u);
  CHECK(handout::premultiplied_argb(255, 255, 255, 128) == 0x80808080u);
  CHECK(handout::premultiplied_argb(200, 100, 50, 0) == 0x00000000u);
  CHECK(handout::premultiplied_argb(0, 0, 255, 51) == 0x33000033u);
}

TEST_CASE("the PDF is one sheet of the paper asked for") {
  CHECK(handout::paper_size(handout::Paper::a4).width_pt == 595.0);
  CHECK(handout::paper_size(handout::Paper::a4).height_pt == 842.0);
  CHECK(handout::paper_size(handout::Paper::letter).width_pt == 612.0);
  CHECK(handout::paper_size(handout::Paper::letter).height_pt == 792.0);
  auto a4 = handout::render_pdf(small_page(handout::Paper::a4), dejavu());
  REQUIRE(a4);
  CHECK(a4->rfind("%PDF-", 0) == 0);
  CHECK(a4->find("/MediaBox [ 0 0 595 842 ]") != std::string::npos);
  CHECK(a4->find("/Count 1") != std::string::npos);
  auto letter = handout::render_pdf(small_page(handout::Paper::letter), dejavu());
  REQUIRE(letter);
  CHECK(letter->find("/MediaBox [ 0 0 612 792 ]") != std::string::npos);
}

TEST_CASE("a page too long for one sheet is refused with a message instead of running off it") {
  handout::Page page = small_page(handout::Paper::a4);
  std::string long_text;
  for (int i = 0; i < 900; ++i) long_text += "word ";
  for (int i = 0; i < 6; ++i) page.blocks.push_back(handout::Paragraph{{{long_text, false}}});
  auto pdf = handout::render_pdf(page, dejavu());
  REQUIRE_FALSE(pdf);
  CHECK(pdf.error().message.find("does not fit on one page") != std::string::npos);
}

TEST_CASE("a font file that is not a font is an error naming it") {
  handout::FontFiles fonts = dejavu();
  fonts.bold = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "README.md";
  auto pdf = handout::render_pdf(small_page(handout::Paper::a4), fonts);
  REQUIRE_FALSE(pdf);
  CHECK(pdf.error().message.find("README.md") != std::string::npos);
}
