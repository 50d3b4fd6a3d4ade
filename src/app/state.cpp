#include "app/state.h"

#include <nlohmann/json.hpp>

#include "biomech/input_fields.h"
#include "biomech/presets.h"
#include "core/log.h"
#include "core/text_position.h"

namespace app {

core::Result<biomech::Inputs> load_scenario(const std::filesystem::path& path, biomech::Inputs inputs) {
  auto read = read_scenario_file(path, inputs);
  if (!read) return read.error();
  for (const auto& warning : read->warnings) core::log_warning(warning);
  return read->scenario.inputs;
}

Scenario scenario_for_command_line(const ResolvedState& resolved, const CommandLine& line) {
  Scenario scenario = *resolved.scenario;
  scenario.inputs = resolved.inputs;
  if (line.state.language_given) scenario.language = line.state.language;
  if (line.screenshot.view_given) scenario.camera.reset();
  return scenario;
}

nlohmann::ordered_json inputs_json(const biomech::Inputs& in) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& field : biomech::kInputFields) j[std::string(field.key)] = in.*field.member;
  j["activity"] = std::string(biomech::activity_name(in.activity));
  j["mode"] = std::string(biomech::calibration_name(in.calibration));
  return j;
}

core::Result<biomech::Inputs> resolve_state(const StateOptions& options) {
  auto resolved = resolve_full_state(options);
  if (!resolved) return resolved.error();
  return resolved->inputs;
}

core::Result<ResolvedState> resolve_full_state(const StateOptions& options) {
  ResolvedState resolved;
  biomech::Inputs inputs = biomech::balanced_inputs();
  if (options.scenario) {
    auto read = read_scenario_file(*options.scenario, inputs);
    if (!read) return read.error();
    for (const auto& warning : read->warnings) core::log_warning(warning);
    inputs = read->scenario.inputs;
    resolved.scenario = std::move(read->scenario);
  }
  if (options.preset) {
    auto preset = biomech::apply_preset(*options.preset, inputs);
    if (!preset)
      return core::make_error("--preset " + core::shortened(*options.preset) + ": " + preset.error().message);
    inputs = *preset;
  }
  for (const auto& apply : options.overrides) apply(inputs);
  if (auto status = biomech::validate(inputs); !status) return status.error();
  resolved.inputs = inputs;
  return resolved;
}

}  // namespace app
