#pragma once
// The before/after view's words: a title over each half (the reference, and now) and, between them,
// what differs: the three angles and the load on the back of L5–S1, before and after.
#include "ui/geometry.h"
#include "ui/texts.h"
#include "ui/ui_snapshot.h"

namespace ui {

// Draws nothing outside the before/after view. Returns the rectangle the differences cover.
// The titles go below `keep_clear_above` (the calibration label) where it reaches into a half.
Rect draw_compare_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& keep_clear_above);

}  // namespace ui
