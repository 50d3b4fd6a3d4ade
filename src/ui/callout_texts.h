#pragma once
// What the callouts on the anatomy say: the live figures of the current state against the reference
// (tilt, arch, the load on the back of L5–S1, the pull of the muscles that changed, and the tour
// steps' own), each with the
// structure it points at. Words only, no drawing, so they are tested without a window.
#include <string>
#include <string_view>
#include <vector>

#include "ui/texts.h"
#include "ui/ui_snapshot.h"

namespace ui {

// The structures the callouts point at, in the order they are drawn; the app supplies their
// screen positions in UiSnapshot::anchors under these ids.
const std::vector<std::string>& callout_anchor_ids();

struct CalloutText {
  std::string anchor_id;
  std::string text;
};
// The live texts for the current outputs against the reference outputs; in the tour, the callouts
// its step names (content/tour.json "callouts").
std::vector<CalloutText> callout_texts(const Texts& T, const UiSnapshot& snapshot);
// Whether a tour step may name `id` as a callout (a template callout_texts() knows how to fill).
bool is_callout_template(std::string_view id);

}  // namespace ui
