#include "app/quiz_command_line.h"

#include <string>

namespace app {

core::Status start_quiz_from_command_line(Viewer& viewer, const CommandLine& line) {
  if (!line.quiz_question) return {};
  const std::string option = "--quiz-question " + std::to_string(*line.quiz_question);
  // Without its content the quiz has no questions: say why, not "0 questions".
  if (!viewer.content_error().empty())
    return core::make_error(option + ": the quiz's text did not load: " + viewer.content_error());
  const int count = viewer.session().quiz_question_count();
  if (*line.quiz_question > count)
    return core::make_error(option + ": the quiz has " + std::to_string(count) + " questions");
  viewer.carry_out(viewer.session().go_to_quiz_question(*line.quiz_question - 1, false));
  return {};
}

}  // namespace app
