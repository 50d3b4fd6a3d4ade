#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "content/format.h"

using content::Language;

TEST_CASE("numbers use a decimal point in English and a decimal comma in German") {
  CHECK(content::format_number(1.5, 1, Language::en) == "1.5");
  CHECK(content::format_number(1.5, 1, Language::de) == "1,5");
  CHECK(content::format_number(0.504, 2, Language::en) == "0.50");
  CHECK(content::format_number(0.504, 2, Language::de) == "0,50");
  CHECK(content::format_number(9.04, 0, Language::de) == "9");
}

TEST_CASE("large numbers are grouped per language from ten thousand up") {
  CHECK(content::format_number(1234.0, 0, Language::en) == "1234");
  CHECK(content::format_number(12345.6, 1, Language::en) == "12,345.6");
  CHECK(content::format_number(12345.6, 1, Language::de) == "12.345,6");
  CHECK(content::format_number(1234567.0, 0, Language::de) == "1.234.567");
}

TEST_CASE("signs: a true minus for negatives, a plus on request, none for a rounded zero") {
  CHECK(content::format_number(-3.26, 1, Language::en) == "\u22123.3");
  CHECK(content::format_number(-3.26, 1, Language::de) == "\u22123,3");
  CHECK(content::format_number(34.0, 0, Language::en, true) == "+34");
  CHECK(content::format_number(-0.04, 1, Language::en, true) == "0.0");
  CHECK(content::format_number(0.0, 0, Language::de, true) == "0");
}

TEST_CASE("non-finite numbers print as a dash instead of garbage") {
  CHECK(content::format_number(std::nan(""), 1, Language::en) == "\u2013");
  CHECK(content::format_number(std::numeric_limits<double>::infinity(), 1, Language::de) == "\u2013");
}

TEST_CASE("placeholders are found in order and literal braces are skipped") {
  auto names = content::placeholders_in("Tilt {tilt_deg}° and {{literal}} {disc_level}");
  REQUIRE(names.ok());
  CHECK(*names == std::vector<std::string>{"tilt_deg", "disc_level"});
}

TEST_CASE("malformed placeholders are reported with what is wrong") {
  auto unclosed = content::placeholders_in("Tilt {tilt_deg");
  REQUIRE_FALSE(unclosed.ok());
  CHECK_THAT(unclosed.error().message, Catch::Contains("unclosed"));
  auto stray = content::placeholders_in("Tilt } deg");
  REQUIRE_FALSE(stray.ok());
  CHECK_THAT(stray.error().message, Catch::Contains("stray"));
  auto upper = content::placeholders_in("{Tilt}");
  REQUIRE_FALSE(upper.ok());
  CHECK_THAT(upper.error().message, Catch::Contains("malformed"));
  CHECK_FALSE(content::placeholders_in("{}").ok());
}

TEST_CASE("templates are filled with numbers formatted by their spec and language") {
  const std::vector<content::PlaceholderSpec> specs = {
      {"tilt_delta_deg", content::PlaceholderType::number, 1, false, "°", ""},
      {"posterior_load_change_pct", content::PlaceholderType::number, 0, true, "%", ""},
      {"disc_level", content::PlaceholderType::text, 0, false, "", ""},
  };
  content::Values values;
  values.set("tilt_delta_deg", 9.04).set("posterior_load_change_pct", 34.2).set("disc_level", "L5–S1");
  CHECK(content::fill_template("forward {tilt_delta_deg}° more", values, Language::en, specs) ==
        "forward 9.0° more");
  CHECK(content::fill_template("{tilt_delta_deg}° stärker", values, Language::de, specs) == "9,0° stärker");
  CHECK(content::fill_template("back of {disc_level} {posterior_load_change_pct} %", values, Language::de,
                               specs) == "back of L5–S1 +34 %");
  CHECK(content::fill_template("{{x}} {tilt_delta_deg}", values, Language::en, specs) == "{x} 9.0");
}

TEST_CASE("a placeholder without a value shows a dash and never throws") {
  content::Values values;
  CHECK(content::fill_template("Tilt {tilt_deg}°", values, Language::en, {}) == "Tilt \u2013°");
  CHECK(content::fill_template("broken {tilt", values, Language::en, {}) == "broken {tilt");
}
