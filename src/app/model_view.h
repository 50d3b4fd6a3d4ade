#pragma once
// The anatomy as the viewer shows it: the loaded model, the pose the model's output asks for and
// the pose on screen gliding towards it, the balanced ghost, colours, layers, hover and selection.
// Recomputes only when the inputs change.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/animation.h"
#include "anatomy/pose.h"
#include "anatomy/scene.h"
#include "biomech/inputs.h"
#include "biomech/model.h"
#include "render/anatomy_frame.h"
#include "render/scene_renderer.h"

namespace app {

class ModelView {
 public:
  // Loads models/lower_body.glb into the renderer; on failure the scene stays empty and
  // load_error() says why (the viewer still runs, showing the floor).
  void load(render::SceneRenderer& renderer);
  const std::optional<std::string>& load_error() const { return load_error_; }
  bool has_model() const { return scene_ != nullptr; }
  const anatomy::Scene* scene() const { return scene_.get(); }

  void set_inputs(const biomech::Inputs& inputs);
  // Advances the glide, any clip and any crossfade between a clip and a still pose; `snap` jumps
  // straight to the target (headless frames).
  void update(float delta_s, bool snap);
  bool animating() const;

  // What the scene renderer draws this frame (pointers stay valid until the next update).
  render::AnatomyFrame frame() const;
  const anatomy::PosedScene& posed() const { return pose_.posed(); }
  const anatomy::PoseParameters& pose() const { return pose_.current(); }
  // The scene in the pose the model asks for (where the glide will end): for framing the camera.
  anatomy::PosedScene target_posed() const { return anatomy::evaluate_pose(*scene_, rig_, pose_.target()); }

  render::Layers& layers() { return layers_; }
  render::MuscleColouring& muscle_colouring() { return muscle_colouring_; }
  bool& show_ghost() { return show_ghost_; }
  // During fatigue playback the hamstrings are drawn with the strength they still have:
  // strength × (1 − fatigued fraction). nullopt: no playback.
  void set_hamstring_fatigue(std::optional<double> fatigued_fraction);
  void set_hovered(int structure) { hovered_ = structure; }
  void set_selected(int structure) { selected_ = structure; }
  int selected() const { return selected_; }

 private:
  std::shared_ptr<const anatomy::Scene> scene_;
  anatomy::Rig rig_;
  std::optional<std::string> load_error_;
  std::optional<biomech::Inputs> inputs_;
  anatomy::PoseAnimator pose_;
  anatomy::PoseParameters ghost_pose_;  // balanced muscles in the same activity
  anatomy::PosedScene ghost_;
  std::vector<render::StructureStyle> styles_;
  std::vector<render::StructureStyle> fatigued_styles_;  // styles_ with the fatigue applied
  std::optional<double> hamstring_fatigue_;
  render::Layers layers_;
  render::MuscleColouring muscle_colouring_ = render::MuscleColouring::strength;
  bool show_ghost_ = true;
  int hovered_ = -1, selected_ = -1;
};

}  // namespace app
