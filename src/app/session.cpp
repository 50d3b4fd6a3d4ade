#include "app/session.h"

#include <algorithm>

#include "biomech/input_fields.h"
#include "biomech/presets.h"

namespace app {

void ViewerEffects::merge(const ViewerEffects& later) {
  if (later.view) view = later.view;
  frame_model = frame_model || later.frame_model;
  style_changed = style_changed || later.style_changed;
  if (later.camera) camera = later.camera;
  if (later.file) file = later.file;
  quit = quit || later.quit;
}

biomech::Inputs tour_state_inputs(const content::TourState& state, const biomech::Inputs& current) {
  biomech::Inputs in = biomech::balanced_inputs();
  in.body_mass_kg = current.body_mass_kg;
  in.height_m = current.height_m;
  in.pelvic_incidence_deg = current.pelvic_incidence_deg;
  in.load_kg = current.load_kg;
  if (state.preset) {
    if (auto preset = biomech::apply_preset(*state.preset, in)) in = *preset;
  }
  // Tour scripts name sliders by their command-line flag ("hip-flexor-tightness"); a test checks that
  // every name and value in the shipped tour is one of the input table's.
  for (const auto& [name, value] : state.sliders)
    if (const biomech::InputField* field = biomech::find_input_by_flag(name)) in.*field->member = value;
  if (auto activity = biomech::activity_from_name(state.activity)) in.activity = *activity;
  if (auto calibration = biomech::calibration_from_name(state.calibration)) in.calibration = *calibration;
  return in;
}

std::vector<std::string> tour_highlights(const content::TourStep& step, const content::Library& library) {
  return with_aliases(step.highlight, library);
}

std::vector<std::string> with_aliases(const std::vector<std::string>& highlight,
                                      const content::Library& library) {
  std::vector<std::string> ids;
  for (const auto& id : highlight) {
    ids.push_back(id);
    for (const auto& structure : library.structures())
      if (structure.id == id) ids.insert(ids.end(), structure.aliases.begin(), structure.aliases.end());
  }
  return ids;
}

Session::Session(const content::Library* library, const biomech::Inputs& start, const Settings& settings)
    : library_(library), settings_(settings), history_(start), animator_(start) {
  solved_.update(animator_.shown(), reference_);
}

ViewerEffects Session::show_article_step(int index) {
  ViewerEffects effects;
  const int previous = article_overlay_;
  article_overlay_ = index;
  if (!library_ || index == previous || lesson_active()) return effects;
  // The article and the tour are one path: an article step the tour shows brings the tour step's
  // state and view with it, so paging the article moves the model as the tour does (without the
  // tour's highlights, which belong to its own text).
  const auto overlays = library_->overlays(language());
  if (index < 0 || index >= static_cast<int>(overlays.size())) return effects;
  const std::string& id = overlays[static_cast<std::size_t>(index)].id;
  for (const content::TourStep& step : library_->tour(language())) {
    if (step.overlay != id) continue;
    const biomech::Inputs target = tour_state_inputs(step.state, animator_.target());
    animator_.animate_to(target, kTourGlide_s);
    history_.commit(target);
    effects.view = anatomy::view_from_name(step.view);
    break;
  }
  return effects;
}

ViewerEffects Session::reset_all() {
  biomech::Inputs balanced = biomech::balanced_inputs();
  balanced.activity = animator_.target().activity;
  balanced.calibration = animator_.target().calibration;
  animator_.animate_to(balanced, kUndoGlide_s);
  history_.commit(balanced);
  const auto highlighted = layers_.highlighted;
  layers_ = LayerSet{};
  layers_.highlighted = highlighted;  // a running tour keeps its highlights
  reference_ = Reference{};
  compare_ = false;
  ViewerEffects effects;
  effects.view = anatomy::ViewPreset::side;  // the teaching view
  return effects;
}

void Session::set_reference(const Reference& reference) {
  reference_ = reference;
  solved_.update(animator_.shown(), reference_);
}

int Session::tour_step_count() const {
  return library_ ? static_cast<int>(library_->tour(language()).size()) : 0;
}

bool Session::update(float delta_s) {
  const bool gliding = animator_.update(delta_s);
  solved_.update(animator_.shown(), reference_);
  const bool playing = fatigue_.update(delta_s, animator_.target());
  return gliding || playing;
}

ui::UiSnapshot Session::snapshot(float window_w, float window_h) const {
  ui::UiSnapshot s;
  s.library = library_;
  s.language = settings_.language;
  s.inputs = animator_.shown();
  s.outputs = solved_.current();
  s.reference_outputs = solved_.reference();
  s.tilt_curve = solved_.tilt_curve();
  s.model_error = solved_.error();
  s.font_scale = settings_.font_scale;
  s.theme = settings_.theme;
  s.show_callouts = settings_.show_callouts;
  s.show_ghost = settings_.show_ghost;
  s.show_angles = settings_.show_angles;
  s.show_pulls = settings_.show_pulls;
  s.muscle_colour = settings_.muscle_colour;
  s.presentation = presentation_;
  s.can_undo = history_.can_undo();
  s.can_redo = history_.can_redo();
  s.layers = to_checkboxes(layers_);
  s.fatigue = fatigue_.view();
  s.tour = {tour_active_, tour_step_, tour_step_count(), tour_finished_};
  if (quiz_)
    s.quiz = {true,
              quiz_->question(),
              quiz_->question_count(),
              quiz_->score(),
              quiz_->phase() == QuizPhase::answered,
              quiz_->phase() == QuizPhase::finished,
              quiz_->last_right(),
              quiz_->given()};
  s.hovered_structure = hovered_;
  s.selected_structure = selected_;
  s.article_overlay = article_overlay_;
  s.show_evidence = show_evidence_;
  s.article_open = article_open_;
  s.compare = compare_;
  s.reference_pinned = reference_.pinned.has_value();
  s.highlighted = layers_.highlighted;
  s.notice = notice_;
  s.window_w = window_w;
  s.window_h = window_h;
  s.file_dialog = file_dialog_.view();
  s.file_dialog.title = title_;
  s.file_dialog.note = note_;
  s.recent_files = settings_.recent_files;
  s.find_query = find_query_;
  s.menu_structure = menu_structure_;
  s.open_structure_menu = structure_menu_pending_;
  if (library_) s.find_results = content::find_structures(*library_, settings_.language, find_query_);
  if (const content::QuizQuestion* q = quiz_question(); q && q->kind == content::QuizKind::identify) {
    // An identify question is about a structure, not the posture: no callouts or pulls; and while
    // the class looks for it, nothing on screen may name it.
    s.show_callouts = s.show_pulls = false;
    if (quiz_hides_names()) {
      s.hovered_structure.clear();
      s.selected_structure.clear();
    }
  }
  return s;
}

void Session::open_structure_menu(const std::string& id) {
  if (id.empty() || quiz_hides_names()) return;
  menu_structure_ = id;
  structure_menu_pending_ = true;
}

ViewerEffects Session::apply_inputs(const ui::UiActions& a) {
  ViewerEffects effects;
  if (a.set_inputs) animator_.jump_to(*a.set_inputs);
  if (a.animate_inputs) animator_.animate_to(*a.animate_inputs, kPresetGlide_s);
  if (a.commit_inputs) history_.commit(animator_.target());
  if (a.undo) effects.merge(handle_key(SessionKey::undo));
  if (a.redo) effects.merge(handle_key(SessionKey::redo));
  return effects;
}

ViewerEffects Session::apply_view_settings(const ui::UiActions& a) {
  ViewerEffects effects;
  effects.view = a.view;
  effects.frame_model = a.frame_model;
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
  if (a.show_ghost) settings_.show_ghost = *a.show_ghost;
  if (a.show_angles) settings_.show_angles = *a.show_angles;
  if (a.show_pulls) settings_.show_pulls = *a.show_pulls;
  if (a.muscle_colour) settings_.muscle_colour = *a.muscle_colour;
  if (a.presentation) set_presentation(*a.presentation, effects);
  return effects;
}

void Session::apply_layers(const ui::UiActions& a) {
  if (a.structure_menu_opened) structure_menu_pending_ = false;
  // Outside a lesson the highlight is the user's own (x-ray the rest); showing all ends it.
  if (a.show_all_layers && !lesson_active()) layers_.highlighted.clear();
  if (a.show_all_layers) show_all_layers(layers_);
  for (const auto& command : a.layers) apply_layer_command(layers_, command);
  if (a.xray) layers_.xray = *a.xray;
  // The structure solid, everything else see-through, as a tour step shows its structures.
  if (a.xray_rest_of && !lesson_active() && library_)
    layers_.highlighted = with_aliases({*a.xray_rest_of}, *library_);
}

ViewerEffects Session::apply_tour(const ui::UiActions& a) {
  ViewerEffects effects;
  if (a.tour_start) effects.merge(handle_key(SessionKey::tour_start));
  if (a.tour_next) effects.merge(handle_key(SessionKey::tour_next));
  if (a.tour_previous) effects.merge(handle_key(SessionKey::tour_previous));
  if (a.tour_exit) effects.merge(leave_tour());
  return effects;
}

ViewerEffects Session::apply(const ui::UiActions& a) {
  ViewerEffects effects = a.reset_all ? reset_all() : ViewerEffects{};
  effects.merge(apply_inputs(a));
  effects.merge(apply_view_settings(a));
  apply_layers(a);
  if (a.select_structure) {
    // While an identify question waits, a click on the anatomy is the answer, not a selection.
    if (quiz_hides_names())
      effects.merge(answer_quiz(*a.select_structure));
    else
      selected_ = *a.select_structure;
  }
  if (a.dismiss_notice) notice_.clear();
  // The welcome has done its job once the user read it, moved a slider or started a lesson.
  if (a.dismiss_welcome || a.set_inputs || a.tour_start || a.quiz_start) settings_.welcome_seen = true;
  if (a.find_query) find_query_ = *a.find_query;
  effects.merge(apply_tour(a));
  effects.merge(apply_quiz(a));
  if (a.article_overlay) effects.merge(show_article_step(*a.article_overlay));
  if (a.show_evidence) show_evidence_ = *a.show_evidence;
  if (a.article_open) article_open_ = *a.article_open;
  if (a.compare) compare_ = *a.compare;
  if (a.pin_reference) reference_.pinned = animator_.target();
  if (a.unpin_reference) reference_.pinned.reset();
  fatigue_.apply(a, animator_.target());
  effects.merge(apply_files(a));
  solved_.update(animator_.shown(), reference_);
  return effects;
}

ViewerEffects Session::enter_tour_step(int step, bool animate) {
  ViewerEffects effects;
  const auto steps = library_ ? library_->tour(language()) : std::span<const content::TourStep>{};
  if (steps.empty()) return effects;
  // One lesson at a time: the quiz gives back what it borrowed before the tour borrows it.
  if (quiz_) leave_quiz();
  // The user's own state, given back when the tour ends; the step's text shows (the presenter
  // speaks it in presentation mode).
  if (!tour_active_) {
    borrow_user_state();
    article_open_ = !presentation_;
  }
  tour_active_ = true;
  tour_finished_ = false;
  tour_step_ = std::clamp(step, 0, static_cast<int>(steps.size()) - 1);
  const content::TourStep& s = steps[static_cast<std::size_t>(tour_step_)];
  const biomech::Inputs target = tour_state_inputs(s.state, animator_.target());
  if (animate)
    animator_.animate_to(target, kTourGlide_s);
  else
    animator_.jump_to(target);
  history_.commit(target);
  effects.view = anatomy::view_from_name(s.view);
  layers_.highlighted = tour_highlights(s, *library_);
  solved_.update(animator_.shown(), reference_);
  return effects;
}

ViewerEffects Session::go_to_tour_step(int step, bool animate) { return enter_tour_step(step, animate); }

ViewerEffects Session::leave_tour() {
  if (!tour_active_) return {};
  tour_active_ = false;
  tour_finished_ = false;
  give_back_user_state();
  return {};
}

void Session::borrow_user_state() {
  if (!lent_) lent_ = LentState{animator_.target(), article_open_, std::nullopt};
}

void Session::give_back_user_state() {
  layers_.highlighted.clear();  // the user's own layers show again, as they were
  // And the user's own sliders, activity and calibration: the lesson only borrowed them.
  if (!lent_) return;
  if (lent_->layers) layers_ = *lent_->layers;
  animator_.animate_to(lent_->inputs, kTourGlide_s);
  history_.commit(lent_->inputs);
  article_open_ = lent_->article_open;
  lent_.reset();
}

ViewerEffects Session::handle_key(SessionKey key) {
  ViewerEffects effects;
  switch (key) {
    case SessionKey::undo:
      if (auto state = history_.undo()) animator_.animate_to(*state, kUndoGlide_s);
      break;
    case SessionKey::redo:
      if (auto state = history_.redo()) animator_.animate_to(*state, kUndoGlide_s);
      break;
    case SessionKey::tour_start:
      effects = enter_tour_step(0, true);
      break;
    case SessionKey::tour_next:
      // In the quiz the same keys go on to the next question once this one is answered.
      if (quiz_) {
        if (quiz_->phase() == QuizPhase::answered) {
          quiz_->next();
          if (quiz_->phase() == QuizPhase::asking) effects = enter_quiz_question(true);
        }
      } else if (tour_active_ && tour_step_ + 1 >= tour_step_count())
        tour_finished_ = true;
      else if (tour_active_)
        effects = enter_tour_step(tour_step_ + 1, true);
      break;
    case SessionKey::tour_previous:
      if (tour_finished_)
        tour_finished_ = false;
      else if (tour_active_)
        effects = enter_tour_step(tour_step_ - 1, true);
      break;
    case SessionKey::escape:
      // One step back out at a time: the file dialog, presentation, the tour, the open card.
      if (file_dialog_.view().open) {
        file_dialog_.close();
      } else if (presentation_) {
        set_presentation(false, effects);
      } else if (quiz_) {
        effects = leave_quiz();
      } else if (tour_active_) {
        effects = leave_tour();
      } else {
        selected_.clear();
        layers_.highlighted.clear();  // the user's own x-ray of the rest, if any
      }
      break;
    case SessionKey::toggle_presentation:
      set_presentation(!presentation_, effects);
      break;
    case SessionKey::toggle_ghost:
      settings_.show_ghost = !settings_.show_ghost;
      break;
    case SessionKey::toggle_angles:
      settings_.show_angles = !settings_.show_angles;
      break;
    case SessionKey::toggle_pulls:
      settings_.show_pulls = !settings_.show_pulls;
      break;
    case SessionKey::toggle_compare:
      compare_ = !compare_;
      break;
    case SessionKey::open_scenario:
      open_file_dialog(ui::FileDialogKind::open_scenario);
      break;
    case SessionKey::save_scenario:
      effects = save_scenario();
      break;
    case SessionKey::save_scenario_as:
      open_file_dialog(ui::FileDialogKind::save_scenario);
      break;
    case SessionKey::export_image:
      open_file_dialog(ui::FileDialogKind::export_image);
      break;
    case SessionKey::print_handout:
      open_file_dialog(ui::FileDialogKind::print_handout);
      break;
  }
  solved_.update(animator_.shown(), reference_);
  return effects;
}

Scenario Session::scenario() const {
  Scenario s;
  s.title = title_;
  s.note = note_;
  s.language = settings_.language;
  s.inputs = lent_ ? lent_->inputs : animator_.target();
  s.reference = reference_.pinned;
  s.compare = compare_;
  s.layers = lent_ && lent_->layers ? *lent_->layers : layers_;  // the user's, not the quiz's
  s.layers.highlighted.clear();  // the tour's, not the user's; the tour step brings them back
  if (tour_active_) s.tour_step = tour_step_ + 1;
  return s;
}

core::Status Session::check_scenario(const Scenario& scenario) const {
  if (scenario.tour_step && *scenario.tour_step > tour_step_count())
    return core::make_error("\"tour_step\" " + std::to_string(*scenario.tour_step) + ": the tour has " +
                            std::to_string(tour_step_count()) + " steps");
  return {};
}

ViewerEffects Session::open_scenario(const Scenario& s) {
  ViewerEffects effects;
  tour_active_ = tour_finished_ = false;
  quiz_.reset();
  lent_.reset();
  animator_.jump_to(s.inputs);
  history_.commit(s.inputs);
  reference_ = Reference{s.reference};
  compare_ = s.compare;
  layers_ = s.layers;
  layers_.highlighted.clear();
  if (s.language) settings_.language = *s.language;
  title_ = s.title;
  note_ = s.note;
  selected_.clear();
  ui::UiActions committed;  // the fatigue view follows new inputs as it does a finished drag
  committed.commit_inputs = true;
  fatigue_.apply(committed, animator_.target());
  effects.view = anatomy::ViewPreset::side;  // the teaching view, unless the file has a camera
  if (s.tour_step) effects.merge(enter_tour_step(*s.tour_step - 1, false));
  effects.camera = s.camera;
  solved_.update(animator_.shown(), reference_);
  return effects;
}

void Session::set_presentation(bool on, ViewerEffects& effects) {
  presentation_ = on;
  // The back of the room needs the anatomy large: the article folds to its title line, and opens
  // again on leaving (or on a click on its title).
  article_open_ = !on;
  effects.style_changed = true;  // presentation mode uses larger text
}

}  // namespace app
