#include "app/anatomy_view.h"

#include <algorithm>
#include <chrono>

#include "anatomy/gltf_importer.h"
#include "app/pose_from_model.h"

namespace app {
namespace {
constexpr float kGhostThreshold_deg = 0.75f;  // smaller differences would only blur the bones

render::MuscleColouring renderer_colouring(ui::MuscleColour colour) {
  switch (colour) {
    case ui::MuscleColour::natural:
      return render::MuscleColouring::anatomy;
    case ui::MuscleColour::strength:
      return render::MuscleColouring::strength;
    case ui::MuscleColour::tension:
      return render::MuscleColouring::tension;
  }
  return render::MuscleColouring::strength;
}
}  // namespace

void AnatomyView::load(render::SceneRenderer& renderer) {
  const auto start = std::chrono::steady_clock::now();
  load_into(renderer);
  load_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void AnatomyView::load_into(render::SceneRenderer& renderer) {
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
}

void AnatomyView::show(const biomech::Inputs& inputs, const SolvedModel& solved) {
  if (!scene_ || !solved.current()) return;
  const biomech::Inputs* reference = solved.reference_inputs();
  if (shown_for_ == inputs && reference && reference_for_ == *reference) return;
  shown_for_ = inputs;
  const biomech::Outputs& rest = solved.rest_reference();
  pose_.set_target(pose_from_model(inputs, *solved.current(), rest, rig_));
  disc_change_ = app::discs_show_change(inputs.activity) && solved.reference();
  styles_ = styles_from_model(*scene_, inputs, *solved.current(), rest,
                              disc_change_ ? solved.reference() : nullptr);
  if (reference && solved.reference()) {
    reference_for_ = *reference;
    // The ghost is the reference (by default the same person in the same activity with balanced
    // muscles), so what it shows is exactly what the muscle imbalance changes.
    ghost_pose_ = pose_from_model(*reference, *solved.reference(), rest, rig_);
    ghost_ = anatomy::evaluate_pose(*scene_, rig_, ghost_pose_);
    reference_styles_ = styles_from_model(*scene_, *reference, *solved.reference(), rest,
                                          disc_change_ ? solved.reference() : nullptr);
  }
}

void AnatomyView::set_layers(const LayerSet& layers) {
  if (!scene_ || layers_for_ == layers) return;
  layers_for_ = layers;
  layers_ = to_render_layers(layers, *scene_);
}

void AnatomyView::update(float delta_s, bool snap) {
  if (!scene_) return;
  pose_.update(*scene_, rig_, delta_s, snap);
}

bool AnatomyView::animating() const { return scene_ && pose_.animating(); }

int AnatomyView::index_of(const std::string& structure_id) const {
  if (!scene_ || structure_id.empty()) return -1;
  return scene_->find_structure(structure_id).value_or(-1);
}

render::AnatomyFrame AnatomyView::reference_frame(const AnatomyLook& look) const {
  render::AnatomyFrame frame;
  if (!scene_) return frame;
  frame.pose = &ghost_;
  frame.styles = reference_styles_.empty() ? nullptr : &reference_styles_;
  frame.muscle_colouring = renderer_colouring(look.muscle_colour);
  frame.disc_colouring = disc_change_ ? render::DiscColouring::change : render::DiscColouring::pressure;
  frame.layers = layers_;
  return frame;
}

render::AnatomyFrame AnatomyView::frame(const AnatomyLook& look) {
  render::AnatomyFrame frame;
  if (!scene_) return frame;
  frame.pose = &pose_.posed();
  const bool differs = anatomy::pose_distance(pose_.current(), ghost_pose_) > kGhostThreshold_deg;
  // No ghost beside a clip, nor while fading out of one: it would stand still beside moving legs.
  const bool still = pose_.current().animation.empty() && !pose_.crossfading();
  frame.ghost = look.show_ghost && differs && still ? &ghost_ : nullptr;
  const std::vector<render::StructureStyle>* styles = &styles_;
  if (look.hamstring_fatigue) {
    fatigued_styles_ = styles_;
    const auto still_available = static_cast<float>(std::clamp(1.0 - *look.hamstring_fatigue, 0.0, 1.0));
    for (std::size_t i = 0; i < scene_->structures.size() && i < fatigued_styles_.size(); ++i)
      if (scene_->structures[i].group == "hamstrings") fatigued_styles_[i].muscle_strength *= still_available;
    styles = &fatigued_styles_;
  }
  frame.styles = styles->empty() ? nullptr : styles;
  frame.muscle_colouring = renderer_colouring(look.muscle_colour);
  frame.disc_colouring = disc_change_ ? render::DiscColouring::change : render::DiscColouring::pressure;
  frame.layers = layers_;
  frame.hovered = index_of(look.hovered);
  frame.selected = index_of(look.selected);
  return frame;
}

}  // namespace app
