#include "app/cli.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <vector>

#include "app/handout.h"
#include "app/picture_size.h"
#include "biomech/input_fields.h"
#include "biomech/presets.h"
#include "core/text_position.h"
#include "core/version.h"
#include "ui/theme.h"

namespace app {

std::optional<double> parse_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0.0;
#ifdef __EMSCRIPTEN__
  // libc++ 14 (emscripten 3.1.6) has no from_chars for double; strtod, held to the same grammar:
  // no leading space or '+', no hexadecimal (the wasm libc has only the C locale).
  if (text.front() == '+' || std::isspace(static_cast<unsigned char>(text.front())) ||
      text.find_first_of("xX") != std::string_view::npos)
    return std::nullopt;
  const std::string copy(text);
  char* stop = nullptr;
  value = std::strtod(copy.c_str(), &stop);
  if (stop != copy.c_str() + copy.size() || !std::isfinite(value)) return std::nullopt;
#else
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
#endif
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

// Where --help lists an option.
enum class Section { state, screenshot, handout, report, bench, window };

struct Option {
  std::string name;   // "--hamstrings"
  std::string value;  // how --help shows its value ("0..100", "NAME"); empty for a flag
  std::string help;
  Section section;
  std::vector<Subcommand> commands;  // the subcommands that accept it
  // Stores the value (empty for a flag); the error names the option and what was wrong.
  std::function<core::Status(CommandLine&, const std::string& value)> apply;
};

const std::vector<Subcommand> kStateCommands = {
    Subcommand::window, Subcommand::report, Subcommand::screenshot, Subcommand::handout, Subcommand::bench};

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

// "a, b or c"
template <class Names>
std::string one_of(const Names& names) {
  std::string text;
  const std::size_t n = std::size(names);
  std::size_t i = 0;
  for (const auto& name : names) {
    text += (i == 0 ? "" : i + 1 == n ? " or " : ", ") + std::string(name);
    ++i;
  }
  return text;
}

// "a|b|c", as --help shows a choice of values.
template <class Names>
std::string alternatives(const Names& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : "|") + std::string(name);
  return text;
}

std::vector<std::string_view> activity_names() {
  std::vector<std::string_view> names;
  for (const auto& entry : biomech::kActivityNames) names.push_back(entry.name);
  return names;
}
std::vector<std::string_view> calibration_names() {
  std::vector<std::string_view> names;
  for (const auto& entry : biomech::kCalibrationNames) names.push_back(entry.name);
  return names;
}
std::vector<std::string_view> view_names() {
  std::vector<std::string_view> names;
  for (const auto& [view, name] : anatomy::kViewPresetNames) names.push_back(name);
  return names;
}
std::vector<std::string_view> language_codes() {
  return {content::language_code(content::Language::en), content::language_code(content::Language::de)};
}

// A whole number from `min` to `max`, or an error naming the option and the range.
core::Result<int> whole_number(const std::string& option, const std::string& text, int min, int max) {
  const auto value = parse_number(text);
  if (!value || *value < min || *value > max || std::floor(*value) != *value)
    return make_error(option + " " + core::shortened(text) + ": expected a whole number from " +
                      std::to_string(min) + " to " + std::to_string(max));
  return static_cast<int>(*value);
}

Option numeric_input(const biomech::InputField& field) {
  const std::string name = "--" + std::string(field.cli_flag);
  return {name,
          number_text(field.min) + ".." + number_text(field.max),
          std::string(field.help) + " (balanced " + number_text(field.balanced) + ")",
          Section::state,
          kStateCommands,
          [name, &field](CommandLine& line, const std::string& text) -> core::Status {
            const auto value = parse_number(text);
            if (!value) return make_error(name + " " + core::shortened(text) + ": not a number");
            if (*value < field.min || *value > field.max)
              return make_error(name + " " + core::shortened(text) + ": out of range (allowed " +
                                number_text(field.min) + " to " + number_text(field.max) + " " +
                                std::string(field.unit) + ")");
            line.state.overrides.push_back(
                [member = field.member, v = *value](biomech::Inputs& in) { in.*member = v; });
            return {};
          }};
}

