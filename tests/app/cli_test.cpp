#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "biomech/input_fields.h"

#include "app/cli.h"
#include "app/state.h"

namespace {
core::Result<app::CommandLine> parse(std::vector<std::string> args) { return app::parse_command_line(args); }

std::string error_of(std::vector<std::string> args) {
  auto line = parse(std::move(args));
  return line.ok() ? std::string("<parsed>") : line.error().message;
}

biomech::Inputs inputs_of(std::vector<std::string> args) {
  auto line = parse(std::move(args));
  REQUIRE(line.ok());
  auto inputs = app::resolve_state(line->state);
  REQUIRE(inputs.ok());
  return *inputs;
}
}  // namespace

TEST_CASE("no arguments opens the window in the balanced state") {
  auto line = parse({});
  REQUIRE(line.ok());
  CHECK(line->command == app::Subcommand::window);
  CHECK(inputs_of({}) == biomech::balanced_inputs());
}

TEST_CASE("screenshot options are parsed") {
  auto line = parse({"screenshot", "--out", "/tmp/a.png", "--size", "640x480", "--view", "front", "--no-ui"});
  REQUIRE(line.ok());
  CHECK(line->command == app::Subcommand::screenshot);
  CHECK(line->screenshot.out == "/tmp/a.png");
  CHECK(line->screenshot.width_px == 640);
  CHECK(line->screenshot.height_px == 480);
  CHECK(line->screenshot.view == anatomy::ViewPreset::front);
  CHECK(line->screenshot.no_ui);
}

TEST_CASE("state options set the model's inputs") {
  const auto in = inputs_of({"--hamstrings", "20", "--quadriceps", "90.5", "--hip-flexor-tightness", "80",
                             "--activity", "sit-slouched", "--mode", "evidence", "--pelvic-incidence", "64"});
  CHECK(in.hamstrings_pct == 20.0);
  CHECK(in.quadriceps_pct == 90.5);
  CHECK(in.hip_flexor_tightness_pct == 80.0);
  CHECK(in.activity == biomech::Activity::sit_slouched);
  CHECK(in.calibration == biomech::Calibration::evidence);
  CHECK(in.pelvic_incidence_deg == 64.0);
}

TEST_CASE("single options override a preset whatever their order") {
  const auto in = inputs_of({"--hamstrings", "70", "--preset", "severe-imbalance"});
  CHECK(in.hamstrings_pct == 70.0);
  CHECK(in.hip_flexor_tightness_pct == 80.0);  // from the preset
}

TEST_CASE("out-of-range values are rejected with the option and the allowed range, never clamped") {
  CHECK(error_of({"--hamstrings", "150"}) == "--hamstrings 150: out of range (allowed 0 to 100 %)");
  CHECK(error_of({"--glutes", "-1"}).find("out of range") != std::string::npos);
  CHECK(error_of({"--height", "3"}).find("--height 3") != std::string::npos);
}

TEST_CASE("malformed values are rejected with a message saying what was wrong") {
  CHECK(error_of({"--hamstrings", "abc"}) == "--hamstrings abc: not a number");
  CHECK(error_of({"--hamstrings", "nan"}) == "--hamstrings nan: not a number");
  CHECK(error_of({"--hamstrings", "inf"}) == "--hamstrings inf: not a number");
  CHECK(error_of({"--hamstrings", "50%"}) == "--hamstrings 50%: not a number");
  CHECK(error_of({"--hamstrings"}) == "--hamstrings needs a value");
  CHECK(error_of({"--activity", "jog"}).find("unknown activity") != std::string::npos);
  CHECK(error_of({"--mode", "fancy"}) == "--mode fancy: must be article or evidence");
  CHECK(error_of({"--lang", "fr"}) == "--lang fr: must be en or de");
  CHECK(error_of({"screenshot", "--out", "a.png", "--size", "10x10"}).find("16 to 8192") !=
        std::string::npos);
  CHECK(error_of({"screenshot", "--out", "a.png", "--size", "big"}).find("WIDTHxHEIGHT") !=
        std::string::npos);
  CHECK(error_of({"screenshot", "--out", "a.png", "--view", "top"}).find("side, front, back or oblique") !=
        std::string::npos);
  CHECK(error_of({"screenshot"}) == "screenshot needs --out FILE.png");
}

TEST_CASE("bench options are parsed, and by default it drags the slider at 4x MSAA with the UI") {
  auto plain = parse({"bench"});
  REQUIRE(plain.ok());
  CHECK(plain->bench.msaa_samples == 4);
  CHECK(plain->bench.show_ui);
  CHECK(plain->bench.sweep == app::BenchSweep::slider);
  auto line = parse({"bench", "--frames", "10", "--size", "320x180", "--msaa", "0", "--no-ui", "--sweep",
                     "orbit", "--json"});
  REQUIRE(line.ok());
  CHECK(line->bench.frames == 10);
  CHECK(line->bench.width_px == 320);
  CHECK(line->bench.height_px == 180);
  CHECK(line->bench.msaa_samples == 0);
  CHECK_FALSE(line->bench.show_ui);
  CHECK(line->bench.sweep == app::BenchSweep::orbit);
  CHECK(line->json);
  // --no-ui of the bench leaves the screenshot's alone, and the largest bench frame is 8K UHD.
  CHECK_FALSE(line->screenshot.no_ui);
  CHECK(error_of({"bench", "--size", "7680x4320"}) == "<parsed>");
}

