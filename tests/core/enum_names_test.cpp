#include <catch2/catch.hpp>

#include <string>

#include "core/enum_names.h"

namespace {
enum class Colour { red, green, blue };
constexpr auto kColourNames =
    core::enum_names<Colour>({{Colour::red, "red"}, {Colour::green, "green"}, {Colour::blue, "blue"}});
static_assert(kColourNames.is_one_to_one());
static_assert(kColourNames.name_of(Colour::green) == "green");
static_assert(kColourNames.from_name("blue") == Colour::blue);
}  // namespace

TEST_CASE("an enum name table reads both ways and refuses unknown names") {
  CHECK(kColourNames.size() == 3);
  CHECK(kColourNames.name_of(Colour::red) == "red");
  CHECK(kColourNames.from_name("red") == Colour::red);
  CHECK_FALSE(kColourNames.from_name("Red").has_value());
  CHECK_FALSE(kColourNames.from_name("").has_value());
  std::string order;
  for (const auto& [value, name] : kColourNames.entries()) order += std::string(name) + ";";
  CHECK(order == "red;green;blue;");
}

TEST_CASE("an enum name table lists its names for messages") {
  CHECK(kColourNames.names_listed() == "red, green or blue");
  CHECK(kColourNames.names_listed(" and ") == "red, green and blue");
  CHECK(core::enum_names<Colour>({{Colour::red, "red"}}).names_listed() == "red");
}

TEST_CASE("a table with a repeated value, a repeated name or an empty name is not one to one") {
  CHECK_FALSE(core::enum_names<Colour>({{Colour::red, "red"}, {Colour::red, "rot"}}).is_one_to_one());
  CHECK_FALSE(core::enum_names<Colour>({{Colour::red, "red"}, {Colour::blue, "red"}}).is_one_to_one());
  CHECK_FALSE(core::enum_names<Colour>({{Colour::red, ""}}).is_one_to_one());
  // A value the table does not list has no name (tables should list every value).
  CHECK(core::enum_names<Colour>({{Colour::red, "red"}}).name_of(Colour::blue).empty());
}
