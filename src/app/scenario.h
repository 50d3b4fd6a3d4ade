#pragma once
// A scenario file (.posturelab.json): the whole state a clinician or a teacher wants back, as small,
// versioned, human-readable JSON. It is a value made from the session and the camera when saved and
// applied to them when opened (Viewer::scenario, Viewer::open_scenario); the session stays the one
// owner of the live state.
//
//   {"format": "posturelab-scenario", "version": 1, "title": "...", "note": "...", "language": "de",
//    "inputs": {<the keys of report --json's "inputs">}, "reference": {<the same keys>} or null,
//    "compare": false, "camera": {"view": "side", "target_m": [x, y, z], "yaw_deg": ..., "pitch_deg":
//    ..., "distance_m": ..., "framed_aspect": ...}, "layers": {"xray": true, "categories": {"bone":
//    true, ...}, "groups": {"hamstrings": false}, "structures": {"muscle.psoas.l": false}},
//    "tour_step": 3 or null}
//
// Read strictly (scenario_reader.cpp): broken JSON, a newer version, a file over kMaxScenarioBytes,
// a wrong type or a value out of range opens nothing, and the message names the file, the key path
// and its line. Keys this version does not know are warnings, not errors: a newer PostureLab may
// have written them. A missing key keeps its default (balanced inputs, no reference, the default
// view). A file without "format" and "version" is the older form: an object of inputs only
// ({"hamstrings": 30, "mode": "evidence"}), read as before, an unknown key an error.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "anatomy/view_preset.h"
#include "app/layer_set.h"
#include "biomech/inputs.h"
#include "content/language.h"
#include "core/file_io.h"
#include "core/result.h"
#include "render/camera.h"

namespace app {

inline constexpr int kScenarioVersion = 1;
inline constexpr std::string_view kScenarioFormat = "posturelab-scenario";
inline constexpr std::string_view kScenarioExtension = ".posturelab.json";
// A scenario is a few kilobytes; anything far larger is not one.
inline constexpr std::uintmax_t kMaxScenarioBytes = 256 * 1024;
inline constexpr std::size_t kMaxTitleBytes = 200;
inline constexpr std::size_t kMaxNoteBytes = 8000;

struct ScenarioCamera {
  anatomy::ViewPreset view = anatomy::ViewPreset::side;  // the preset the camera was last set to
  std::optional<render::CameraPose> pose;                // none: that preset, framed as it frames
  bool operator==(const ScenarioCamera&) const = default;
};

struct Scenario {
  std::string title;
  std::string note;  // the clinician's note
  std::optional<content::Language> language;
  biomech::Inputs inputs;                    // the user's own state (outside the tour's borrowing)
  std::optional<biomech::Inputs> reference;  // a pinned reference; none: balanced muscles
  bool compare = false;                      // the before/after view
  std::optional<ScenarioCamera> camera;      // none: the teaching view
  LayerSet layers;                           // the user's layers; never the tour's highlights
  std::optional<int> tour_step;              // from 1, when the tour was running
  bool operator==(const Scenario&) const = default;
};

struct ScenarioRead {
  Scenario scenario;
  std::vector<std::string> warnings;  // unknown keys, each with where it stands
  bool versioned = true;              // false for the older form (inputs only)
};

// Parses a scenario's text; `where` names it in messages ("scenario F.posturelab.json"). Inputs
// the file does not name keep their values in `base`.
core::Result<ScenarioRead> parse_scenario(std::string_view text, const std::string& where,
                                          const biomech::Inputs& base);
// Reads and parses a file (at most kMaxScenarioBytes).
core::Result<ScenarioRead> read_scenario_file(const std::filesystem::path& path, const biomech::Inputs& base);

// The file's text: every key written, in a fixed order, two-space indented, ending in a newline.
std::string scenario_json(const Scenario& scenario);
// Writes atomically (core::write_file_atomically); `before_rename` as there, for tests.
core::Status save_scenario_file(const Scenario& scenario, const std::filesystem::path& path,
                                const core::BeforeRename& before_rename = {});

// `path` with the scenario extension added unless it already ends in ".json".
std::filesystem::path with_scenario_extension(const std::filesystem::path& path);

}  // namespace app
