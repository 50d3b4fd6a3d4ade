// Every character the content can put on screen is in the font atlas's ranges (a missing one is
// drawn as "?"), in both languages, references included.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <string_view>

#include "content/shown_texts.h"
#include "ui/glyph_ranges.h"

namespace {
// The code points of UTF-8 text; invalid bytes come back as U+FFFD, which no range holds.
std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const int length = byte < 0x80           ? 1
                       : (byte >> 5) == 0x6  ? 2
                       : (byte >> 4) == 0xE  ? 3
                       : (byte >> 3) == 0x1E ? 4
                                             : 0;
    if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
      out.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    char32_t c = length == 1 ? byte : byte & (0x7F >> length);
    for (int k = 1; k < length; ++k)
      c = (c << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.push_back(c);
    i += static_cast<std::size_t>(length);
  }
  return out;
}

void check_drawable(const std::string& name, std::string_view text) {
  for (char32_t c : code_points(text)) {
    if (c == U'\n') continue;
    INFO(name << ": U+" << std::hex << static_cast<unsigned long>(c));
    CHECK(ui::has_glyph(c));
  }
}
}  // namespace

TEST_CASE("the ranges decode as the tests expect") {
  CHECK(code_points("a\xC3\xA4\xE2\x80\xBA") == std::u32string{U'a', U'\u00E4', U'\u203A'});
  CHECK(ui::has_glyph(U'\u00DF'));  // ß
  CHECK(ui::has_glyph(U'\u203A'));  // ›
  CHECK_FALSE(ui::has_glyph(U'\u2192' + 8));
  CHECK_FALSE(ui::has_glyph(U'\uFFFD'));
}

TEST_CASE("every character of every text, in English and German, is in the font's ranges") {
  auto library = content::Library::load(std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "content");
  REQUIRE(library.ok());
  for (content::Language language : {content::Language::en, content::Language::de})
    for (const auto& [name, text] : content_test::shown_texts(*library, language)) check_drawable(name, text);
  for (const content::Reference& r : library->references())
    for (const std::string* field : {&r.cite, &r.authors, &r.title, &r.source, &r.identifier})
      check_drawable(r.id, *field);
}
