#include "app/cli.h"

#include <charconv>
#include <cmath>
#include <map>
#include <vector>

#include "core/version.h"

namespace app {

std::optional<double> parse_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0.0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<std::pair<int, int>> parse_size(std::string_view text) {
  const auto x = text.find('x');
  if (x == std::string_view::npos) return std::nullopt;
  auto side = [](std::string_view s) -> std::optional<int> {
    int value = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size() || value < 16 || value > 8192) return std::nullopt;
    return value;
  };
  auto w = side(text.substr(0, x));
  auto h = side(text.substr(x + 1));
  if (!w || !h) return std::nullopt;
  return std::pair{*w, *h};
}

namespace {

using core::make_error;

struct Parser {
  std::span<const std::string> args;
  std::size_t index = 0;
  CommandLine line;
  std::vector<std::function<void(biomech::Inputs&)>>& overrides = line.state.overrides;

  bool done() const { return index >= args.size(); }

  core::Result<std::string> value_of(const std::string& option) {
    if (index + 1 >= args.size() || args[index + 1].rfind("--", 0) == 0)
      return make_error(option + " needs a value");
    index += 1;
    return args[index];
  }

  core::Status numeric_state_option(const std::string& option, biomech::InputRange range,
                                    double biomech::Inputs::*field) {
    auto text = value_of(option);
    if (!text) return text.error();
    auto value = parse_number(*text);
    if (!value) return make_error(option + " " + *text + ": not a number");
    if (*value < range.min || *value > range.max) {
      char buffer[200];
      std::snprintf(buffer, sizeof buffer, "%s %s: out of range (allowed %g to %g %.*s)", option.c_str(),
                    text->c_str(), range.min, range.max, static_cast<int>(range.unit.size()),
                    range.unit.data());
      return make_error(buffer);
    }
    overrides.push_back([field, v = *value](biomech::Inputs& in) { in.*field = v; });
    return {};
  }

