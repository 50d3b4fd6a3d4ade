#pragma once
// The interactive state of one PostureLab window or screenshot, kept apart from GL and ImGui so it
// can be tested: the inputs (animated, with undo/redo), the model's outputs recomputed only on
// change, the guided tour, the fatigue playback, the article step, settings. It turns the UI's
// actions into state changes and tells the viewer what to do with the camera, fonts and layers.
#include <optional>
#include <string>
#include <vector>

#include "app/settings.h"
#include "biomech/fatigue.h"
#include "biomech/model.h"
#include "content/library.h"
#include "ui/history.h"
#include "ui/input_animator.h"
#include "ui/ui_model.h"

namespace app {

// What the viewer must carry out after an action (camera, fonts, the 3D layers).
struct ViewerEffects {
  std::optional<ui::ViewRequest> view;
  bool frame_model = false;
  bool style_changed = false;  // font scale or theme: rebuild the font atlas
  std::vector<ui::LayerCommand> layers;
  bool selection_changed = false;
};

enum class SessionKey {
  undo,
  redo,
  tour_start,
  tour_next,
  tour_previous,
  escape,
  toggle_presentation,
  toggle_ghost
};

class Session {
 public:
  Session(const content::Library* library, const biomech::Inputs& start, const Settings& settings);

  // Advances animations by delta_s; true while something on screen still changes.
  bool update(float delta_s);

  // The state the UI draws this frame. `anchors` and hover/selection come from the viewer.
  ui::UiModel ui_model(float window_w, float window_h) const;
  ViewerEffects apply(const ui::UiActions& actions);
  ViewerEffects handle_key(SessionKey key);

  const biomech::Inputs& shown_inputs() const { return animator_.shown(); }
  const biomech::Inputs& target_inputs() const { return animator_.target(); }
  const biomech::Outputs* outputs() const { return outputs_ ? &*outputs_ : nullptr; }
  const biomech::Outputs* balanced_outputs() const { return balanced_ ? &*balanced_ : nullptr; }
  const Settings& settings() const { return settings_; }
  bool presentation() const { return presentation_; }
  const std::vector<std::string>& highlighted() const { return highlighted_; }
  const std::string& selected_structure() const { return selected_; }
  void set_hovered(std::string id) { hovered_ = std::move(id); }
  void set_selected(std::string id) { selected_ = std::move(id); }
  void set_anchors(std::vector<ui::ScreenAnchor> anchors) { anchors_ = std::move(anchors); }
  void set_legends(std::vector<ui::Legend> legends) { legends_ = std::move(legends); }
  void set_notice(std::string notice) { notice_ = std::move(notice); }
  ui::LayerState& layer_state() { return layers_; }
  bool tour_active() const { return tour_active_; }
  bool fatigue_playing() const { return fatigue_playing_; }
  const std::string& hovered_structure() const { return hovered_; }
  int tour_step_count() const { return library_ ? static_cast<int>(library_->tour(language()).size()) : 0; }
  int tour_step() const { return tour_step_; }
  // Hamstring fatigue (0..1) at the playback position, when the fatigue view has a series.
  std::optional<double> hamstring_fatigue() const;

  // Jumps (no glide) to a tour step: for screenshots of the tour.
  ViewerEffects go_to_tour_step(int step, bool animate);

 private:
  void solve_if_changed();
  void recompute_fatigue();
  ViewerEffects enter_tour_step(int step, bool animate);
  content::Language language() const { return settings_.language; }

  const content::Library* library_;
  Settings settings_;
  ui::InputHistory history_;
  ui::InputAnimator animator_;
  std::optional<biomech::Inputs> solved_for_;
  std::optional<biomech::Outputs> outputs_;
  std::optional<biomech::Outputs> balanced_;
  std::string model_error_;
  bool presentation_ = false;
  bool tour_active_ = false;
  int tour_step_ = 0;
  std::vector<std::string> highlighted_;
  int article_overlay_ = 0;
  bool show_evidence_ = true;
  ui::LayerState layers_;
  std::string hovered_, selected_, notice_;
  std::vector<ui::ScreenAnchor> anchors_;
  std::vector<ui::Legend> legends_;
  // Fatigue playback: the series is recomputed when the task, duration or inputs change.
  biomech::Task fatigue_task_ = biomech::Task::walk;
  float fatigue_duration_min_ = 20.0f;
  bool fatigue_playing_ = false;
  float fatigue_time_s_ = 0.0f;
  std::optional<biomech::FatigueSeries> fatigue_series_;
  std::optional<biomech::Inputs> fatigue_for_;
};

// A tour step's target state: balanced (or the preset), then its slider values, activity and
// calibration. Body data and PI are kept from `current`.
biomech::Inputs tour_state_inputs(const content::TourState& state, const biomech::Inputs& current);

}  // namespace app
