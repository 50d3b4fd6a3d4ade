#include "app/state.h"

#include <nlohmann/json.hpp>

#include "biomech/presets.h"
#include "core/file_io.h"

namespace app {

core::Result<biomech::Inputs> load_scenario(const std::filesystem::path& path, biomech::Inputs inputs) {
  auto text = core::read_file(path);
  if (!text) return core::make_error("scenario: " + text.error().message);
  const auto json = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  const std::string where = "scenario " + path.string();
  if (json.is_discarded()) return core::make_error(where + ": not valid JSON");
  if (!json.is_object()) return core::make_error(where + ": expected a JSON object of inputs");

  using biomech::Inputs;
  const std::pair<const char*, double Inputs::*> numeric[] = {
      {"hamstrings", &Inputs::hamstrings_pct},
      {"quadriceps", &Inputs::quadriceps_pct},
      {"hip_flexor_tightness", &Inputs::hip_flexor_tightness_pct},
      {"glutes", &Inputs::glutes_pct},
      {"abdominals", &Inputs::abdominals_pct},
      {"load_kg", &Inputs::load_kg},
      {"body_mass_kg", &Inputs::body_mass_kg},
      {"height_m", &Inputs::height_m},
      {"pelvic_incidence_deg", &Inputs::pelvic_incidence_deg},
  };
  for (const auto& [key, value] : json.items()) {
    bool known = false;
    for (const auto& [name, field] : numeric) {
      if (key != name) continue;
      known = true;
      if (!value.is_number()) return core::make_error(where + ": \"" + key + "\" must be a number");
      inputs.*field = value.get<double>();
    }
    if (known) continue;
    if (key == "activity" || key == "mode") {
      if (!value.is_string()) return core::make_error(where + ": \"" + key + "\" must be a string");
      const auto text_value = value.get<std::string>();
      if (key == "activity") {
        auto activity = biomech::activity_from_name(text_value);
        if (!activity) return core::make_error(where + ": unknown activity \"" + text_value + "\"");
        inputs.activity = *activity;
      } else {
        auto mode = biomech::calibration_from_name(text_value);
        if (!mode) return core::make_error(where + ": mode must be \"article\" or \"evidence\"");
        inputs.calibration = *mode;
      }
      continue;
    }
    return core::make_error(where + ": unknown key \"" + key + "\"");
  }
  if (auto status = biomech::validate(inputs); !status)
    return core::make_error(where + ": " + status.error().message);
  return inputs;
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
    if (!preset) return core::make_error("--preset " + *options.preset + ": " + preset.error().message);
    inputs = *preset;
  }
  for (const auto& apply : options.overrides) apply(inputs);
  if (auto status = biomech::validate(inputs); !status) return status.error();
  return inputs;
}

}  // namespace app
