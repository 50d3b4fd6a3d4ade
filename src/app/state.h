#pragma once
// Turns the state options of the command line into the model's inputs:
// balanced -> scenario file -> preset -> single options, then validation.
#include <filesystem>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/cli.h"
#include "app/scenario.h"
#include "biomech/inputs.h"
#include "core/result.h"

namespace app {

// The state a command starts from, and the --scenario file it came from (for the window and
// screenshot, which apply the rest of it: reference, camera, layers, tour step, language).
struct ResolvedState {
  biomech::Inputs inputs;
  std::optional<Scenario> scenario;
};
// The scenario file's warnings (unknown keys) go to stderr; its errors come back.
core::Result<ResolvedState> resolve_full_state(const StateOptions& options);
core::Result<biomech::Inputs> resolve_state(const StateOptions& options);
// The --scenario file as the window and screenshot open it: with the inputs resolved from it and the
// command line (a preset and single options over the file's), and --lang and --view over its
// language and camera. `resolved` must hold a scenario.
Scenario scenario_for_command_line(const ResolvedState& resolved, const CommandLine& line);

// The inputs of a scenario file (scenario.h) onto `base`, e.g. for --reference-scenario: the
// versioned form's "inputs", or the older form's object of inputs. Errors name the file, the key
// and its line; warnings go to stderr.
core::Result<biomech::Inputs> load_scenario(const std::filesystem::path& path, biomech::Inputs base);

// The inputs as JSON with the same keys, one per row of biomech::kInputFields plus "activity" and
// "mode": what `report --json`, the UI report and scenario files share.
nlohmann::ordered_json inputs_json(const biomech::Inputs& inputs);

}  // namespace app
