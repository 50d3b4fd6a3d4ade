#pragma once
// The panel under the anatomy: the article's explanation step by step, or the tour's step while the
// tour runs, with the evidence verdict beside each claim and the buttons to page through.
#include <span>
#include <string>

#include "ui/geometry.h"
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace ui {

// Returns the screen rectangle it covers, so callouts can keep clear of it.
Rect draw_article_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport, UiActions& actions);
// Each evidence note's verdict, its text folded under it (the article panel and the quiz share it).
void draw_evidence_notes(const Texts& T, std::span<const std::string> evidence_ids);

}  // namespace ui
