#pragma once
// Fatigue playback, layers, and the structure card.
#include "ui/texts.h"
#include "ui/ui_model.h"

namespace ui {

void draw_fatigue_controls(const Texts& T, const UiModel& model, UiActions& actions);
void draw_layer_controls(const Texts& T, const UiModel& model, UiActions& actions);
// A floating card for model.selected_structure; closing it sets actions.select_structure = "".
void draw_structure_card(const Texts& T, const UiModel& model, const Rect& viewport, UiActions& actions);

// The fatigue sample at playback time t (nearest earlier sample); null when there is no series.
const biomech::FatigueSample* fatigue_sample_at(const biomech::FatigueSeries* series, float time_s);

}  // namespace ui
