#include "render/scene_renderer.h"

#include <glad/gl.h>

#include <algorithm>

#include "render/palette.h"
#include "render/shader_program.h"

namespace render {

namespace {
constexpr float kGridHalfSize_m = 2.5f;
} // namespace

struct SceneRenderer::Impl {
  ShaderProgram background;
  ShaderProgram grid;
  GLuint empty_vao = 0;  // core profile needs a bound VAO even for buffer-less draws
};

SceneRenderer::SceneRenderer() : impl_(std::make_unique<Impl>()) {}

SceneRenderer::~SceneRenderer() {
  if (impl_ && impl_->empty_vao) glDeleteVertexArrays(1, &impl_->empty_vao);
}

core::Result<std::unique_ptr<SceneRenderer>> SceneRenderer::create() {
  std::unique_ptr<SceneRenderer> renderer(new SceneRenderer());
  auto background = ShaderProgram::load("background");
  if (!background) return background.error();
  auto grid = ShaderProgram::load("grid");
  if (!grid) return grid.error();
  renderer->impl_->background = std::move(*background);
  renderer->impl_->grid = std::move(*grid);
  glGenVertexArrays(1, &renderer->impl_->empty_vao);
  return renderer;
}

Bounds SceneRenderer::default_bounds() {
  // Lower body from the floor to the lowest ribs (T12 at about 1.27 m), hips about 0.35 m wide.
  return Bounds{{-0.25f, 0.0f, -0.2f}, {0.25f, 1.3f, 0.2f}};
}

void SceneRenderer::draw(const SceneView& view) const {
  glViewport(0, 0, view.width_px, view.height_px);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  glClearDepth(1.0);
  glDepthMask(GL_TRUE);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  glBindVertexArray(impl_->empty_vao);

  // Background first, without depth, so everything else draws over it.
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  impl_->background.use();
  impl_->background.set("u_top", palette::to_linear(palette::kBackgroundTop));
  impl_->background.set("u_bottom", palette::to_linear(palette::kBackgroundBottom));
  glDrawArrays(GL_TRIANGLES, 0, 3);

  const float aspect = static_cast<float>(view.width_px) / static_cast<float>(std::max(view.height_px, 1));
  const glm::mat4 view_projection = view.camera.projection_matrix(aspect) * view.camera.view_matrix();

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LEQUAL);

  if (view.show_grid) {
    // The floor is translucent and does not hide what stands on it.
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    impl_->grid.use();
    impl_->grid.set("u_view_projection", view_projection);
    impl_->grid.set("u_half_size_m", kGridHalfSize_m);
    impl_->grid.set("u_minor", palette::to_linear(palette::kGridMinor));
    impl_->grid.set("u_major", palette::to_linear(palette::kGridMajor));
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
  }
  glBindVertexArray(0);
}

} // namespace render