TEST_CASE("bench values out of range are refused with the option and what it accepts") {
  CHECK(error_of({"bench", "--frames", "0"}) == "--frames 0: expected a whole number from 1 to 10000");
  CHECK(error_of({"bench", "--frames", "99999999"}).find("from 1 to 10000") != std::string::npos);
  CHECK(error_of({"bench", "--size", "0x0"}) ==
        "--size 0x0: expected WIDTHxHEIGHT from 16x16 to 7680x4320 pixels");
  CHECK(error_of({"bench", "--size", "7681x4320"}).find("16x16 to 7680x4320") != std::string::npos);
  CHECK(error_of({"bench", "--size", "7680x4321"}).find("16x16 to 7680x4320") != std::string::npos);
  CHECK(error_of({"bench", "--msaa", "2"}) == "--msaa 2: must be 0 (off) or 4");
  CHECK(error_of({"bench", "--msaa", "1"}) == "--msaa 1: must be 0 (off) or 4");
  CHECK(error_of({"bench", "--sweep", "zoom"}) == "--sweep zoom: must be slider, orbit, none or soak");
  CHECK(error_of({"screenshot", "--out", "a.png", "--sweep", "orbit"}).find("unknown option --sweep") !=
        std::string::npos);
}

TEST_CASE("unknown commands and options are errors") {
  CHECK(error_of({"frobnicate"}).find("unknown command 'frobnicate'") != std::string::npos);
  CHECK(error_of({"--frobnicate"}).find("unknown option --frobnicate") != std::string::npos);
  CHECK(error_of({"screenshot", "--out", "a.png", "--frames", "3"}).find("unknown option --frames") !=
        std::string::npos);
  CHECK(error_of({"check-model", "--hamstrings", "3", "a.glb"}).find("check-model takes one FILE") !=
        std::string::npos);
  CHECK(error_of({"--version", "extra"}).find("takes no arguments") != std::string::npos);
}

TEST_CASE("an unknown preset is reported with the list of presets") {
  auto line = parse({"--preset", "couch-potato"});
  REQUIRE(line.ok());
  auto inputs = app::resolve_state(line->state);
  REQUIRE_FALSE(inputs.ok());
  CHECK(inputs.error().message.find("--preset couch-potato: unknown preset (one of balanced") !=
        std::string::npos);
}

TEST_CASE("help and version are recognised") {
  CHECK(parse({"--help"})->command == app::Subcommand::help);
  CHECK(parse({"screenshot", "--help"})->command == app::Subcommand::help);
  CHECK(parse({"--version"})->command == app::Subcommand::version);
  CHECK(app::help_text().find("posturelab screenshot --out F.png") != std::string::npos);
}

TEST_CASE("strict number parsing accepts only whole finite numbers") {
  CHECK(app::parse_number("12.5") == 12.5);
  CHECK(app::parse_number("-3") == -3.0);
  CHECK_FALSE(app::parse_number("").has_value());
  CHECK_FALSE(app::parse_number("1e999").has_value());
  CHECK_FALSE(app::parse_number("12,5").has_value());
  CHECK_FALSE(app::parse_number(" 12").has_value());
}

TEST_CASE("every input of the model's table is a command-line option that sets that input") {
  for (const auto& field : biomech::kInputFields) {
    INFO(field.cli_flag);
    for (double value : {field.min, field.max}) {
      char text[32];
      std::snprintf(text, sizeof text, "%g", value);
      const auto in = inputs_of({"--" + std::string(field.cli_flag), text});
      CHECK(in.*field.member == Approx(value));
    }
    CHECK(error_of({"--" + std::string(field.cli_flag), "1e9"}).find("out of range") != std::string::npos);
  }
}

TEST_CASE("the help text and the README's command-line section list the same options") {
  std::ifstream file(std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "README.md");
  std::stringstream text;
  text << file.rdbuf();
  const std::string readme = text.str();
  const auto start = readme.find("## Command line");
  REQUIRE(start != std::string::npos);
  const auto end = readme.find("\n## ", start + 1);
  const std::string section = readme.substr(start, end - start);
  auto options_in = [](const std::string& where) {
    std::set<std::string> found;
    const std::regex option(R"((--[a-z][a-z-]*[a-z]))");
    for (std::sregex_iterator it(where.begin(), where.end(), option), last; it != last; ++it)
      found.insert((*it)[1]);
    found.erase("--help");
    found.erase("--version");
    return found;
  };
  const auto names = app::option_names();
  const std::set<std::string> table(names.begin(), names.end());
  CHECK(table.size() > 25);
  CHECK(options_in(section) == table);
  CHECK(options_in(app::help_text()) == table);
}

TEST_CASE("an option given twice is refused by name instead of the last one winning") {
  CHECK(error_of({"report", "--hamstrings", "40", "--hamstrings", "90"}) ==
        "--hamstrings is given twice; give it once");
  CHECK(error_of({"screenshot", "--out", "a.png", "--out", "b.png"}) == "--out is given twice; give it once");
  // Different options, and the same option once, still parse.
  CHECK(error_of({"report", "--hamstrings", "40", "--quadriceps", "90"}) == "<parsed>");
}

TEST_CASE("a huge value or word on the command line is echoed cut short, with its size") {
  const std::string huge(100000, 'x');
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--activity", huge}, {"--hamstrings", huge}, {huge}, {"report", "--" + huge}}) {
    const std::string message = error_of(args);
    INFO(args[0].substr(0, 20) << " -> " << message.substr(0, 200));
    CHECK(message != "<parsed>");
    CHECK(message.size() < 600);
    CHECK(message.find("bytes)") != std::string::npos);
  }
  auto preset = parse({"--preset", huge});
  REQUIRE(preset.ok());
  auto resolved = app::resolve_state(preset->state);
  REQUIRE_FALSE(resolved.ok());
  CHECK(resolved.error().message.size() < 600);
}
