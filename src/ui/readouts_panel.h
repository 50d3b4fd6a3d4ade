#pragma once
// The model's outputs: gauges with normal bands, the disc column, H:Q, signs, and the plot of
// pelvic tilt against hamstring strength.
#include "ui/texts.h"
#include "ui/ui_model.h"

namespace ui {

void draw_posture_gauges(const Texts& T, const UiModel& model);
void draw_disc_column(const Texts& T, const UiModel& model);
void draw_signs(const Texts& T, const UiModel& model);
void draw_tilt_plot(const Texts& T, const UiModel& model);

// Pelvic tilt for hamstring strength 0, 10 ... 100 with everything else as in `inputs`.
struct TiltCurve {
  biomech::Inputs for_inputs;  // hamstrings set to 0: the curve depends on the rest only
  float tilt_deg[11] = {};
  bool valid = false;
};
const TiltCurve& tilt_curve(const biomech::Inputs& inputs);  // cached: recomputed only on change

}  // namespace ui
