#include "app/session.h"

#include <algorithm>

#include "biomech/presets.h"
#include "render/camera.h"

namespace app {
namespace {
// Playback speed of the fatigue view: one simulated minute per second of screen time.
constexpr float kFatigueSecondsPerSecond = 60.0f;
}  // namespace

biomech::Inputs tour_state_inputs(const content::TourState& state, const biomech::Inputs& current) {
  biomech::Inputs in = biomech::balanced_inputs();
  in.body_mass_kg = current.body_mass_kg;
  in.height_m = current.height_m;
  in.pelvic_incidence_deg = current.pelvic_incidence_deg;
  in.load_kg = current.load_kg;
  if (state.preset) {
    if (auto preset = biomech::apply_preset(*state.preset, in)) in = *preset;
  }
  for (const auto& [name, value] : state.sliders) {
    if (name == "hamstrings")
      in.hamstrings_pct = value;
    else if (name == "quadriceps")
      in.quadriceps_pct = value;
    else if (name == "hip-flexor-tightness")
      in.hip_flexor_tightness_pct = value;
    else if (name == "glutes")
      in.glutes_pct = value;
    else if (name == "abdominals")
      in.abdominals_pct = value;
  }
  if (auto activity = biomech::activity_from_name(state.activity)) in.activity = *activity;
  if (auto calibration = biomech::calibration_from_name(state.calibration)) in.calibration = *calibration;
  return in;
}

Session::Session(const content::Library* library, const biomech::Inputs& start, const Settings& settings)
    : library_(library), settings_(settings), history_(start), animator_(start) {
  solve_if_changed();
}

void Session::solve_if_changed() {
  const biomech::Inputs& shown = animator_.shown();
  if (solved_for_ && *solved_for_ == shown) return;
  solved_for_ = shown;
  auto solved = biomech::solve_with_standing_signs(shown);
  if (!solved) {
    model_error_ = solved.error().message;
    return;  // keep the last good outputs on screen
  }
  model_error_.clear();
  outputs_ = std::move(*solved);
  // Balanced muscles in the same activity, body and calibration: what "change from balanced" means.
  biomech::Inputs balanced = shown;
  const biomech::Inputs reference = biomech::balanced_inputs();
  balanced.hamstrings_pct = reference.hamstrings_pct;
  balanced.quadriceps_pct = reference.quadriceps_pct;
  balanced.hip_flexor_tightness_pct = reference.hip_flexor_tightness_pct;
  balanced.glutes_pct = reference.glutes_pct;
  balanced.abdominals_pct = reference.abdominals_pct;
  if (auto b = biomech::solve(balanced)) balanced_ = std::move(*b);
}

void Session::recompute_fatigue() {
  const biomech::Inputs& target = animator_.target();
  if (fatigue_series_ && fatigue_for_ && *fatigue_for_ == target) return;
  fatigue_for_ = target;
  auto series = biomech::simulate_fatigue(target, fatigue_task_, fatigue_duration_min_ * 60.0, 0.0, 5.0);
  if (series)
    fatigue_series_ = std::move(*series);
  else
    fatigue_series_.reset();
}

bool Session::update(float delta_s) {
  bool moving = animator_.update(delta_s);
  solve_if_changed();
  if (fatigue_playing_ && fatigue_series_ && !fatigue_series_->samples.empty()) {
    fatigue_time_s_ += delta_s * kFatigueSecondsPerSecond;
    const auto end = static_cast<float>(fatigue_series_->samples.back().time_s);
    if (fatigue_time_s_ >= end) {
      fatigue_time_s_ = end;
      fatigue_playing_ = false;
    }
    moving = true;
  }
  return moving || fatigue_playing_;
}

std::optional<double> Session::hamstring_fatigue() const {
  if (!fatigue_series_ || fatigue_series_->samples.empty() || (!fatigue_playing_ && fatigue_time_s_ <= 0.0f))
    return std::nullopt;
  const auto& samples = fatigue_series_->samples;
  auto it = std::upper_bound(samples.begin(), samples.end(), static_cast<double>(fatigue_time_s_),
                             [](double t, const biomech::FatigueSample& s) { return t < s.time_s; });
  const auto& sample = it == samples.begin() ? samples.front() : *(it - 1);
  return sample.hamstrings.fatigued;
}

ui::UiModel Session::ui_model(float window_w, float window_h) const {
  ui::UiModel m;
  m.library = library_;
  m.language = settings_.language;
  m.inputs = animator_.shown();
  m.outputs = outputs();
  m.balanced_outputs = balanced_outputs();
  m.model_error = model_error_;
  m.font_scale = settings_.font_scale;
  m.theme = settings_.theme;
  m.show_callouts = settings_.show_callouts;
  m.show_labels = settings_.show_labels;
  m.show_ghost = settings_.show_ghost;
  m.presentation = presentation_;
  m.can_undo = history_.can_undo();
  m.can_redo = history_.can_redo();
  m.layers = layers_;
  m.fatigue.task = fatigue_task_;
  m.fatigue.duration_min = fatigue_duration_min_;
  m.fatigue.playing = fatigue_playing_;
  m.fatigue.time_s = fatigue_time_s_;
  m.fatigue.series = fatigue_series_ ? &*fatigue_series_ : nullptr;
  m.tour.active = tour_active_;
  m.tour.step = tour_step_;
  m.tour.step_count = tour_step_count();
  m.hovered_structure = hovered_;
  m.selected_structure = selected_;
  m.anchors = anchors_;
  m.legends = legends_;
  m.article_overlay = article_overlay_;
  m.show_evidence = show_evidence_;
  m.highlighted = highlighted_;
  m.notice = notice_;
  m.window_w = window_w;
  m.window_h = window_h;
  return m;
}

ViewerEffects Session::enter_tour_step(int step, bool animate) {
  ViewerEffects effects;
  if (!library_) return effects;
  const auto steps = library_->tour(language());
  if (steps.empty()) return effects;
  tour_active_ = true;
  tour_step_ = std::clamp(step, 0, static_cast<int>(steps.size()) - 1);
  const content::TourStep& s = steps[static_cast<std::size_t>(tour_step_)];
  const biomech::Inputs target = tour_state_inputs(s.state, animator_.target());
  if (animate)
    animator_.animate_to(target, 1.2f);
  else
    animator_.jump_to(target);
  history_.commit(target);
  if (auto view = render::view_from_name(s.view)) effects.view = static_cast<ui::ViewRequest>(*view);
  highlighted_ = s.highlight;
  effects.selection_changed = true;
  solve_if_changed();
  return effects;
}

ViewerEffects Session::go_to_tour_step(int step, bool animate) { return enter_tour_step(step, animate); }

ViewerEffects Session::apply(const ui::UiActions& a) {
  ViewerEffects effects;
  if (a.set_inputs) animator_.jump_to(*a.set_inputs);
  if (a.animate_inputs) animator_.animate_to(*a.animate_inputs);
  if (a.commit_inputs) history_.commit(animator_.target());
  if (a.undo) effects = handle_key(SessionKey::undo);
  if (a.redo) effects = handle_key(SessionKey::redo);
  effects.view = a.view ? a.view : effects.view;
  effects.frame_model = effects.frame_model || a.frame_model;
  if (a.font_scale) {
    settings_.font_scale = std::clamp(*a.font_scale, ui::kMinFontScale, ui::kMaxFontScale);
    effects.style_changed = true;
  }
  if (a.theme) {
    settings_.theme = *a.theme;
    effects.style_changed = true;
  }
  if (a.language) settings_.language = *a.language;
  if (a.show_callouts) settings_.show_callouts = *a.show_callouts;
  if (a.show_labels) settings_.show_labels = *a.show_labels;
  if (a.show_ghost) settings_.show_ghost = *a.show_ghost;
  if (a.presentation) {
    presentation_ = *a.presentation;
    effects.style_changed = true;  // presentation mode uses larger text
  }
  for (const auto& command : a.layers) {
    effects.layers.push_back(command);
    const bool on = command.action == ui::LayerAction::show;
    auto set_category = [&](const std::string& category, bool value) {
      if (category == "bone") layers_.bones = value;
      if (category == "muscle") layers_.muscles = value;
      if (category == "disc") layers_.discs = value;
      if (category == "tendon") layers_.tendons = value;
      if (category == "skin") layers_.skin = value;
    };
    if (command.target == ui::LayerTarget::category) {
      if (command.action == ui::LayerAction::show || command.action == ui::LayerAction::hide)
        set_category(command.name, on);
      if (command.action == ui::LayerAction::isolate)
        for (const char* c : {"bone", "muscle", "disc", "tendon", "skin"}) set_category(c, command.name == c);
      if (command.action == ui::LayerAction::show_all) layers_ = ui::LayerState{};
      if (command.action == ui::LayerAction::xray_on) layers_.xray = true;
      if (command.action == ui::LayerAction::xray_off) layers_.xray = false;
    }
  }
  if (a.select_structure) {
    selected_ = *a.select_structure;
    effects.selection_changed = true;
  }
  if (a.tour_start) effects.view = handle_key(SessionKey::tour_start).view;
  if (a.tour_next) effects = handle_key(SessionKey::tour_next);
  if (a.tour_previous) effects = handle_key(SessionKey::tour_previous);
  if (a.tour_exit) {
    tour_active_ = false;
    highlighted_.clear();
    effects.selection_changed = true;
  }
  if (a.article_overlay) article_overlay_ = *a.article_overlay;
  if (a.show_evidence) show_evidence_ = *a.show_evidence;
  if (a.fatigue_task) fatigue_task_ = *a.fatigue_task;
  if (a.fatigue_duration_min) fatigue_duration_min_ = std::clamp(*a.fatigue_duration_min, 1.0f, 90.0f);
  if (a.fatigue_task || a.fatigue_duration_min) fatigue_series_.reset();
  if (a.fatigue_restart) fatigue_time_s_ = 0.0f;
  if (a.fatigue_play) {
    fatigue_playing_ = *a.fatigue_play;
    if (fatigue_playing_) {
      recompute_fatigue();
      if (fatigue_series_ && !fatigue_series_->samples.empty() &&
          fatigue_time_s_ >= static_cast<float>(fatigue_series_->samples.back().time_s))
        fatigue_time_s_ = 0.0f;
    }
  }
  if (!fatigue_playing_ && (a.fatigue_task || a.fatigue_duration_min || a.commit_inputs)) recompute_fatigue();
  solve_if_changed();
  return effects;
}

ViewerEffects Session::handle_key(SessionKey key) {
  ViewerEffects effects;
  switch (key) {
    case SessionKey::undo:
      if (auto state = history_.undo()) animator_.animate_to(*state, 0.4f);
      break;
    case SessionKey::redo:
      if (auto state = history_.redo()) animator_.animate_to(*state, 0.4f);
      break;
    case SessionKey::tour_start:
      effects = enter_tour_step(0, true);
      break;
    case SessionKey::tour_next:
      if (tour_active_) effects = enter_tour_step(tour_step_ + 1, true);
      break;
    case SessionKey::tour_previous:
      if (tour_active_) effects = enter_tour_step(tour_step_ - 1, true);
      break;
    case SessionKey::escape:
      if (presentation_) {
        presentation_ = false;
        effects.style_changed = true;
      } else if (tour_active_) {
        tour_active_ = false;
        highlighted_.clear();
        effects.selection_changed = true;
      } else if (!selected_.empty()) {
        selected_.clear();
        effects.selection_changed = true;
      }
      break;
    case SessionKey::toggle_presentation:
      presentation_ = !presentation_;
      effects.style_changed = true;
      break;
    case SessionKey::toggle_ghost:
      settings_.show_ghost = !settings_.show_ghost;
      break;
  }
  solve_if_changed();
  return effects;
}

}  // namespace app
