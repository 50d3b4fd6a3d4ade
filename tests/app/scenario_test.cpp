#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/state.h"

namespace {
std::filesystem::path write_scenario(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path;
}
}  // namespace

TEST_CASE("a scenario file sets the inputs it names and keeps the rest balanced") {
  const auto path =
      write_scenario("pl_scenario_ok.json",
                     R"({"hamstrings": 30, "activity": "lift-close", "load_kg": 12.5, "mode": "evidence"})");
  auto inputs = app::load_scenario(path, biomech::balanced_inputs());
  REQUIRE(inputs.ok());
  CHECK(inputs->hamstrings_pct == 30.0);
  CHECK(inputs->activity == biomech::Activity::lift_close);
  CHECK(inputs->load_kg == 12.5);
  CHECK(inputs->calibration == biomech::Calibration::evidence);
  CHECK(inputs->quadriceps_pct == 100.0);
}

TEST_CASE("broken scenario files are rejected with the file and the key") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"{not json", "not valid JSON"},
      {"[1, 2]", "expected a JSON object"},
      {R"({"hamstrings": "weak"})", "\"hamstrings\" must be a number"},
      {R"({"hamstrings": 400})", "hamstrings = 400 is out of range"},
      {R"({"activity": "jog"})", "unknown activity \"jog\""},
      {R"({"colour": "red"})", "unknown key \"colour\""},
  };
  for (const auto& c : cases) {
    const auto path = write_scenario("pl_scenario_bad.json", c.text);
    auto inputs = app::load_scenario(path, biomech::balanced_inputs());
    INFO(c.text);
    REQUIRE_FALSE(inputs.ok());
    CHECK(inputs.error().message.find("pl_scenario_bad.json") != std::string::npos);
    CHECK(inputs.error().message.find(c.expected) != std::string::npos);
  }
  auto missing = app::load_scenario("/nonexistent/scenario.json", biomech::balanced_inputs());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("/nonexistent/scenario.json") != std::string::npos);
}

TEST_CASE("scenario errors say where in the file, and never echo a huge value whole") {
  const auto broken =
      write_scenario("pl_scenario_line.json", "{\n  \"hamstrings\": 30,\n  \"quadriceps\": ]\n}\n");
  auto parsed = app::load_scenario(broken, biomech::balanced_inputs());
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error().message.find("line 3, column 17") != std::string::npos);

  const auto out_of_range =
      write_scenario("pl_scenario_key.json", "{\n  \"load_kg\": 5,\n  \"hamstrings\": 400\n}");
  auto range = app::load_scenario(out_of_range, biomech::balanced_inputs());
  REQUIRE_FALSE(range.ok());
  INFO(range.error().message);
  CHECK(range.error().message.find("(line 3, column 3)") != std::string::npos);
  CHECK(range.error().message.find("out of range") != std::string::npos);

  const std::string huge(200000, 'x');
  const auto long_value = write_scenario("pl_scenario_long.json", "{\"activity\": \"" + huge + "\"}");
  auto activity = app::load_scenario(long_value, biomech::balanced_inputs());
  REQUIRE_FALSE(activity.ok());
  CHECK(activity.error().message.size() < 400);
  CHECK(activity.error().message.find("200000 bytes") != std::string::npos);
}
