#pragma once
// One PostureLab view: the scene renderer, the multisampled target, the UI layer and the state they
// show. The window and the headless commands (screenshot, bench) render every frame through here,
// so what a screenshot shows is what the window shows.
#include <memory>

#include "app/model_view.h"
#include "app/ui_layer.h"
#include "biomech/inputs.h"
#include "core/result.h"
#include "render/camera.h"
#include "render/image.h"
#include "render/render_target.h"
#include "render/scene_renderer.h"

struct GLFWwindow;

namespace app {

struct ViewerSettings {
  float font_scale = 1.0f;
  ui::ThemeKind theme = ui::ThemeKind::calm;
  render::ViewPreset view = render::ViewPreset::side;
  bool show_ui = true;
  int msaa_samples = 4;
};

class Viewer {
 public:
  // Needs a current GL 3.3 context; `window` is null when headless.
  static core::Result<std::unique_ptr<Viewer>> create(GLFWwindow* window, const ViewerSettings& settings);

  // Draws one frame of the given size. Headless: into the offscreen target (read it with capture()).
  // Window: resolved into the default framebuffer; the caller swaps buffers.
  core::Status render_frame(int width_px, int height_px, float delta_s);
  render::Image capture() const { return target_.read_resolved(); }

  void set_inputs(const biomech::Inputs& inputs) {
    inputs_ = inputs;
    model_.set_inputs(inputs);
  }
  // The anatomy: pose, colours, layers, ghost, hover and selection.
  ModelView& model() { return model_; }
  const render::SceneRenderer& scene_renderer() const { return *scene_; }
  // The structure under a window pixel (origin top left), from the last frame's view.
  std::optional<int> pick(glm::vec2 pixel) const { return scene_->pick(last_view_, pixel); }
  const biomech::Inputs& inputs() const { return inputs_; }
  void set_view(render::ViewPreset view);
  void frame_model();
  render::OrbitCamera& camera() { return camera_; }
  const render::OrbitCamera& camera() const { return camera_; }
  UiLayer* ui() { return ui_.get(); }
  void change_font_scale(float delta);
  void set_show_ui(bool show) { settings_.show_ui = show; }

 private:
  Viewer() = default;
  void apply(const ui::ShellActions& actions);

  GLFWwindow* window_ = nullptr;
  ViewerSettings settings_;
  std::unique_ptr<render::SceneRenderer> scene_;
  std::unique_ptr<UiLayer> ui_;
  render::RenderTarget target_;
  render::OrbitCamera camera_;
  biomech::Inputs inputs_ = biomech::balanced_inputs();
  ModelView model_;
  render::SceneView last_view_;
};

} // namespace app
