#include "app/layer_set.h"

#include <algorithm>

namespace app {
namespace {

std::size_t index_of(anatomy::Category category) { return static_cast<std::size_t>(category); }

// Shown or hidden by the user's choice: the structure's own override, else its group's, else its
// category's.
bool chosen_shown(const LayerSet& layers, const anatomy::Structure& s) {
  if (auto it = layers.structure_shown.find(s.id); it != layers.structure_shown.end()) return it->second;
  if (auto it = layers.group_shown.find(s.group); it != layers.group_shown.end()) return it->second;
  const std::size_t c = index_of(s.category);
  return c < layers.category_shown.size() ? layers.category_shown[c] : true;
}

// X-ray fades the soft tissue to show what lies beneath; with no bone or disc drawn (the muscles
// isolated) there is nothing beneath, and the muscles are drawn solid.
bool skeleton_drawn(const LayerSet& layers, const anatomy::Scene& scene) {
  return std::any_of(scene.structures.begin(), scene.structures.end(), [&](const anatomy::Structure& s) {
    return (s.category == anatomy::Category::bone || s.category == anatomy::Category::disc) &&
           chosen_shown(layers, s);
  });
}

// How a structure of `category` is drawn, given whether the user's choice shows it and whether the
// tour highlights it.
render::LayerMode drawn_mode(const LayerSet& layers, bool fade_soft_tissue, anatomy::Category category,
                             bool chosen, bool highlighted) {
  using render::LayerMode;
  // X-ray fades the soft tissue (muscles, tendons, skin) so the skeleton and the discs show, as
  // in every anatomy atlas; bones and discs stay solid.
  const bool see_through_kind = category == anatomy::Category::muscle ||
                                category == anatomy::Category::tendon || category == anatomy::Category::skin;
  const LayerMode mode = !chosen                                ? LayerMode::hidden
                         : fade_soft_tissue && see_through_kind ? LayerMode::xray
                                                                : LayerMode::shown;
  if (layers.highlighted.empty()) return mode;
  if (highlighted) return LayerMode::shown;
  if (category == anatomy::Category::skin) return LayerMode::hidden;
  return mode == LayerMode::hidden ? LayerMode::hidden : LayerMode::xray;
}

void hide_everything(LayerSet& layers) {
  layers.category_shown.fill(false);
  layers.group_shown.clear();
  layers.structure_shown.clear();
}

}  // namespace

bool is_highlighted(const std::vector<std::string>& highlighted, const std::string& id) {
  // A base id ("muscle.semimembranosus") stands for both sides.
  return std::any_of(highlighted.begin(), highlighted.end(),
                     [&](const std::string& base) { return id == base || id.rfind(base + ".", 0) == 0; });
}

void apply_layer_command(LayerSet& layers, const ui::LayerCommand& command) {
  using ui::LayerAction;
  using ui::LayerTargetKind;
  const bool isolate = command.action == LayerAction::isolate;
  const bool shown = command.action != LayerAction::hide;
  if (isolate) hide_everything(layers);
  switch (command.target) {
    case LayerTargetKind::category:
      if (index_of(command.category) < layers.category_shown.size())
        layers.category_shown[index_of(command.category)] = shown;
      break;
    case LayerTargetKind::group:
      layers.group_shown[command.name] = shown;
      break;
    case LayerTargetKind::structure:
      layers.structure_shown[command.name] = shown;
      break;
  }
}

void show_all_layers(LayerSet& layers) {
  LayerSet reset;
  reset.highlighted = std::move(layers.highlighted);
  layers = std::move(reset);
}

render::Layers to_render_layers(const LayerSet& layers, const anatomy::Scene& scene) {
  render::Layers drawn;
  const bool fade_soft_tissue = layers.xray && skeleton_drawn(layers, scene);
  // The category modes say what a structure without an override of its own looks like; every
  // structure that differs from its category gets its own entry.
  for (std::size_t c = 0; c < drawn.category.size(); ++c)
    drawn.category[c] = drawn_mode(layers, fade_soft_tissue, static_cast<anatomy::Category>(c),
                                   layers.category_shown[c], false);
  for (std::size_t i = 0; i < scene.structures.size(); ++i) {
    const anatomy::Structure& s = scene.structures[i];
    const render::LayerMode mode = drawn_mode(layers, fade_soft_tissue, s.category, chosen_shown(layers, s),
                                              is_highlighted(layers.highlighted, s.id));
    const std::size_t c = index_of(s.category);
    if (c >= drawn.category.size() || drawn.category[c] != mode) drawn.structure[static_cast<int>(i)] = mode;
  }
  return drawn;
}

ui::LayerCheckboxes to_checkboxes(const LayerSet& layers) {
  ui::LayerCheckboxes boxes;
  boxes.shown = layers.category_shown;
  boxes.xray = layers.xray;
  return boxes;
}

}  // namespace app
