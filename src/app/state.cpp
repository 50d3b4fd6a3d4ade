#include "app/state.h"

#include <nlohmann/json.hpp>

#include "biomech/input_fields.h"
#include "biomech/presets.h"
#include "core/file_io.h"
#include "core/text_position.h"

namespace app {

core::Result<biomech::Inputs> load_scenario(const std::filesystem::path& path, biomech::Inputs inputs) {
  auto text = core::read_file(path);
  if (!text) return core::make_error("scenario: " + text.error().message);
  const std::string where = "scenario " + path.string();
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte counts from 1 and points just past the offending character.
    return core::make_error(where + ": not valid JSON at " +
                            core::describe_position(*text, e.byte > 0 ? e.byte - 1 : 0));
  }
  if (!json.is_object()) return core::make_error(where + ": expected a JSON object of inputs");

  // Errors name the key and where it stands in the file, and never echo a long value whole.
  auto at = [&](const std::string& key) {
    const std::string position = core::describe_json_key(*text, key);
    return where + (position.empty() ? "" : " (" + position + ")");
  };
  for (const auto& [key, value] : json.items()) {
    if (const biomech::InputField* field = biomech::find_input_by_key(key)) {
      if (!value.is_number()) return core::make_error(at(key) + ": \"" + key + "\" must be a number");
      inputs.*field->member = value.get<double>();
      if (auto status = biomech::check_input(*field, inputs.*field->member); !status)
        return core::make_error(at(key) + ": " + status.error().message);
      continue;
    }
    if (key == "activity" || key == "mode") {
      if (!value.is_string()) return core::make_error(at(key) + ": \"" + key + "\" must be a string");
      const auto text_value = value.get<std::string>();
      if (key == "activity") {
        auto activity = biomech::activity_from_name(text_value);
        if (!activity)
          return core::make_error(at(key) + ": unknown activity \"" + core::shortened(text_value) + "\"");
        inputs.activity = *activity;
      } else {
        auto mode = biomech::calibration_from_name(text_value);
        if (!mode) return core::make_error(at(key) + ": mode must be \"article\" or \"evidence\"");
        inputs.calibration = *mode;
      }
      continue;
    }
    return core::make_error(at(key) + ": unknown key \"" + core::shortened(key) + "\"");
  }
  if (auto status = biomech::validate(inputs); !status)
    return core::make_error(where + ": " + status.error().message);
  return inputs;
}

nlohmann::ordered_json inputs_json(const biomech::Inputs& in) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& field : biomech::kInputFields) j[std::string(field.key)] = in.*field.member;
  j["activity"] = std::string(biomech::activity_name(in.activity));
  j["mode"] = std::string(biomech::calibration_name(in.calibration));
  return j;
}

core::Result<biomech::Inputs> resolve_state(const StateOptions& options) {
  biomech::Inputs inputs = biomech::balanced_inputs();
  if (options.scenario) {
    auto loaded = load_scenario(*options.scenario, inputs);
    if (!loaded) return loaded.error();
    inputs = *loaded;
  }
  if (options.preset) {
    auto preset = biomech::apply_preset(*options.preset, inputs);
    if (!preset)
      return core::make_error("--preset " + core::shortened(*options.preset) + ": " + preset.error().message);
    inputs = *preset;
  }
  for (const auto& apply : options.overrides) apply(inputs);
  if (auto status = biomech::validate(inputs); !status) return status.error();
  return inputs;
}

}  // namespace app
