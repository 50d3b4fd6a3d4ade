#pragma once
// The classroom quiz's rules, apart from the screen: which answer is right, the running score, and
// where the quiz is (asking, answered, the end screen). Pure, so the tests can play a whole quiz.
// The session owns one QuizRun while the quiz runs and turns its answers into glides and layers.
#include <span>
#include <string>
#include <string_view>

#include "content/library.h"

namespace app {

// Whether a click on model node `clicked` ("muscle.semimembranosus.l", a tendon's alias) names the
// structure `target` of an identify question (a paired base id means either side). The search
// (Find menu) uses it too, to turn a found structure into the model's nodes.
bool names_structure(std::string_view target, std::string_view clicked,
                     std::span<const content::Structure> structures);

// Whether `answer` answers `question` right: the clicked structure for an identify question, the
// choice id for a predict question.
bool is_right_answer(const content::QuizQuestion& question, std::string_view answer,
                     std::span<const content::Structure> structures);

enum class QuizPhase { asking, answered, finished };

class QuizRun {
 public:
  explicit QuizRun(int question_count) : count_(question_count) {}

  // Scores the current question's first answer; later answers to it change nothing (false).
  bool answer(bool right, std::string given);
  // The next question once this one is answered, or the end screen after the last one.
  void next();
  // Question 1 again, score 0.
  void restart() { *this = QuizRun(count_); }
  // Jumps to question `index` (from 0) unanswered, for a screenshot or a command line; the score
  // counts only what was answered.
  void go_to(int index);

  int question() const { return question_; }
  int question_count() const { return count_; }
  int score() const { return score_; }
  QuizPhase phase() const { return phase_; }
  bool last_right() const { return last_right_; }
  const std::string& given() const { return given_; }  // the last answer: choice id or structure id

 private:
  int count_ = 0;
  int question_ = 0;
  int score_ = 0;
  QuizPhase phase_ = QuizPhase::asking;
  bool last_right_ = false;
  std::string given_;
};

}  // namespace app
