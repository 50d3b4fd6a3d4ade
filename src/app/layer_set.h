#pragma once
// Which parts of the anatomy are drawn, held once: the session owns one LayerSet, the layers panel
// shows to_checkboxes() of it and the renderer draws to_render_layers() of it, so the two can never
// disagree. Isolating is hiding the rest (isolate the muscles, then tick the bones: both show). The
// tour's highlights lie on top of the user's choice and leave it as it was when the tour ends.
#include <array>
#include <map>
#include <string>
#include <vector>

#include "anatomy/scene.h"
#include "render/anatomy_frame.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace app {

struct LayerSet {
  // By anatomy::Category: bone, muscle, tendon, disc, skin.
  std::array<bool, anatomy::kCategoryCount> category_shown{true, true, true, true, true};
  // Soft tissue (muscles, tendons, skin) drawn see-through so the skeleton and the discs read. On
  // by default: the teaching view shows the pelvis, the spine and the discs through the muscles.
  bool xray = true;
  std::map<std::string, bool> group_shown;      // by muscle group ("hamstrings"): wins over the category
  std::map<std::string, bool> structure_shown;  // by structure id: wins over its group and category
  // The tour step's structures ("muscle.semimembranosus" stands for both sides): drawn solid while
  // everything else drawn turns to x-ray (so the discs show through the ilium) and the skin is
  // hidden. Empty outside the tour.
  std::vector<std::string> highlighted;

  bool operator==(const LayerSet&) const = default;
};

// Show, hide or isolate a category, a muscle group or a structure.
// Whether structure `id` is one of `highlighted` (a base id such as "muscle.semimembranosus" stands
// for both sides).
bool is_highlighted(const std::vector<std::string>& highlighted, const std::string& id);

void apply_layer_command(LayerSet& layers, const ui::LayerCommand& command);
// Every choice of the user back to the default (all shown, no x-ray); the tour's highlights stay.
void show_all_layers(LayerSet& layers);

render::Layers to_render_layers(const LayerSet& layers, const anatomy::Scene& scene);
ui::LayerCheckboxes to_checkboxes(const LayerSet& layers);

}  // namespace app
