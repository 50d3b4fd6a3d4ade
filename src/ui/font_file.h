#pragma once
// A font file read and checked before Dear ImGui sees it: ImGui asserts (and the app aborts) on an
// empty file, and a truncated one can fail deep inside the atlas build. FreeType opens the bytes
// first; only a face it can open goes on to ImGui. The bytes stay alive here for the atlas, which
// is rebuilt whenever the text size changes.
#include <filesystem>
#include <string>

#include "core/result.h"

namespace ui {

// The font's bytes, kept for the life of the program (one copy per path); an error that names the
// file and what is wrong with it (missing, not a regular file, empty, not a font FreeType opens).
core::Result<const std::string*> checked_font_bytes(const std::filesystem::path& path);

}  // namespace ui
