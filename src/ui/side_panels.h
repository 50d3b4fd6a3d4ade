#pragma once
// Fatigue playback, layers, and the structure card.
#include "ui/geometry.h"
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_layout.h"
#include "ui/ui_snapshot.h"

namespace ui {

void draw_fatigue_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);
void draw_layer_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);
// A floating card for snapshot.selected_structure; closing it sets actions.select_structure = "".
void draw_structure_card(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport,
                         UiActions& actions);

}  // namespace ui
