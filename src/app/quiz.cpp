#include "app/quiz.h"

#include <algorithm>

namespace app {

bool names_structure(std::string_view target, std::string_view clicked,
                     std::span<const content::Structure> structures) {
  if (target.empty() || clicked.empty()) return false;
  if (clicked == target) return true;
  std::string_view base = clicked;
  const bool sided = base.size() > 2 && (base.ends_with(".l") || base.ends_with(".r"));
  if (sided) base.remove_suffix(2);
  for (const content::Structure& s : structures) {
    if (s.id != target) continue;
    if (s.paired && sided && base == target) return true;
    // A tendon's node may carry any of its aliases, with or without a side.
    return std::find(s.aliases.begin(), s.aliases.end(), clicked) != s.aliases.end() ||
           std::find(s.aliases.begin(), s.aliases.end(), base) != s.aliases.end();
  }
  return false;
}

bool is_right_answer(const content::QuizQuestion& question, std::string_view answer,
                     std::span<const content::Structure> structures) {
  if (question.kind == content::QuizKind::identify)
    return names_structure(question.target, answer, structures);
  return !answer.empty() && answer == question.correct;
}

bool QuizRun::answer(bool right, std::string given) {
  if (phase_ != QuizPhase::asking) return false;
  phase_ = QuizPhase::answered;
  last_right_ = right;
  given_ = std::move(given);
  if (right) ++score_;
  return true;
}

void QuizRun::next() {
  if (phase_ != QuizPhase::answered) return;
  if (question_ + 1 >= count_) {
    phase_ = QuizPhase::finished;
    return;
  }
  ++question_;
  phase_ = QuizPhase::asking;
  given_.clear();
  last_right_ = false;
}

void QuizRun::go_to(int index) {
  question_ = std::clamp(index, 0, std::max(0, count_ - 1));
  phase_ = QuizPhase::asking;
  given_.clear();
  last_right_ = false;
}

}  // namespace app
