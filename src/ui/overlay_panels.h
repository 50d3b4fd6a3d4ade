#pragma once
// Words on the anatomy: the live callouts with leader lines (their texts: callout_texts.h), the
// calibration label and the name of the structure under the mouse.
#include <vector>

#include "ui/geometry.h"
#include "ui/texts.h"
#include "ui/ui_layout.h"
#include "ui/ui_snapshot.h"

namespace ui {

// Returns the callouts as placed (for tests and the UI report); no box enters `keep_clear`.
std::vector<PlacedCallout> draw_callouts(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport,
                                         const std::vector<Rect>& keep_clear);
// The muscles' pull on the pelvis as arrows (ui/muscle_pull.h) and their key; returns the key's
// rectangle (empty when nothing is drawn), which callouts keep clear of.
Rect draw_muscle_pulls(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport);
// The angle lines and their numbers (ui/angle_overlay.h), under the panels. Returns the numbers'
// boxes, which callouts keep clear of.
std::vector<Rect> draw_angle_overlays(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport);
// Returns the screen rectangle it covers, so callouts can keep clear of it.
Rect draw_calibration_label(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport);
void draw_hover_name(const Texts& T, const UiSnapshot& snapshot);

}  // namespace ui
