#include <algorithm>
#include <set>

#include "content/loaders.h"

namespace content {
namespace {

// Enough choices to make guessing unlikely, few enough to read aloud from the back of a room.
constexpr std::size_t kMinChoices = 3;
constexpr std::size_t kMaxChoices = 4;

core::Status load_identify(const ContentFile& file, const Json& item, const std::string& id,
                           std::span<const Structure> structures, QuizQuestion& q) {
  auto target = file.string(item, id, "target");
  if (!target) return target.error();
  if (!structure_exists(structures, *target))
    return file.error(id, "target '" + *target + "' is not in structures.json");
  q.target = *target;
  for (const char* only_predict : {"choices", "correct", "answer_state"})
    if (item.contains(only_predict))
      return file.error(id, "'" + std::string(only_predict) + "' belongs to predict questions only");
  return {};
}

core::Status load_predict(const ContentFile& file, const Json& item, const std::string& id, QuizQuestion& q) {
  auto answer = load_state(file, item, id, "answer_state");
  if (!answer) return answer.error();
  q.answer_state = std::move(*answer);
  auto choices = file.string_list(item, id, "choices");
  if (!choices) return choices.error();
  if (choices->size() < kMinChoices || choices->size() > kMaxChoices)
    return file.error(id, "needs 3 or 4 'choices', has " + std::to_string(choices->size()));
  std::set<std::string> seen;
  for (const std::string& c : *choices) {
    if (c.empty()) return file.error(id, "a choice id is empty");
    if (!seen.insert(c).second) return file.error(id, "choice '" + c + "' listed twice");
    q.choices.push_back({c, {}});
  }
  auto correct = file.string(item, id, "correct");
  if (!correct) return correct.error();
  if (seen.count(*correct) == 0)
    return file.error(id, "correct '" + *correct + "' is not one of its choices");
  q.correct = *correct;
  if (item.contains("target")) return file.error(id, "'target' belongs to identify questions only");
  return {};
}

}  // namespace

core::Result<std::vector<QuizQuestion>> load_quiz(const ContentDir& dir,
                                                  std::span<const Structure> structures,
                                                  std::span<const EvidenceNote> evidence) {
  auto file = dir.read("quiz.json");
  if (!file) return file.error();
  auto questions = load_list<QuizQuestion>(
      *file, file->root(), "", "questions", "id",
      [&](const Json& item, const std::string& id) -> core::Result<QuizQuestion> {
        QuizQuestion q;
        q.id = id;
        auto kind = file->string(item, id, "kind");
        if (!kind) return kind.error();
        const auto parsed = kQuizKindNames.from_name(*kind);
        if (!parsed) return file->error(id, "kind must be " + kQuizKindNames.names_listed());
        q.kind = *parsed;
        auto view = file->string(item, id, "view");
        if (!view) return view.error();
        q.view = *view;
        auto state = load_state(*file, item, id, "state");
        if (!state) return state.error();
        q.state = std::move(*state);
        auto status = q.kind == QuizKind::identify ? load_identify(*file, item, id, structures, q)
                                                   : load_predict(*file, item, id, q);
        if (!status) return status.error();
        auto notes = file->string_list(item, id, "evidence", false);
        if (!notes) return notes.error();
        for (const std::string& n : *notes)
          if (std::none_of(evidence.begin(), evidence.end(),
                           [&](const EvidenceNote& e) { return e.id == n; }))
            return file->error(id, "evidence '" + n + "' is not in evidence.json");
        q.evidence = *notes;
        return q;
      });
  if (!questions) return questions.error();
  if (questions->empty()) return file->error("questions", "the quiz has no questions");
  return questions;
}

}  // namespace content
