#pragma once
// The command line of docs/DESIGN.md, parsed into a value. Every option is declared once, in one table
// (cli.cpp) that both the parser and --help read, in the shape of Corrade's Utility::Arguments; the
// state options are generated from biomech's table of input fields, so a new input is a new option.
// Parsing never exits or prints: bad input comes back as an error whose message names the option and
// what was wrong, and main() exits with 2.
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "anatomy/view_preset.h"
#include "biomech/inputs.h"
#include "content/language.h"
#include "core/enum_names.h"
#include "core/result.h"
#include "handout/page.h"

namespace app {

enum class Subcommand { window, report, screenshot, handout, check_model, bench, help, version };

// The model state any subcommand can start from: balanced, then a scenario file, then a preset,
// then the single options, each overriding the one before whatever their order on the line.
struct StateOptions {
  std::optional<std::string> preset;
  std::optional<std::filesystem::path> scenario;
  // The single options (--hamstrings 40 ...), in command-line order; see state.h.
  std::vector<std::function<void(biomech::Inputs&)>> overrides;
  content::Language language = content::Language::en;
  bool language_given = false;  // --lang wins over a scenario's language and the settings'
};

struct ScreenshotOptions {
  std::filesystem::path out;
  int width_px = 1280;
  int height_px = 720;
  anatomy::ViewPreset view = anatomy::ViewPreset::side;
  bool view_given = false;  // --view wins over a scenario's camera
  bool no_ui = false;
  bool transparent = false;    // the background left see-through (alpha 0); opaque otherwise
  std::optional<bool> labels;  // callouts, angles and pulls; by default with the interface only
  // What the interface shows, so any screen can be captured headless.
  std::optional<int> tour_step;            // 1-based step of the guided tour
  std::optional<std::string> quiz_answer;  // the quiz question answered: a choice id or a structure id
  bool presentation = false;
  bool ghost = false;
  bool xray = false;                            // soft tissue see-through (the default; kept for scripts)
  bool no_xray = false;                         // soft tissue solid
  std::optional<std::string> select;            // a structure id whose card is open
  float text_scale = 0.0f;                      // 0 = grows with the picture height
  bool compare = false;                         // before and after side by side
  std::optional<std::string> reference_preset;  // the left side: a preset's muscles
  std::optional<std::filesystem::path> reference_scenario;  // or a scenario file
};

// `posturelab handout`: the patient handout as a one-page PDF (app/handout.h).
struct HandoutOptions {
  std::filesystem::path out;
  handout::Paper paper = handout::Paper::a4;
  std::optional<std::string> note;  // the clinician's note; wins over a scenario's
};

// What the bench's scripted scene does over its frames.
enum class BenchSweep {
  slider,  // the hamstring slider dragged 100 -> 0 -> 100, the pose following (the default)
  orbit,   // the camera orbits, the inputs stay
  none,    // nothing moves: every frame draws the same picture
  soak     // a lesson compressed (app/soak_script.h); resident memory sampled as it runs
};
inline constexpr auto kBenchSweepNames = core::enum_names<BenchSweep>({{BenchSweep::slider, "slider"},
                                                                       {BenchSweep::orbit, "orbit"},
                                                                       {BenchSweep::none, "none"},
                                                                       {BenchSweep::soak, "soak"}});
static_assert(kBenchSweepNames.is_one_to_one());

struct BenchOptions {
  int frames = 120;
  int width_px = 1280;
  int height_px = 720;
  int msaa_samples = 4;  // 0 (off) or 4; Mesa would round a request for 1 up to 4
  // The simplified meshes the window draws while the picture moves (render/moving_detail.h).
  bool moving_detail = false;
  bool show_ui = true;
  BenchSweep sweep = BenchSweep::slider;
};
// The bench's largest frame is 8K UHD; more frames than this would run for hours in software GL.
inline constexpr int kBenchMaxWidth_px = 7680, kBenchMaxHeight_px = 4320;
inline constexpr int kBenchMaxFrames = 10000;

struct CommandLine {
  Subcommand command = Subcommand::window;
  StateOptions state;
  ScreenshotOptions screenshot;
  HandoutOptions handout;
  BenchOptions bench;
  bool json = false;
  std::filesystem::path model_file;  // check-model FILE
  // Window only, for tests and measurements: close after N frames; print time to first frame.
  int exit_after_frames = 0;
  // Window and screenshot: the classroom quiz started at this question (from 1); --quiz is 1.
  std::optional<int> quiz_question;
  bool print_timing = false;
  // Screenshot and window: write what the interface showed (windows, callouts...) as JSON.
  std::filesystem::path ui_report;
};

// `args` excludes the program name.
core::Result<CommandLine> parse_command_line(std::span<const std::string> args);
// Generated from the option table: the usage lines, then every option with its value and meaning.
std::string help_text();
// Every option's name ("--hamstrings"), in the order --help lists them.
std::vector<std::string> option_names();

// Strict number parsing shared by the command line and the files the app reads: the whole text must
// be a finite number, no trailing characters.
std::optional<double> parse_number(std::string_view text);
// "1280x720" -> {1280, 720}; each side 16..8192.
std::optional<std::pair<int, int>> parse_size(std::string_view text);

}  // namespace app