  // Returns true when `arg` was a state option (consumed), an error when it was one but malformed.
  core::Result<bool> state_option(const std::string& arg) {
    using biomech::Inputs;
    const std::map<std::string, std::pair<biomech::InputRange, double Inputs::*>> numeric = {
        {"--hamstrings", {biomech::hamstrings_range(), &Inputs::hamstrings_pct}},
        {"--quadriceps", {biomech::quadriceps_range(), &Inputs::quadriceps_pct}},
        {"--hip-flexor-tightness",
         {biomech::hip_flexor_tightness_range(), &Inputs::hip_flexor_tightness_pct}},
        {"--glutes", {biomech::glutes_range(), &Inputs::glutes_pct}},
        {"--abdominals", {biomech::abdominals_range(), &Inputs::abdominals_pct}},
        {"--load-kg", {biomech::load_range(), &Inputs::load_kg}},
        {"--body-mass", {biomech::body_mass_range(), &Inputs::body_mass_kg}},
        {"--height", {biomech::height_range(), &Inputs::height_m}},
        {"--pelvic-incidence", {biomech::pelvic_incidence_range(), &Inputs::pelvic_incidence_deg}},
    };
    if (auto it = numeric.find(arg); it != numeric.end()) {
      if (auto status = numeric_state_option(arg, it->second.first, it->second.second); !status)
        return status.error();
      return true;
    }
    if (arg == "--activity") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto activity = biomech::activity_from_name(*text);
      if (!activity) {
        std::string names;
        for (auto a : biomech::kAllActivities)
          names += (names.empty() ? "" : ", ") + std::string(biomech::activity_name(a));
        return make_error("--activity " + *text + ": unknown activity (one of " + names + ")");
      }
      overrides.push_back([a = *activity](Inputs& in) { in.activity = a; });
      return true;
    }
    if (arg == "--mode") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto mode = biomech::calibration_from_name(*text);
      if (!mode) return make_error("--mode " + *text + ": must be article or evidence");
      overrides.push_back([m = *mode](Inputs& in) { in.calibration = m; });
      return true;
    }
    if (arg == "--lang") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto language = content::language_from_code(*text);
      if (!language) return make_error("--lang " + *text + ": must be en or de");
      line.state.language = *language;
      return true;
    }
    if (arg == "--preset") {
      auto text = value_of(arg);
      if (!text) return text.error();
      line.state.preset = *text;
      return true;
    }
    if (arg == "--scenario") {
      auto text = value_of(arg);
      if (!text) return text.error();
      line.state.scenario = std::filesystem::path(*text);
      return true;
    }
    return false;
  }

  core::Status size_option(const std::string& arg, int& width, int& height) {
    auto text = value_of(arg);
    if (!text) return text.error();
    auto size = parse_size(*text);
    if (!size) return make_error(arg + " " + *text + ": expected WIDTHxHEIGHT, each 16 to 8192 pixels");
    width = size->first;
    height = size->second;
    return {};
  }

  core::Status screenshot_option(const std::string& arg) {
    auto& shot = line.screenshot;
    if (arg == "--out") {
      auto text = value_of(arg);
      if (!text) return text.error();
      shot.out = *text;
      return {};
    }
    if (arg == "--size") return size_option(arg, shot.width_px, shot.height_px);
    if (arg == "--view") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto view = anatomy::view_from_name(*text);
      if (!view) return make_error("--view " + *text + ": must be side, front, back or oblique");
      shot.view = *view;
      return {};
    }
    if (arg == "--no-ui") {
      shot.no_ui = true;
      return {};
    }
    if (arg == "--presentation" || arg == "--ghost" || arg == "--xray") {
      (arg == "--presentation" ? shot.presentation : arg == "--ghost" ? shot.ghost : shot.xray) = true;
      return {};
    }
    if (arg == "--tour-step") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto value = parse_number(*text);
      if (!value || *value < 1 || *value > 100 || std::floor(*value) != *value)
        return make_error("--tour-step " + *text + ": expected a step number from 1");
      shot.tour_step = static_cast<int>(*value);
      return {};
    }
    if (arg == "--select") {
      auto text = value_of(arg);
      if (!text) return text.error();
      shot.select = *text;
      return {};
    }
    if (arg == "--text-scale") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto value = parse_number(*text);
      if (!value || *value < 0.75 || *value > 3.0)
        return make_error("--text-scale " + *text + ": expected 0.75 to 3");
      shot.text_scale = static_cast<float>(*value);
      return {};
    }
    return make_error("screenshot: unknown option " + arg + " (see posturelab --help)");
  }

  core::Status bench_option(const std::string& arg) {
    if (arg == "--frames") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto value = parse_number(*text);
      if (!value || *value < 1 || *value > 100000 || std::floor(*value) != *value)
        return make_error("--frames " + *text + ": expected a whole number from 1 to 100000");
      line.bench.frames = static_cast<int>(*value);
      return {};
    }
    if (arg == "--size") return size_option(arg, line.bench.width_px, line.bench.height_px);
    if (arg == "--json") {
      line.json = true;
      return {};
    }
    return make_error("bench: unknown option " + arg + " (see posturelab --help)");
  }

  core::Status window_option(const std::string& arg) {
    if (arg == "--exit-after-frames") {
      auto text = value_of(arg);
      if (!text) return text.error();
      auto value = parse_number(*text);
      if (!value || *value < 1 || *value > 1e6 || std::floor(*value) != *value)
        return make_error("--exit-after-frames " + *text + ": expected a whole number from 1 to 1000000");
      line.exit_after_frames = static_cast<int>(*value);
      return {};
    }
    if (arg == "--print-timing") {
      line.print_timing = true;
      return {};
    }
    return make_error("unknown option " + arg + " (see posturelab --help)");
  }

  core::Result<CommandLine> run() {
    if (!done()) {
      const std::string& first = args[0];
      const std::map<std::string, Subcommand> subcommands = {{"screenshot", Subcommand::screenshot},
                                                             {"bench", Subcommand::bench},
                                                             {"check-model", Subcommand::check_model},
                                                             {"report", Subcommand::report},
                                                             {"help", Subcommand::help},
                                                             {"--help", Subcommand::help},
                                                             {"-h", Subcommand::help},
                                                             {"--version", Subcommand::version},
                                                             {"version", Subcommand::version}};
      if (auto it = subcommands.find(first); it != subcommands.end()) {
        line.command = it->second;
        index = 1;
      } else if (first.rfind("-", 0) != 0) {
        return make_error("unknown command '" + first +
                          "' (commands: report, screenshot, bench, check-model; see posturelab --help)");
      }
    }
    if (line.command == Subcommand::help || line.command == Subcommand::version) {
      if (!done()) return make_error("'" + args[index] + "': " + args[0] + " takes no arguments");
      return line;
    }
    for (; !done(); ++index) {
      const std::string& arg = args[index];
      if (arg == "--help" || arg == "-h") {
        line.command = Subcommand::help;
        return line;
      }
      if (arg == "--ui-report" &&
          (line.command == Subcommand::screenshot || line.command == Subcommand::window)) {
        auto text = value_of(arg);
        if (!text) return text.error();
        line.ui_report = *text;
        continue;
      }
      auto consumed = state_option(arg);
      if (!consumed) return consumed.error();
      if (*consumed) continue;
      core::Status status;
      switch (line.command) {
        case Subcommand::screenshot:
          status = screenshot_option(arg);
          break;
        case Subcommand::bench:
          status = bench_option(arg);
          break;
        case Subcommand::window:
          status = window_option(arg);
          break;
        case Subcommand::report:
          if (arg == "--json")
            line.json = true;
          else
            status = make_error("report: unknown option " + arg + " (see posturelab --help)");
          break;
        case Subcommand::check_model:
          if (arg.rfind("-", 0) == 0 || !line.model_file.empty())
            status = make_error("check-model takes one FILE, not " + arg + " (see posturelab --help)");
          else
            line.model_file = arg;
          break;
        default:
          status = make_error("unknown option " + arg + " (see posturelab --help)");
          break;
      }
      if (!status) return status.error();
    }
    if (line.command == Subcommand::check_model && line.model_file.empty())
      return make_error("check-model needs a FILE (.glb or .gltf)");
    if (line.command == Subcommand::screenshot && line.screenshot.out.empty())
      return make_error("screenshot needs --out FILE.png");
    return line;
  }
};

}  // namespace

