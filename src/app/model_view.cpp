#include "app/model_view.h"

#include <algorithm>

#include "anatomy/gltf_importer.h"
#include "app/pose_from_model.h"

namespace app {
namespace {
constexpr float kGhostThreshold_deg = 0.75f;  // smaller differences would only blur the bones
}  // namespace

void ModelView::load(render::SceneRenderer& renderer) {
  auto path = anatomy::bundled_model_path();
  if (!path) {
    load_error_ = "no model: " + path.error().message + " (tools/modelgen generates models/lower_body.glb)";
    return;
  }
  auto scene = anatomy::load_model(*path);
  if (!scene) {
    load_error_ = scene.error().message;
    return;
  }
  auto shared = std::make_shared<const anatomy::Scene>(std::move(*scene));
  if (auto status = renderer.set_model(shared); !status) {
    load_error_ = status.error().message;
    return;
  }
  scene_ = std::move(shared);
  rig_ = anatomy::make_rig(*scene_);
  ghost_ = anatomy::evaluate_pose(*scene_, rig_, {});
  pose_.show_rest(*scene_, rig_);
  if (inputs_) set_inputs(*inputs_);
}

void ModelView::set_inputs(const biomech::Inputs& inputs) {
  if (inputs_ == inputs && !styles_.empty()) return;
  inputs_ = inputs;
  if (!scene_) return;
  auto outputs = biomech::solve(inputs);
  auto balanced = biomech::solve(biomech::balanced_inputs());
  if (!outputs || !balanced) return;  // inputs are validated before they get here
  pose_.set_target(pose_from_model(inputs, *outputs, *balanced, rig_, *scene_));
  styles_ = styles_from_model(*scene_, inputs, *outputs, *balanced);
  // The ghost is the same person in the same activity with balanced muscles, so what it shows is
  // exactly what the muscle imbalance changes.
  biomech::Inputs reference = biomech::balanced_inputs();
  reference.activity = inputs.activity;
  reference.load_kg = inputs.load_kg;
  reference.body_mass_kg = inputs.body_mass_kg;
  reference.height_m = inputs.height_m;
  reference.pelvic_incidence_deg = inputs.pelvic_incidence_deg;
  reference.calibration = inputs.calibration;
  if (auto reference_outputs = biomech::solve(reference)) {
    ghost_pose_ = pose_from_model(reference, *reference_outputs, *balanced, rig_, *scene_);
    ghost_ = anatomy::evaluate_pose(*scene_, rig_, ghost_pose_);
  }
}

void ModelView::update(float delta_s, bool snap) {
  if (!scene_) return;
  pose_.update(*scene_, rig_, delta_s, snap);
}

bool ModelView::animating() const { return scene_ && pose_.animating(); }

void ModelView::set_hamstring_fatigue(std::optional<double> fatigued_fraction) {
  hamstring_fatigue_ = fatigued_fraction;
  if (!fatigued_fraction || !scene_) return;
  fatigued_styles_ = styles_;
  for (std::size_t i = 0; i < scene_->structures.size() && i < fatigued_styles_.size(); ++i)
    if (scene_->structures[i].group == "hamstrings")
      fatigued_styles_[i].muscle_strength *=
          static_cast<float>(std::clamp(1.0 - *fatigued_fraction, 0.0, 1.0));
}

render::AnatomyFrame ModelView::frame() const {
  render::AnatomyFrame frame;
  if (!scene_) return frame;
  frame.pose = &pose_.posed();
  const bool differs = anatomy::pose_distance(pose_.current(), ghost_pose_) > kGhostThreshold_deg;
  // No ghost beside a clip, nor while fading out of one: it would stand still beside moving legs.
  const bool still = pose_.current().animation.empty() && !pose_.crossfading();
  frame.ghost = show_ghost_ && differs && still ? &ghost_ : nullptr;
  const auto& styles = hamstring_fatigue_ ? fatigued_styles_ : styles_;
  frame.styles = styles.empty() ? nullptr : &styles;
  frame.muscle_colouring = muscle_colouring_;
  frame.layers = layers_;
  frame.hovered = hovered_;
  frame.selected = selected_;
  return frame;
}

}  // namespace app
