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
