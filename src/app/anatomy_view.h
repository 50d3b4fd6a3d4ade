#pragma once
// The anatomy as the viewer draws it: the loaded model, the pose the solved model asks for and the
// pose on screen gliding towards it (anatomy::PoseAnimator, the second of the two glides in
// session.h), the reference ghost, colours, layers, hover and selection. It only draws what the
// session holds: it takes the inputs and the session's solved results and never solves, and it
// recomputes its pose and colours only when those compare unequal.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/animation.h"
#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "app/layer_set.h"
#include "app/solved_model.h"
#include "biomech/inputs.h"
#include "render/anatomy_frame.h"
#include "render/scene_renderer.h"
#include "ui/ui_snapshot.h"

namespace app {

// How the anatomy looks this frame, besides its pose: the session's toggles and selection.
struct AnatomyLook {
  bool show_ghost = false;
  ui::MuscleColour muscle_colour = ui::MuscleColour::strength;
  // During fatigue playback the hamstrings are drawn with the strength they still have:
  // strength × (1 − fatigued fraction). nullopt: no playback.
  std::optional<double> hamstring_fatigue;
  std::string hovered, selected;  // structure ids, "" for none
};

class AnatomyView {
 public:
  // Loads models/lower_body.glb into the renderer; on failure the scene stays empty and
  // load_error() says why (the viewer still runs, showing the floor).
  void load(render::SceneRenderer& renderer);
  const std::optional<std::string>& load_error() const { return load_error_; }
  // How long load() took: reading and importing the file, uploading it and compiling its shaders.
  double load_ms() const { return load_ms_; }
  const anatomy::Scene* scene() const { return scene_.get(); }

  // The pose, ghost and colours for `inputs` as `solved` solved them (it must be up to date).
  void show(const biomech::Inputs& inputs, const SolvedModel& solved);
  void set_layers(const LayerSet& layers);
  // What the renderer is told to draw: to_render_layers() of the last set_layers().
  const render::Layers& drawn_layers() const { return layers_; }
  // Advances the glide, any clip and any crossfade between a clip and a still pose; `snap` jumps
  // straight to the target (headless frames).
  void update(float delta_s, bool snap);
  bool animating() const;

  // What the scene renderer draws this frame (pointers stay valid until the next update).
  render::AnatomyFrame frame(const AnatomyLook& look);
  // The reference state drawn on its own (the left of the before/after view): its pose and colours,
  // the same layers, no ghost, no selection.
  render::AnatomyFrame reference_frame(const AnatomyLook& look) const;
  const anatomy::PosedScene& posed() const { return pose_.posed(); }
  const anatomy::PoseParameters& pose() const { return pose_.current(); }
  // The scene in the pose the model asks for (where the glide will end): for framing the camera.
  anatomy::PosedScene target_posed() const { return anatomy::evaluate_pose(*scene_, rig_, pose_.target()); }
  // The reference posture (what the ghost shows): the teaching view frames it, the angle overlays
  // draw its lines faintly beside the current ones.
  const anatomy::PosedScene& reference_posed() const { return ghost_; }
  // The discs show the change from the reference (in standing and walking), not their pressure.
  bool discs_show_change() const { return disc_change_; }

 private:
  int index_of(const std::string& structure_id) const;
  void load_into(render::SceneRenderer& renderer);

  std::shared_ptr<const anatomy::Scene> scene_;
  anatomy::Rig rig_;
  std::optional<std::string> load_error_;
  double load_ms_ = 0.0;
  // What the pose and styles were computed for: the shown inputs and the reference's.
  std::optional<biomech::Inputs> shown_for_, reference_for_;
  anatomy::PoseAnimator pose_;
  anatomy::PoseParameters ghost_pose_;  // the reference state (balanced muscles, same activity)
  anatomy::PosedScene ghost_;
  bool disc_change_ = false;  // the discs show the change from the reference (discs_show_change)
  std::vector<render::StructureStyle> styles_;
  std::vector<render::StructureStyle> fatigued_styles_;   // styles_ with the fatigue applied
  std::vector<render::StructureStyle> reference_styles_;  // the reference's own colours
  std::optional<LayerSet> layers_for_;
  render::Layers layers_;  // to_render_layers(*layers_for_)
};

}  // namespace app
