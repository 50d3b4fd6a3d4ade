#pragma once
// The right-click menu of a structure on the anatomy: show only it, hide it, open its card, or
// x-ray everything else. Its actions are the layers panel's and the card's, for one structure.
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace ui {

void draw_structure_menu(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);

}  // namespace ui
