#pragma once
// The controls: muscle-balance sliders (hamstrings and quadriceps first and largest), presets,
// activity, calibration switch and body data.
#include "ui/texts.h"
#include "ui/ui_model.h"

namespace ui {

void draw_balance_controls(const Texts& T, const UiModel& model, UiActions& actions);
void draw_activity_controls(const Texts& T, const UiModel& model, UiActions& actions);
void draw_calibration_switch(const Texts& T, const UiModel& model, UiActions& actions);
void draw_body_controls(const Texts& T, const UiModel& model, UiActions& actions);

}  // namespace ui