std::vector<Option> state_options() {
  std::vector<Option> options;
  for (const auto& field : biomech::kInputFields) options.push_back(numeric_input(field));
  options.push_back(
      {"--activity", "NAME", "what the body does: " + one_of(activity_names()) + " (stand)", Section::state,
       kStateCommands, [](CommandLine& line, const std::string& text) -> core::Status {
         auto activity = biomech::activity_from_name(text);
         if (!activity)
           return make_error("--activity " + core::shortened(text) + ": unknown activity (one of " +
                             one_of(activity_names()) + ")");
         line.state.overrides.push_back([a = *activity](biomech::Inputs& in) { in.activity = a; });
         return {};
       }});
  options.push_back(
      {"--mode", alternatives(calibration_names()),
       "calibration: the article's explanation or the evidence (article)", Section::state, kStateCommands,
       [](CommandLine& line, const std::string& text) -> core::Status {
         auto mode = biomech::calibration_from_name(text);
         if (!mode)
           return make_error("--mode " + core::shortened(text) + ": must be " + one_of(calibration_names()));
         line.state.overrides.push_back([m = *mode](biomech::Inputs& in) { in.calibration = m; });
         return {};
       }});
  std::vector<std::string_view> presets;
  for (const auto& preset : biomech::presets()) presets.push_back(preset.name);
  options.push_back({"--preset", "NAME", "muscle balance of a named state: " + one_of(presets),
                     Section::state, kStateCommands,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.state.preset = text;
                       return {};
                     }});
  options.push_back({"--scenario", "FILE",
                     "a scenario file (.posturelab.json, or JSON with the input keys of report --json)",
                     Section::state, kStateCommands,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.state.scenario = std::filesystem::path(text);
                       return {};
                     }});
  options.push_back(
      {"--lang", alternatives(language_codes()), "language of the interface (en)", Section::state,
       kStateCommands, [](CommandLine& line, const std::string& text) -> core::Status {
         auto language = content::language_from_code(text);
         if (!language)
           return make_error("--lang " + core::shortened(text) + ": must be " + one_of(language_codes()));
         line.state.language = *language;
         line.state.language_given = true;
         return {};
       }});
  return options;
}

core::Status size_into(const std::string& text, int& width, int& height) {
  auto size = parse_size(text);
  if (!size)
    return make_error("--size " + core::shortened(text) + ": expected WIDTHxHEIGHT, each 16 to 8192 pixels");
  width = size->first;
  height = size->second;
  return {};
}

// The bench's frame: the screenshot's sizes, but no larger than 8K UHD.
core::Status bench_size_into(const std::string& text, BenchOptions& bench) {
  auto size = parse_size(text);
  if (!size || size->first > kBenchMaxWidth_px || size->second > kBenchMaxHeight_px)
    return make_error("--size " + core::shortened(text) + ": expected WIDTHxHEIGHT from 16x16 to " +
                      std::to_string(kBenchMaxWidth_px) + "x" + std::to_string(kBenchMaxHeight_px) +
                      " pixels");
  bench.width_px = size->first;
  bench.height_px = size->second;
  return {};
}

// A flag that sets one bool of the screenshot options.
Option screenshot_flag(std::string name, std::string help, bool ScreenshotOptions::*field) {
  return {std::move(name),
          "",
          std::move(help),
          Section::screenshot,
          {Subcommand::screenshot},
          [field](CommandLine& line, const std::string&) -> core::Status {
            line.screenshot.*field = true;
            return {};
          }};
}

