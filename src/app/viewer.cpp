#include "app/viewer.h"

#include <cstdio>

#include "ui/shell_panel.h"

namespace app {

core::Result<std::unique_ptr<Viewer>> Viewer::create(GLFWwindow* window, const ViewerSettings& settings) {
  std::unique_ptr<Viewer> viewer(new Viewer());
  viewer->window_ = window;
  viewer->settings_ = settings;
  auto scene = render::SceneRenderer::create();
  if (!scene) return scene.error();
  viewer->scene_ = std::move(*scene);
  viewer->model_.load(*viewer->scene_);
  if (viewer->model_.load_error())
    std::fprintf(stderr, "posturelab: note: %s\n", viewer->model_.load_error()->c_str());
  viewer->model_.set_inputs(viewer->inputs_);
  if (settings.show_ui || window) {
    auto ui = UiLayer::create(window, settings.font_scale, settings.theme);
    if (!ui) return ui.error();
    viewer->ui_ = std::move(*ui);
  }
  viewer->set_view(settings.view);
  return viewer;
}

void Viewer::set_view(render::ViewPreset view) { camera_.set_view(view, scene_->model_bounds()); }
void Viewer::frame_model() { camera_.frame(scene_->model_bounds()); }

void Viewer::change_font_scale(float delta) {
  if (!ui_) return;
  ui_->set_style(ui_->font_scale() + delta, ui_->theme());
}

void Viewer::apply(const ui::ShellActions& actions) {
  if (actions.view) set_view(static_cast<render::ViewPreset>(*actions.view));
  if (actions.frame_model) frame_model();
  if (ui_ && (actions.font_scale || actions.theme))
    ui_->set_style(actions.font_scale.value_or(ui_->font_scale()), actions.theme.value_or(ui_->theme()));
}

core::Status Viewer::render_frame(int width_px, int height_px, float delta_s) {
  if (auto status = target_.resize(width_px, height_px, settings_.msaa_samples); !status) return status;
  target_.bind_multisampled();
  // Headless frames (screenshot, bench) show the target pose at once; the window glides to it.
  model_.update(delta_s, window_ == nullptr);
  last_view_ = render::SceneView{camera_, width_px, height_px, true, model_.frame()};
  scene_->draw(last_view_);

  const unsigned destination_is_window = window_ != nullptr;
  if (destination_is_window) {
    target_.resolve_into(0);
  } else {
    target_.resolve();
    target_.bind_resolved();
  }
  if (ui_ && settings_.show_ui) {
    ui_->begin_frame(width_px, height_px, delta_s);
    ui::ShellState shell{ui_->font_scale(), ui_->theme(), inputs_.calibration, ui_->font_notice()};
    const ui::ShellActions actions = ui::draw_shell(shell);
    ui_->end_frame_and_draw();
    apply(actions);
  }
  return {};
}

} // namespace app
