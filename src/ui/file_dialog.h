#pragma once
// The File menu's dialog, drawn from UiSnapshot::file_dialog: a path field over the listing of the
// folder it points at, and for a save the title and note, for an export the size, background and
// labels. It only returns actions; the app lists folders and reads and writes the files.
#include "ui/texts.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace ui {

void draw_file_dialog(const Texts& T, const UiSnapshot& snapshot, UiActions& actions);

}  // namespace ui
