#pragma once
// The controls: muscle-balance sliders (hamstrings and quadriceps first and largest), presets,
// activity, calibration switch and body data.
#include "ui/geometry.h"
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_layout.h"
#include "ui/ui_snapshot.h"

namespace ui {

void draw_balance_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);
void draw_activity_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);
void draw_calibration_switch(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);
void draw_body_controls(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);

}  // namespace ui
