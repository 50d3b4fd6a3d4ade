#pragma once
// The model's outputs as the session solved them: gauges with the signs' normal bands, the disc
// column, H:Q, signs, and the plot of pelvic tilt against hamstring strength. Nothing here solves.
#include "ui/texts.h"
#include "ui/ui_snapshot.h"

namespace ui {

void draw_posture_gauges(const Texts& T, const UiSnapshot& snapshot);
void draw_disc_column(const Texts& T, const UiSnapshot& snapshot);
void draw_signs(const Texts& T, const UiSnapshot& snapshot);
void draw_tilt_plot(const Texts& T, const UiSnapshot& snapshot);

}  // namespace ui