std::vector<Option> screenshot_options() {
  const std::vector<Subcommand> shot = {Subcommand::screenshot};
  std::vector<Option> options;
  options.push_back({"--out", "FILE.png", "the PNG to write (needed)", Section::screenshot, shot,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.screenshot.out = text;
                       return {};
                     }});
  options.push_back(
      {"--size",
       "WxH",
       "picture size (1280x720); a screenshot at most 3840x2160 (or 2160x3840), bench up to 7680x4320",
       Section::screenshot,
       {Subcommand::screenshot, Subcommand::bench},
       [](CommandLine& line, const std::string& text) -> core::Status {
         if (line.command == Subcommand::bench) return bench_size_into(text, line.bench);
         auto& picture = line.screenshot;
         if (auto status = size_into(text, picture.width_px, picture.height_px); !status) return status;
         if (auto status = check_picture_size(picture.width_px, picture.height_px); !status)
           return make_error("--size " + core::shortened(text) + ": " + status.error().message);
         return {};
       }});
  options.push_back(
      {"--view", alternatives(view_names()), "the camera's preset view (side)", Section::screenshot, shot,
       [](CommandLine& line, const std::string& text) -> core::Status {
         auto view = anatomy::view_from_name(text);
         if (!view)
           return make_error("--view " + core::shortened(text) + ": must be " + one_of(view_names()));
         line.screenshot.view = *view;
         line.screenshot.view_given = true;
         return {};
       }});
  options.push_back({"--no-ui",
                     "",
                     "the anatomy alone, without the interface (bench too)",
                     Section::screenshot,
                     {Subcommand::screenshot, Subcommand::bench},
                     [](CommandLine& line, const std::string&) -> core::Status {
                       if (line.command == Subcommand::bench)
                         line.bench.show_ui = false;
                       else
                         line.screenshot.no_ui = true;
                       return {};
                     }});
  options.push_back(screenshot_flag("--transparent",
                                    "a transparent background (alpha 0) instead of the opaque default",
                                    &ScreenshotOptions::transparent));
  options.push_back({"--labels", "on|off",
                     "callouts, angle lines and muscle pulls on the anatomy (on with the interface, off with "
                     "--no-ui)",
                     Section::screenshot, shot,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       if (text != "on" && text != "off")
                         return make_error("--labels " + core::shortened(text) + ": must be on or off");
                       line.screenshot.labels = text == "on";
                       return {};
                     }});
  options.push_back({"--tour-step", "N", "show step N of the guided tour (from 1)", Section::screenshot, shot,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       const auto value = parse_number(text);
                       if (!value || *value < 1 || *value > 100 || std::floor(*value) != *value)
                         return make_error("--tour-step " + core::shortened(text) +
                                           ": expected a step number from 1");
                       line.screenshot.tour_step = static_cast<int>(*value);
                       return {};
                     }});
  options.push_back({"--quiz",
                     "",
                     "start the classroom quiz (Tour menu) at its first question",
                     Section::screenshot,
                     {Subcommand::window, Subcommand::screenshot},
                     [](CommandLine& line, const std::string&) -> core::Status {
                       if (!line.quiz_question) line.quiz_question = 1;
                       return {};
                     }});
  options.push_back({"--quiz-question",
                     "N",
                     "start the classroom quiz at question N (from 1)",
                     Section::screenshot,
                     {Subcommand::window, Subcommand::screenshot},
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       auto number = whole_number("--quiz-question", text, 1, 100);
                       if (!number) return number.error();
                       line.quiz_question = *number;
                       return {};
                     }});
  options.push_back(
      {"--quiz-answer", "ID", "answer the quiz question: a choice id, or the structure id clicked",
       Section::screenshot, shot, [](CommandLine& line, const std::string& text) -> core::Status {
         line.screenshot.quiz_answer = text;
         return {};
       }});
  options.push_back(screenshot_flag("--presentation", "presentation mode (large text, fewer panels)",
                                    &ScreenshotOptions::presentation));
  options.push_back(
      screenshot_flag("--ghost", "the reference posture as a ghost", &ScreenshotOptions::ghost));
  options.push_back(screenshot_flag("--xray",
                                    "muscles, tendons and skin see-through, bones and discs solid (default)",
                                    &ScreenshotOptions::xray));
  options.push_back(
      screenshot_flag("--no-xray", "muscles, tendons and skin drawn solid", &ScreenshotOptions::no_xray));
  options.push_back(screenshot_flag("--compare", "before and after side by side (the reference on the left)",
                                    &ScreenshotOptions::compare));
  options.push_back({"--reference-preset", "NAME", "the reference of --compare: a preset's muscle balance",
                     Section::screenshot, shot,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.screenshot.reference_preset = text;
                       return {};
                     }});
  options.push_back({"--reference-scenario", "FILE", "the reference of --compare: a scenario file",
                     Section::screenshot, shot,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.screenshot.reference_scenario = text;
                       return {};
                     }});
  options.push_back({"--select", "STRUCTURE_ID", "open the card of a structure (muscle.semimembranosus.r)",
                     Section::screenshot, shot,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.screenshot.select = text;
                       return {};
                     }});
  const std::string scales = number_text(ui::kMinFontScale) + ".." + number_text(ui::kMaxFontScale);
  options.push_back(
      {"--text-scale", scales, "text size (grows with the picture height unless given)", Section::screenshot,
       shot, [scales](CommandLine& line, const std::string& text) -> core::Status {
         const auto value = parse_number(text);
         if (!value || *value < ui::kMinFontScale || *value > ui::kMaxFontScale)
           return make_error("--text-scale " + core::shortened(text) + ": expected " +
                             number_text(ui::kMinFontScale) + " to " + number_text(ui::kMaxFontScale));
         line.screenshot.text_scale = static_cast<float>(*value);
         return {};
       }});
  options.push_back({"--ui-report",
                     "FILE",
                     "write what the interface showed as JSON (window too)",
                     Section::screenshot,
                     {Subcommand::screenshot, Subcommand::window},
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.ui_report = text;
                       return {};
                     }});
  return options;
}

