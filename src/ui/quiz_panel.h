#pragma once
// The classroom quiz under the anatomy, in place of the article panel while the quiz runs: the
// question in bold, the answer choices as large buttons (or the hint to click on the anatomy), then
// right or wrong with the explanation and its evidence, the running score, and the end screen.
#include "ui/geometry.h"
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace ui {

// Returns the screen rectangle it covers, so callouts can keep clear of it.
Rect draw_quiz_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport, UiActions& actions);

}  // namespace ui
