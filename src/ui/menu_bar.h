#pragma once
// The main menu bar: File (open, save, recent files, export an image, quit), Edit (undo, redo, reset), View
// (preset views, callouts, ghost, presentation), Tour, Language, Settings (text size, contrast) and Help.
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace ui {

void draw_menu_bar(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);

}  // namespace ui
