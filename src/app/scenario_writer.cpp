// Writes scenario files (scenario.h): every key, in a fixed order, so two saves of one state are the
// same bytes and a person can read and diff them.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "app/scenario.h"
#include "app/state.h"

namespace app {
namespace {
using Json = nlohmann::ordered_json;

// The shortest decimal that reads back as the same float: 0.9, not 0.8999999761581421.
double shortest(float value) {
  for (int digits = 6; digits <= 9; ++digits) {
    char text[32];
    std::snprintf(text, sizeof text, "%.*g", digits, static_cast<double>(value));
    const double back = std::strtod(text, nullptr);
    if (static_cast<float>(back) == value) return back;
  }
  return static_cast<double>(value);
}

Json layers_json(const LayerSet& layers) {
  Json categories = Json::object();
  for (const auto& info : anatomy::kCategories)
    categories[std::string(info.name)] = layers.category_shown[static_cast<std::size_t>(info.category)];
  Json groups = Json::object(), structures = Json::object();
  for (const auto& [name, on] : layers.group_shown) groups[name] = on;
  for (const auto& [id, on] : layers.structure_shown) structures[id] = on;
  return Json{
      {"xray", layers.xray}, {"categories", categories}, {"groups", groups}, {"structures", structures}};
}

Json camera_json(const ScenarioCamera& camera) {
  Json j{{"view", std::string(anatomy::view_name(camera.view))}};
  if (!camera.pose) return j;
  const render::CameraPose p = render::clamped(*camera.pose);  // what the reader accepts
  j["target_m"] = Json::array({shortest(p.target.x), shortest(p.target.y), shortest(p.target.z)});
  j["yaw_deg"] = shortest(p.yaw_deg);
  j["pitch_deg"] = shortest(p.pitch_deg);
  j["distance_m"] = shortest(p.distance_m);
  j["framed_aspect"] = shortest(p.framed_aspect);
  return j;
}
}  // namespace

std::string scenario_json(const Scenario& s) {
  Json j = Json::object();
  j["format"] = std::string(kScenarioFormat);
  j["version"] = kScenarioVersion;
  j["title"] = s.title;
  j["note"] = s.note;
  j["language"] = s.language ? Json(std::string(content::language_code(*s.language))) : Json(nullptr);
  j["inputs"] = inputs_json(s.inputs);
  j["reference"] = s.reference ? Json(inputs_json(*s.reference)) : Json(nullptr);
  j["compare"] = s.compare;
  j["camera"] = s.camera ? camera_json(*s.camera) : Json(nullptr);
  j["layers"] = layers_json(s.layers);
  j["tour_step"] = s.tour_step ? Json(*s.tour_step) : Json(nullptr);
  return j.dump(2) + "\n";
}

core::Status save_scenario_file(const Scenario& scenario, const std::filesystem::path& path,
                                const core::BeforeRename& before_rename) {
  return core::write_file_atomically(path, scenario_json(scenario), before_rename);
}

std::filesystem::path with_scenario_extension(const std::filesystem::path& path) {
  if (path.extension() == ".json") return path;
  std::filesystem::path named = path;
  named += std::string(kScenarioExtension);
  return named;
}

}  // namespace app
