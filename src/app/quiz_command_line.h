#pragma once
// `--quiz` and `--quiz-question N` for the window and the screenshot: one check, one start.
#include "app/cli.h"
#include "app/viewer.h"
#include "core/result.h"

namespace app {

// Starts the quiz at the line's question (nothing without one). Fails, naming the option, when the
// quiz's content did not load or has fewer questions.
core::Status start_quiz_from_command_line(Viewer& viewer, const CommandLine& line);

}  // namespace app
