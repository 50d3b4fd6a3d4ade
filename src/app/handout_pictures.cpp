#include "app/handout_pictures.h"

#include <algorithm>

#include "app/viewer.h"
#include "render/image.h"

namespace app {
namespace {

// The columns [x0, x0 + width) of an image.
handout::Picture columns(const render::Image& image, int x0, int width) {
  handout::Picture picture;
  picture.width_px = width;
  picture.height_px = image.height;
  picture.rgba.resize(static_cast<std::size_t>(width) * image.height * 4);
  for (int y = 0; y < image.height; ++y) {
    const auto* from = &image.rgba[(static_cast<std::size_t>(y) * image.width + x0) * 4];
    std::copy(from, from + static_cast<std::ptrdiff_t>(width) * 4,
              &picture.rgba[static_cast<std::size_t>(y) * width * 4]);
  }
  return picture;
}

}  // namespace

core::Result<HandoutPictures> render_handout_pictures(const biomech::Inputs& current,
                                                      const Reference& reference, content::Language language,
                                                      int width_px, int height_px) {
  ViewerSettings settings;
  settings.initial_view = anatomy::ViewPreset::side;
  settings.show_ui = false;
  settings.settings.language = language;
  auto created = Viewer::create(nullptr, settings, current);
  if (!created) return created.error();
  Viewer& viewer = **created;
  if (viewer.anatomy().load_error())
    return core::make_error("the anatomical model did not load: " + *viewer.anatomy().load_error());
  viewer.session().set_reference(reference);
  // The before/after view splits one frame at its middle: reference left, current right, one
  // camera, each half framed on the pelvis and the lumbar spine.
  ui::UiActions actions;
  actions.compare = true;
  viewer.carry_out(viewer.session().apply(actions));
  if (auto status = viewer.render_frame(2 * width_px, height_px, 1.0f / 60.0f); !status)
    return status.error();
  render::Image frame = viewer.capture();
  render::finish_alpha(frame, render::Alpha::opaque);  // paper has no see-through pixels
  return HandoutPictures{columns(frame, 0, width_px), columns(frame, width_px, width_px)};
}

}  // namespace app
