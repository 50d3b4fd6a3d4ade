#include "render/scene_picture.h"

#include <algorithm>

namespace render {

ScenePicture picture_of(const SceneView& view) {
  ScenePicture p;
  p.camera = view.camera;
  p.width_px = view.width_px;
  p.height_px = view.height_px;
  p.show_grid = view.show_grid;
  p.transparent_background = view.transparent_background;
  p.clip_px = view.clip_px;
  for (const Prop& prop : view.props) {
    p.prop_boxes.push_back(prop.centre);
    p.prop_boxes.push_back(prop.half_size_m);
    p.prop_boxes.emplace_back(prop.colour.r, prop.colour.g, prop.colour.b);
  }
  const AnatomyFrame& a = view.anatomy;
  if (a.pose) p.pose = a.pose->world;
  if (a.ghost) p.ghost = a.ghost->world;
  if (a.styles) p.styles = *a.styles;
  p.muscle_colouring = a.muscle_colouring;
  p.disc_colouring = a.disc_colouring;
  p.category_modes = a.layers.category;
  p.structure_modes.assign(a.layers.structure.begin(), a.layers.structure.end());
  std::sort(p.structure_modes.begin(), p.structure_modes.end());
  p.isolate_category = a.layers.isolate_category;
  p.isolate_structure = a.layers.isolate_structure;
  p.hovered = a.hovered;
  p.selected = a.selected;
  p.detail = a.detail;
  return p;
}

}  // namespace render
