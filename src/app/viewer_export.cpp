// Viewer::render_image: the frames an exported picture takes, drawn offscreen with the window's own
// renderer, session and camera, and what the window's next frame needs put back afterwards.
#include "app/picture_size.h"
#include "app/viewer.h"

namespace app {

core::Result<render::Image> Viewer::render_image(const ImageRequest& request) {
  const ui::ExportChoice& image = request.image;
  if (auto status = check_picture_size(image.width_px, image.height_px); !status) return status.error();
  const bool draws_ui = request.interface || image.labels;
  // Labels need the UI layer, which a headless viewer without the interface never made.
  if (draws_ui && !ui_) {
    auto ui = UiLayer::create(nullptr, effective_font_scale(), session_->settings().theme);
    if (!ui) return ui.error();
    ui_ = std::move(*ui);
  }
  // The labels' text grows with the picture, as the screenshot's does; the interface keeps the
  // session's text size, which its panels are laid out for.
  const float window_text_scale = ui_ ? ui_->font_scale() : 1.0f;
  const float text_scale = request.interface           ? effective_font_scale()
                           : request.text_scale > 0.0f ? request.text_scale
                                                       : picture_text_scale(image.height_px);
  if (ui_ && draws_ui && text_scale != window_text_scale)
    ui_->set_style(text_scale, session_->settings().theme);

  // The window's next frame frames its camera and picks with what its last frame laid out.
  const auto kept_view = last_view_;
  const auto kept_viewport = last_viewport_;
  const auto kept_scene_rect = last_scene_rect_;
  const auto kept_layout = last_layout_;
  const auto kept_windows = last_windows_;
  const int kept_w = last_width_px_, kept_h = last_height_px_;

  exporting_ = FrameMode{true, request.interface, image.labels, image.transparent};
  // ImGui lays windows out on the first frame and sizes auto-fitting ones on the second, so a
  // picture with text is drawn a few times and the last frame kept.
  const int frames = draws_ui ? 3 : 1;
  core::Status drawn;
  for (int i = 0; i < frames && drawn; ++i) drawn = render_frame(image.width_px, image.height_px, 0.0f);
  exporting_.reset();
  render::Image picture;
  if (drawn) picture = capture(image.transparent ? render::Alpha::straight : render::Alpha::opaque);

  if (ui_ && draws_ui && text_scale != window_text_scale)
    ui_->set_style(window_text_scale, session_->settings().theme);
  if (window_) {
    last_view_ = kept_view;
    last_viewport_ = kept_viewport;
    last_scene_rect_ = kept_scene_rect;
    last_layout_ = kept_layout;
    last_windows_ = kept_windows;
    last_width_px_ = kept_w;
    last_height_px_ = kept_h;
  }
  if (!drawn) return drawn.error();
  return picture;
}

}  // namespace app