std::vector<std::string_view> paper_names() {
  std::vector<std::string_view> names;
  for (const auto& entry : handout::kPaperNames.entries()) names.push_back(entry.name);
  return names;
}

std::vector<Option> handout_options() {
  const std::vector<Subcommand> sheet = {Subcommand::handout};
  std::vector<Option> options;
  options.push_back({"--out", "FILE.pdf", "the PDF to write (needed)", Section::handout, sheet,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       line.handout.out = text;
                       return {};
                     }});
  options.push_back({"--paper", alternatives(paper_names()),
                     "paper size: A4 (595x842 pt) or US Letter (612x792 pt) (a4)", Section::handout, sheet,
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       auto paper = handout::kPaperNames.from_name(text);
                       if (!paper)
                         return make_error("--paper " + core::shortened(text) +
                                           ": unknown paper size (must be " + one_of(paper_names()) + ")");
                       line.handout.paper = *paper;
                       return {};
                     }});
  options.push_back({"--note", "TEXT",
                     "the clinician's note for the patient, up to " + std::to_string(kMaxHandoutNoteBytes) +
                         " bytes (wins over the scenario's note)",
                     Section::handout, sheet, [](CommandLine& line, const std::string& text) -> core::Status {
                       if (text.size() > kMaxHandoutNoteBytes)
                         return make_error("--note: " + std::to_string(text.size()) +
                                           " bytes is too long for the page (at most " +
                                           std::to_string(kMaxHandoutNoteBytes) + ")");
                       line.handout.note = text;
                       return {};
                     }});
  return options;
}

