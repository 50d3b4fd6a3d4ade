#pragma once
// Everything a SceneView's picture depends on, held by value (the pose and styles it points at are
// copied), so a frame can tell that the 3D picture would come out as the last one did and keep it:
// when only the interface changes (a hover over a panel, a menu, typing a note), the scene's passes
// are the frame's cost and none of them would change a pixel.
#include <array>
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "render/anatomy_frame.h"
#include "render/camera.h"
#include "render/scene_renderer.h"

namespace render {

struct ScenePicture {
  OrbitCamera camera;
  int width_px = 0, height_px = 0;
  bool show_grid = true, transparent_background = false;
  std::optional<std::array<int, 4>> clip_px;
  std::vector<glm::vec3> prop_boxes;  // centre, half size and colour of each prop, in turn
  // The anatomy: the poses' world matrices (the skin matrices follow from them), styles, looks.
  std::optional<std::vector<glm::mat4>> pose, ghost;
  std::optional<std::vector<StructureStyle>> styles;
  MuscleColouring muscle_colouring = MuscleColouring::strength;
  DiscColouring disc_colouring = DiscColouring::pressure;
  std::array<LayerMode, anatomy::kCategoryCount> category_modes{};
  std::vector<std::pair<int, LayerMode>> structure_modes;  // sorted by structure
  std::optional<anatomy::Category> isolate_category;
  std::optional<int> isolate_structure;
  int hovered = -1, selected = -1;
  Detail detail = Detail::full;
  bool operator==(const ScenePicture&) const = default;
};

ScenePicture picture_of(const SceneView& view);

}  // namespace render
