#pragma once
// The handout's two pictures: the reference (left) and the current state (right), a clean side view
// without the interface, rendered through the same offscreen path as `posturelab screenshot
// --compare --no-ui`, so the page shows what the window's before/after view shows.
#include <utility>

#include "app/solved_model.h"
#include "biomech/inputs.h"
#include "content/language.h"
#include "core/result.h"
#include "handout/page.h"

namespace app {

struct HandoutPictures {
  handout::Picture reference;
  handout::Picture current;
};

// Each picture is width_px x height_px (opaque). Needs a current OpenGL 3.3 context.
core::Result<HandoutPictures> render_handout_pictures(const biomech::Inputs& current,
                                                      const Reference& reference, content::Language language,
                                                      int width_px, int height_px);

}  // namespace app
