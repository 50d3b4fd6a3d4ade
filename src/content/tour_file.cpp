#include <algorithm>

#include "content/loaders.h"

namespace content {

// The state a step (or a quiz question) animates to. Its names (preset, sliders, activity,
// calibration) belong to the model, so only their shape is checked here.
core::Result<TourState> load_state(const ContentFile& file, const Json& item, const std::string& id,
                                   std::string_view member) {
  const auto found = item.find(member);
  if (found == item.end() || !found->is_object())
    return file.error(id, "missing object '" + std::string(member) + "'");
  const Json& state = *found;
  TourState out;
  if (state.contains("preset")) {
    auto preset = file.string(state, id, "preset");
    if (!preset) return preset.error();
    out.preset = *preset;
  }
  if (state.contains("sliders")) {
    const Json& sliders = state.at("sliders");
    if (!sliders.is_object()) return file.error(id, "'sliders' must map slider names to values");
    for (const auto& [name, value] : sliders.items()) {
      if (!value.is_number()) return file.error(id, "slider '" + name + "' needs a number");
      out.sliders.emplace_back(name, value.get<double>());
    }
  }
  if (!out.preset && out.sliders.empty()) return file.error(id, "the state needs a 'preset' or 'sliders'");
  auto activity = file.string(state, id, "activity");
  if (!activity) return activity.error();
  out.activity = *activity;
  auto calibration = file.string(state, id, "calibration");
  if (!calibration) return calibration.error();
  out.calibration = *calibration;
  return out;
}

core::Result<std::vector<TourStep>> load_tour(const ContentDir& dir, std::span<const Structure> structures,
                                              std::span<const Overlay> overlays) {
  auto file = dir.read("tour.json");
  if (!file) return file.error();
  auto steps =
      load_list<TourStep>(*file, file->root(), "", "steps", "id",
                          [&](const Json& item, const std::string& id) -> core::Result<TourStep> {
                            TourStep step;
                            step.id = id;
                            auto view = file->string(item, id, "view");
                            if (!view) return view.error();
                            step.view = *view;
                            auto state = load_state(*file, item, id, "state");
                            if (!state) return state.error();
                            step.state = std::move(*state);
                            auto highlight = file->string_list(item, id, "highlight");
                            if (!highlight) return highlight.error();
                            for (const std::string& h : *highlight)
                              if (!structure_exists(structures, h))
                                return file->error(id, "highlight '" + h + "' is not in structures.json");
                            step.highlight = *highlight;
                            auto overlay = file->string(item, id, "overlay");
                            if (!overlay) return overlay.error();
                            if (std::none_of(overlays.begin(), overlays.end(),
                                             [&](const Overlay& o) { return o.id == *overlay; }))
                              return file->error(id, "overlay '" + *overlay + "' is not in article.json");
                            step.overlay = *overlay;
                            auto callouts = file->string_list(item, id, "callouts");
                            if (!callouts) return callouts.error();
                            step.callouts = *callouts;
                            return step;
                          });
  if (!steps) return steps.error();
  if (steps->empty()) return file->error("steps", "the tour has no steps");
  return steps;
}

}  // namespace content