std::vector<Option> other_options() {
  std::vector<Option> options;
  options.push_back({"--json",
                     "",
                     "print JSON instead of a table (bench too)",
                     Section::report,
                     {Subcommand::report, Subcommand::bench},
                     [](CommandLine& line, const std::string&) -> core::Status {
                       line.json = true;
                       return {};
                     }});
  options.push_back({"--frames",
                     "N",
                     "frames to time, 1 to " + std::to_string(kBenchMaxFrames) + " (120)",
                     Section::bench,
                     {Subcommand::bench},
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       auto frames = whole_number("--frames", text, 1, kBenchMaxFrames);
                       if (!frames) return frames.error();
                       line.bench.frames = *frames;
                       return {};
                     }});
  options.push_back({"--msaa",
                     "0|4",
                     "multisample antialiasing: 0 off, or 4 samples (4)",
                     Section::bench,
                     {Subcommand::bench},
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       // Mesa rounds a request for 1 or 2 samples up to 4, so only the two real choices are
                       // offered.
                       if (text != "0" && text != "4")
                         return make_error("--msaa " + core::shortened(text) + ": must be 0 (off) or 4");
                       line.bench.msaa_samples = text == "4" ? 4 : 0;
                       return {};
                     }});
  options.push_back({"--detail",
                     "full|moving",
                     "the meshes in full, or simplified as the window draws them while the picture moves "
                     "(full)",
                     Section::bench,
                     {Subcommand::bench},
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       if (text != "full" && text != "moving")
                         return make_error("--detail " + core::shortened(text) + ": must be full or moving");
                       line.bench.moving_detail = text == "moving";
                       return {};
                     }});
  std::vector<std::string_view> sweeps;
  for (const auto& entry : kBenchSweepNames.entries()) sweeps.push_back(entry.name);
  options.push_back({"--sweep",
                     alternatives(sweeps),
                     "what moves: the hamstring slider 100 -> 0 -> 100 with the pose following, the camera, "
                     "nothing, or everything a lesson changes, with resident memory sampled (soak) (slider)",
                     Section::bench,
                     {Subcommand::bench},
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       auto sweep = kBenchSweepNames.from_name(text);
                       if (!sweep)
                         return make_error("--sweep " + core::shortened(text) + ": must be " +
                                           kBenchSweepNames.names_listed());
                       line.bench.sweep = *sweep;
                       return {};
                     }});
  options.push_back({"--exit-after-frames",
                     "N",
                     "close the window after N frames",
                     Section::window,
                     {Subcommand::window},
                     [](CommandLine& line, const std::string& text) -> core::Status {
                       auto frames = whole_number("--exit-after-frames", text, 1, 1000000);
                       if (!frames) return frames.error();
                       line.exit_after_frames = *frames;
                       return {};
                     }});
  options.push_back({"--print-timing",
                     "",
                     "print the time from start to the first frame",
                     Section::window,
                     {Subcommand::window},
                     [](CommandLine& line, const std::string&) -> core::Status {
                       line.print_timing = true;
                       return {};
                     }});
  return options;
}

// Every option, declared once: the parser and --help both read this table.
const std::vector<Option>& option_table() {
  static const std::vector<Option> table = [] {
    std::vector<Option> all = state_options();
    for (auto* more : {&screenshot_options, &handout_options, &other_options})
      for (auto& option : more()) all.push_back(std::move(option));
    return all;
  }();
  return table;
}

bool accepts(const Option& option, Subcommand command) {
  for (Subcommand c : option.commands)
    if (c == command) return true;
  return false;
}

const Option* find_option(const std::string& name, Subcommand command) {
  for (const auto& option : option_table())
    if (option.name == name && accepts(option, command)) return &option;
  return nullptr;
}

std::string unknown_option(Subcommand command, const std::string& arg) {
  const std::string see = " (see posturelab --help)";
  switch (command) {
    case Subcommand::screenshot:
      return "screenshot: unknown option " + arg + see;
    case Subcommand::bench:
      return "bench: unknown option " + arg + see;
    case Subcommand::handout:
      return "handout: unknown option " + arg + see;
    case Subcommand::report:
      return "report: unknown option " + arg + see;
    case Subcommand::check_model:
      return "check-model takes one FILE, not " + arg + see;
    case Subcommand::window:
    case Subcommand::help:
    case Subcommand::version:
      break;
  }
  return "unknown option " + arg + see;
}

core::Result<CommandLine> parse(std::span<const std::string> args) {
  CommandLine line;
  std::size_t index = 0;
  if (!args.empty()) {
    const std::string& first = args[0];
    const std::map<std::string, Subcommand> subcommands = {
        {"screenshot", Subcommand::screenshot}, {"handout", Subcommand::handout},
        {"bench", Subcommand::bench},           {"check-model", Subcommand::check_model},
        {"report", Subcommand::report},         {"help", Subcommand::help},
        {"--help", Subcommand::help},           {"-h", Subcommand::help},
        {"--version", Subcommand::version},     {"version", Subcommand::version}};
    if (auto it = subcommands.find(first); it != subcommands.end()) {
      line.command = it->second;
      index = 1;
    } else if (first.rfind("-", 0) != 0) {
      return make_error(
          "unknown command '" + core::shortened(first) +
          "' (commands: report, screenshot, handout, bench, check-model; see posturelab --help)");
    }
  }
  if (line.command == Subcommand::help || line.command == Subcommand::version) {
    if (index < args.size())
      return make_error("'" + core::shortened(args[index]) + "': " + args[0] + " takes no arguments");
    return line;
  }
  std::set<std::string> given;  // an option given twice is a mistake to say, not a last-one-wins
  for (; index < args.size(); ++index) {
    const std::string& arg = args[index];
    if (arg == "--help" || arg == "-h") {
      line.command = Subcommand::help;
      return line;
    }
    if (const Option* option = find_option(arg, line.command)) {
      if (!given.insert(option->name).second) return make_error(arg + " is given twice; give it once");
      std::string value;
      if (!option->value.empty()) {
        if (index + 1 >= args.size() || args[index + 1].rfind("--", 0) == 0)
          return make_error(arg + " needs a value");
        value = args[++index];
      }
      if (auto status = option->apply(line, value); !status) return status.error();
      continue;
    }
    if (line.command == Subcommand::check_model && arg.rfind("-", 0) != 0 && line.model_file.empty()) {
      line.model_file = arg;
      continue;
    }
    return make_error(unknown_option(line.command, core::shortened(arg)));
  }
  if (line.command == Subcommand::check_model && line.model_file.empty())
    return make_error("check-model needs a FILE (.glb or .gltf)");
  if (line.command == Subcommand::screenshot && line.screenshot.out.empty())
    return make_error("screenshot needs --out FILE.png");
  if (line.command == Subcommand::handout && line.handout.out.empty())
    return make_error("handout needs --out FILE.pdf");
  return line;
}

