#include "app/picture_size.h"

#include <algorithm>
#include <string>

#include "ui/file_dialog_view.h"
#include "ui/theme.h"

namespace app {

float picture_text_scale(int height_px) {
  constexpr float kBaseTextHeight_px = 800.0f;
  return std::clamp(static_cast<float>(height_px) / kBaseTextHeight_px, ui::kMinFontScale, ui::kMaxFontScale);
}

core::Status check_picture_size(int width_px, int height_px) {
  using Choice = ui::ExportChoice;
  const int long_side = std::max(width_px, height_px), short_side = std::min(width_px, height_px);
  const std::string size = std::to_string(width_px) + "x" + std::to_string(height_px);
  if (short_side < Choice::kMinSide_px)
    return core::make_error("picture size " + size + ": each side needs at least " +
                            std::to_string(Choice::kMinSide_px) + " pixels");
  if (long_side > Choice::kMaxLongSide_px || short_side > Choice::kMaxShortSide_px)
    return core::make_error(
        "picture size " + size + " is larger than " + std::to_string(Choice::kMaxLongSide_px) + "x" +
        std::to_string(Choice::kMaxShortSide_px) +
        " (4K), the largest picture PostureLab renders (portrait up to " +
        std::to_string(Choice::kMaxShortSide_px) + "x" + std::to_string(Choice::kMaxLongSide_px) + ")");
  return {};
}

}  // namespace app
