#pragma once
// The colour legends beside the anatomy, built from the renderer's own colour stops (so the picture
// and its key never disagree) and content's words and units.
#include <vector>

#include "content/library.h"
#include "ui/ui_snapshot.h"

namespace app {

// The muscle legend for the chosen colouring (none for natural colours) and the discs' legend: their
// pressure with its end values in MPa, or (`disc_change`) the change of their load from the
// reference in per cent. `library` may be null (the words are then their ids).
std::vector<ui::Legend> anatomy_legends(const content::Library* library, content::Language language,
                                        ui::MuscleColour muscle_colour, bool disc_change = false);

}  // namespace app