// "  --name VALUE   help", the help wrapped under itself.
void append_option(std::string& text, const Option& option) {
  constexpr std::size_t kHelpColumn = 33, kWidth = 110;
  std::string head = "  " + option.name + (option.value.empty() ? "" : " " + option.value);
  if (head.size() + 1 > kHelpColumn) {
    text += head + "\n";
    head.clear();
  }
  head.resize(kHelpColumn, ' ');
  std::string line = head;
  std::size_t start = 0;
  const std::string& help = option.help;
  while (start < help.size()) {
    std::size_t end = help.find(' ', start);
    if (end == std::string::npos) end = help.size();
    const std::string word = help.substr(start, end - start);
    if (line.size() > kHelpColumn && line.size() + 1 + word.size() > kWidth) {
      text += line + "\n";
      line = std::string(kHelpColumn, ' ');
    }
    line += (line.size() > kHelpColumn ? " " : "") + word;
    start = end + 1;
  }
  text += line + "\n";
}

}  // namespace

core::Result<CommandLine> parse_command_line(std::span<const std::string> args) { return parse(args); }

std::vector<std::string> option_names() {
  std::vector<std::string> names;
  for (const auto& option : option_table()) names.push_back(option.name);
  return names;
}

std::string help_text() {
  std::string text =
      "PostureLab " + std::string(core::version()) +
      ": how muscle balance tilts the pelvis and loads the lumbar discs (an educational model)\n\n";
  text += R"(Usage:
  posturelab [state]                           open the window
  posturelab report [state] [--json]           print the model's outputs for a state (a table, or JSON)
  posturelab screenshot --out F.png [state] [screenshot options]
                                               render headless (no display needed) and write a PNG
  posturelab handout --out F.pdf [state] [--paper a4|letter] [--note TEXT] [--lang en|de]
                                               write the one-page patient handout (PDF) headless
  posturelab check-model FILE                  load and validate a model: 0 valid (one-line summary),
                                               2 invalid (the first problem on stderr)
  posturelab bench [--frames N] [--size WxH] [--msaa 0|4] [--detail full|moving] [--no-ui]
                    [--sweep slider|orbit|none|soak] [--json]
                                               time offscreen frames of a scripted scene
  posturelab --help | --version
)";
  const std::pair<Section, const char*> sections[] = {
      {Section::state,
       "State options (window, report, screenshot, handout, bench; defaults: the balanced state)"},
      {Section::screenshot, "Screenshot options"},
      {Section::handout, "Handout options"},
      {Section::report, "Report options"},
      {Section::bench, "Bench options"},
      {Section::window, "Window options for tests and measurements"},
  };
  for (const auto& [section, title] : sections) {
    text += std::string("\n") + title + ":\n";
    for (const auto& option : option_table())
      if (option.section == section) append_option(text, option);
  }
  text += "\nOut-of-range or malformed values are rejected (exit code 2), never clamped.\n";
  return text;
}

}  // namespace app
