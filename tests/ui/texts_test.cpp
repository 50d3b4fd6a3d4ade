#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "ui/texts.h"

TEST_CASE("two unknown text ids in one expression each keep their own text") {
  auto library = content::Library::load(std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "content");
  REQUIRE(library.ok());
  const ui::Texts T(*library, content::Language::en);
  const char* first = T("no.such.text.one");
  const char* second = T("no.such.text.two");
  CHECK(std::string(first) == "no.such.text.one");
  CHECK(std::string(second) == "no.such.text.two");
  CHECK(std::string(T("app.title")) == "PostureLab");
}
