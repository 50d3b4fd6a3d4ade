#pragma once
// The sizes of the pictures PostureLab renders (File › Export image and `posturelab screenshot`),
// and their text size, in one place for the dialog, the command line and the renderer.
#include "core/result.h"

namespace app {

// 16 pixels a side up to 3840x2160 (4K UHD), landscape or portrait (2160x3840); a larger one is
// refused with the limit in the message.
core::Status check_picture_size(int width_px, int height_px);
// Text that grows with the picture, so a large one stays readable: the base size at 800 pixels high.
float picture_text_scale(int height_px);

}  // namespace app