core::Result<CommandLine> parse_command_line(std::span<const std::string> args) {
  Parser parser{args, 0, {}};
  return parser.run();
}

std::string help_text() {
  std::string text =
      "PostureLab " + std::string(core::version()) +
      ": how muscle balance tilts the pelvis and loads the lumbar discs (an educational model)\n\n";
  text += R"(Usage:
  posturelab [state]                           open the window
  posturelab report [state] [--json]           print the model's outputs for a state (a table, or JSON)
  posturelab screenshot --out F.png [state] [--size WxH] [--view side|front|back|oblique] [--no-ui]
                                               render headless (no display needed) and write a PNG;
                                               also [--tour-step N] [--presentation] [--ghost] [--xray]
                                               [--select STRUCTURE_ID] [--text-scale 0.75..3]
  posturelab check-model FILE                  load and validate a model: 0 valid (one-line summary),
                                               2 invalid (the first problem on stderr)
  posturelab bench [--frames N] [--size WxH] [--json]
                                               time offscreen frames
  posturelab --help | --version

Window options for tests and measurements:
  --exit-after-frames N          close the window after N frames
  --print-timing                 print the time from start to the first frame
  --ui-report FILE               (window and screenshot) write what the interface showed as JSON

State options (defaults: the balanced state):
  --hamstrings 0..100            hamstring strength, % of normal (100)
  --quadriceps 0..100            quadriceps strength, % of normal (100)
  --hip-flexor-tightness 0..100  hip-flexor tightness, % (20 = normal)
  --glutes 0..100                gluteus maximus strength, % of normal (100)
  --abdominals 0..100            abdominal strength, % of normal (100)
  --activity NAME                stand, lie-supine, lie-side, sit-relaxed, sit-upright, sit-slouched,
                                 sit-flexed, stand-flexed, lift-rounded, lift-knees-bent, lift-close, walk
  --load-kg 0..50                held load for the lifting activities (20)
  --body-mass 35..200            kg (75)
  --height 1.4..2.2              m (1.75)
  --pelvic-incidence 25..90      degrees, bone shape (52)
  --mode article|evidence        calibration (article)
  --lang en|de                   language of the interface (en)

Out-of-range or malformed values are rejected (exit code 2), never clamped.
)";
  return text;
}

}  // namespace app
