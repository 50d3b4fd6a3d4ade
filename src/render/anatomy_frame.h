#pragma once
// What the app tells the renderer about the anatomy each frame: the pose (as matrices), the
// per-structure appearance that carries meaning, layers, ghost, hover and selection. Plain values;
// the app fills them from the biomechanics model, render never sees biomech.
#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

#include "anatomy/pose.h"
#include "anatomy/scene.h"

namespace render {

// Appearance of one structure; index-aligned with anatomy::Scene::structures.
struct StructureStyle {
  float muscle_strength = 1.0f;  // muscles: 0 very weak .. 1 normal (muscle_strength_scale)
  float muscle_tension = 0.3f;   // muscles: 0 slack .. 1 taut (muscle_tension_scale)
  float disc_anterior = 0.2f;    // discs: the anterior edge, 0..1 of the frame's disc colouring
  float disc_posterior = 0.2f;   // discs: the posterior edge
  float posterior_load = 0.0f;   // vertebrae and discs: facet / posterior annulus load 0..1
  bool operator==(const StructureStyle&) const = default;
};

enum class MuscleColouring { anatomy, strength, tension };

// What the discs' colours say: their pressure (disc_pressure_scale), or the change of their load
// from the reference state (disc_change_scale, 0.5 = unchanged), front and back.
enum class DiscColouring { pressure, change };

enum class LayerMode { shown, hidden, xray };

// The meshes' level of detail: full, or the simplified meshes (moving_detail.h) for frames drawn
// while the picture moves, which nobody studies and whose cost decides how smooth a drag feels.
enum class Detail { full, moving };

struct Layers {
  // Indexed by anatomy::Category (anatomy::kCategories); every layer shown to begin with.
  std::array<LayerMode, anatomy::kCategoryCount> category = [] {
    std::array<LayerMode, anatomy::kCategoryCount> all{};
    all.fill(LayerMode::shown);
    return all;
  }();
  std::unordered_map<int, LayerMode> structure;       // overrides by structure index
  std::optional<anatomy::Category> isolate_category;  // only this category is drawn
  std::optional<int> isolate_structure;               // only this structure is drawn

  // How structure `index` is drawn: isolation first, then its own override, then its category's.
  LayerMode mode(const anatomy::Structure& s, int index) const;
  void set(anatomy::Category c, LayerMode m) { category[static_cast<std::size_t>(c)] = m; }
};

struct AnatomyFrame {
  const anatomy::PosedScene* pose = nullptr;            // null: rest pose
  const anatomy::PosedScene* ghost = nullptr;           // balanced pose drawn as a translucent ghost
  const std::vector<StructureStyle>* styles = nullptr;  // null: neutral
  MuscleColouring muscle_colouring = MuscleColouring::strength;
  DiscColouring disc_colouring = DiscColouring::pressure;
  Layers layers;
  int hovered = -1;   // structure index
  int selected = -1;  // structure index: outlined
  Detail detail = Detail::full;
};

}  // namespace render
