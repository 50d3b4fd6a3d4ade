#pragma once
// Where shaders/, models/, content/ and fonts are found at run time.
// Order: $POSTURELAB_ASSET_DIR, then the source tree the binary was built from, then the folder
// above the executable. The first folder that holds shaders/ wins.
#include <filesystem>
#include <string_view>

#include "core/result.h"

namespace core {

Result<std::filesystem::path> asset_root();
// A file under the asset root, e.g. asset_path("shaders/grid.vert").
Result<std::filesystem::path> asset_path(std::string_view relative);
// DejaVu Sans from fonts-dejavu-core, or an error saying which package to install.
Result<std::filesystem::path> ui_font_path(bool bold = false);

}  // namespace core
