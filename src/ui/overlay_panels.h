#pragma once
// Words on the anatomy: live callouts with leader lines, the article step (or the tour step) with
// the evidence beside it, the calibration label and the hover name.
#include <string>
#include <vector>

#include "ui/geometry.h"
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_layout.h"
#include "ui/ui_snapshot.h"

namespace ui {

// The structures the callouts point at, in the order they are drawn; the app supplies their
// screen positions in UiSnapshot::anchors under these ids.
const std::vector<std::string>& callout_anchor_ids();

struct CalloutText {
  std::string anchor_id;
  std::string text;
};
// The live texts (tilt, arch, L5–S1 load, muscles) for the current outputs against balanced.
std::vector<CalloutText> callout_texts(const Texts& T, const UiSnapshot& snapshot);

// Returns the callouts as placed (for tests and the UI report).
std::vector<PlacedCallout> draw_callouts(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport);
// Each returns the screen rectangle it covers, so callouts can keep clear of it.
Rect draw_calibration_label(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport);
Rect draw_article_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport, UiActions& actions);
void draw_hover_name(const Texts& T, const UiSnapshot& snapshot);

}  // namespace ui
