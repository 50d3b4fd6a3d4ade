// The classroom quiz's part of the session: starting, asking, answering, leaving. The rules (right or
// wrong, the score) are QuizRun's; here they become glides, views and highlights.
#include "app/session.h"

namespace app {

int Session::quiz_question_count() const {
  return library_ ? static_cast<int>(library_->quiz(language()).size()) : 0;
}

const content::QuizQuestion* Session::quiz_question() const {
  if (!quiz_ || !library_) return nullptr;
  const auto questions = library_->quiz(language());
  const auto index = static_cast<std::size_t>(quiz_->question());
  return index < questions.size() ? &questions[index] : nullptr;
}

bool Session::quiz_hides_names() const {
  const content::QuizQuestion* q = quiz_question();
  return q && q->kind == content::QuizKind::identify && quiz_->phase() == QuizPhase::asking;
}

ViewerEffects Session::go_to_quiz_question(int index, bool animate) {
  ViewerEffects effects;
  const int count = quiz_question_count();
  if (count == 0) return effects;
  // One lesson at a time: the tour gives back what it borrowed, then the quiz borrows it.
  if (tour_active_) effects.merge(leave_tour());
  borrow_user_state();
  if (!quiz_) quiz_ = QuizRun(count);
  quiz_->go_to(index);
  effects.merge(enter_quiz_question(animate));
  return effects;
}

// The question's own state and view, nothing highlighted and no card open: the class starts from
// the same picture whatever the last answer showed.
ViewerEffects Session::enter_quiz_question(bool animate) {
  ViewerEffects effects;
  const content::QuizQuestion* q = quiz_question();
  if (!q) return effects;
  const biomech::Inputs target = tour_state_inputs(q->state, animator_.target());
  if (animate)
    animator_.animate_to(target, kTourGlide_s);
  else
    animator_.jump_to(target);
  history_.commit(target);
  show_quiz_layers(*q);
  selected_.clear();
  effects.view = anatomy::view_from_name(q->view);
  solved_.update(animator_.shown(), reference_);
  return effects;
}

// An identify question shows every structure solid and the skin hidden, so the class sees what
// there is to click; a predict question shows the user's own layers, as the tour does. Either way
// the user's layers are lent, and come back when the quiz ends.
void Session::show_quiz_layers(const content::QuizQuestion& question) {
  if (!lent_->layers) lent_->layers = layers_;
  if (question.kind == content::QuizKind::identify) {
    layers_ = LayerSet{};
    layers_.xray = false;
    layers_.category_shown[static_cast<std::size_t>(anatomy::Category::skin)] = false;
  } else {
    layers_ = *lent_->layers;
  }
  layers_.highlighted.clear();
}

ViewerEffects Session::answer_quiz(const std::string& answer) {
  ViewerEffects effects;
  const content::QuizQuestion* q = quiz_question();
  if (!q || answer.empty() || quiz_->phase() != QuizPhase::asking) return effects;
  quiz_->answer(is_right_answer(*q, answer, library_->structures()), answer);
  if (q->kind == content::QuizKind::identify) {
    // The right structure solid, the rest see-through: everyone sees where it was.
    layers_.highlighted = with_aliases({q->target}, *library_);
  } else if (q->answer_state) {
    // The model shows the answer: the inputs glide as a preset's do, slowly enough to follow.
    const biomech::Inputs target = tour_state_inputs(*q->answer_state, animator_.target());
    animator_.animate_to(target, kQuizAnswerGlide_s);
    history_.commit(target);
  }
  return effects;
}

ViewerEffects Session::leave_quiz() {
  if (!quiz_) return {};
  quiz_.reset();
  give_back_user_state();
  return {};
}

ViewerEffects Session::apply_quiz(const ui::UiActions& a) {
  ViewerEffects effects;
  if (a.quiz_start) effects.merge(go_to_quiz_question(0, true));
  if (a.quiz_restart && quiz_) {
    quiz_->restart();
    effects.merge(enter_quiz_question(true));
  }
  if (a.quiz_answer) effects.merge(answer_quiz(*a.quiz_answer));
  if (a.quiz_next) effects.merge(handle_key(SessionKey::tour_next));
  if (a.quiz_exit) effects.merge(leave_quiz());
  return effects;
}

}  // namespace app
