#include "render/scene_renderer.h"

#include "render/gl_api.h"

#include <algorithm>
#include <cstdint>

#include <glm/gtc/matrix_transform.hpp>

#include "render/anatomy_renderer.h"
#include "render/palette.h"
#include "render/pass_state.h"
#include "render/programs.h"

namespace render {

namespace {
constexpr float kGridHalfSize_m = 2.5f;

// The studio lights follow the camera: key from the upper left front, fill from the lower right,
// rim from behind the model.
DrawContext make_context(const SceneView& view, const glm::mat4& view_projection) {
  DrawContext ctx;
  ctx.view_projection = view_projection;
  ctx.eye = view.camera.eye();
  const glm::mat4 v = view.camera.view_matrix();
  const glm::vec3 right(v[0][0], v[1][0], v[2][0]);
  const glm::vec3 up(v[0][1], v[1][1], v[2][1]);
  const glm::vec3 towards_eye(v[0][2], v[1][2], v[2][2]);
  ctx.key_dir = glm::normalize(-0.55f * right + 0.75f * up + 0.6f * towards_eye);
  ctx.fill_dir = glm::normalize(0.8f * right - 0.25f * up + 0.45f * towards_eye);
  ctx.rim_dir = glm::normalize(-towards_eye + 0.35f * up + 0.2f * right);
  ctx.viewport_px = glm::vec2(static_cast<float>(std::max(view.width_px, 1)),
                              static_cast<float>(std::max(view.height_px, 1)));
  return ctx;
}
}  // namespace

struct SceneRenderer::Impl {
  BackgroundProgram background;
  GridProgram grid;
  PropProgram prop;
  GLuint empty_vao = 0;  // core profile needs a bound VAO even for buffer-less draws
  // One-pixel id pass for picking: a small framebuffer, the projection narrowed to the pixel.
  GLuint pick_fbo = 0, pick_colour = 0, pick_depth = 0;
};

SceneRenderer::SceneRenderer() : impl_(std::make_unique<Impl>()) {}

SceneRenderer::~SceneRenderer() {
  if (!impl_) return;
  if (impl_->empty_vao) glDeleteVertexArrays(1, &impl_->empty_vao);
  if (impl_->pick_fbo) glDeleteFramebuffers(1, &impl_->pick_fbo);
  const GLuint renderbuffers[] = {impl_->pick_colour, impl_->pick_depth};
  glDeleteRenderbuffers(2, renderbuffers);
}

core::Status SceneRenderer::set_model(std::shared_ptr<const anatomy::Scene> scene) {
  auto anatomy = AnatomyRenderer::create(std::move(scene));
  if (!anatomy) return anatomy.error();
  anatomy_ = std::move(*anatomy);
  return {};
}

const anatomy::Scene* SceneRenderer::anatomy_scene() const { return anatomy_ ? &anatomy_->scene() : nullptr; }

anatomy::Aabb SceneRenderer::model_bounds() const {
  if (!anatomy_) return default_bounds();
  const anatomy::Aabb b = anatomy::rest_bounds(anatomy_->scene());
  return b.empty() ? default_bounds() : b;
}

std::optional<int> SceneRenderer::pick(const SceneView& view, glm::vec2 pixel) const {
  if (!anatomy_ || view.width_px <= 0 || view.height_px <= 0) return std::nullopt;
  if (pixel.x < 0.0f || pixel.y < 0.0f || pixel.x >= static_cast<float>(view.width_px) ||
      pixel.y >= static_cast<float>(view.height_px))
    return std::nullopt;
  Impl& impl = *impl_;
  if (!impl.pick_fbo) {
    glGenRenderbuffers(1, &impl.pick_colour);
    glBindRenderbuffer(GL_RENDERBUFFER, impl.pick_colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, 1, 1);
    glGenRenderbuffers(1, &impl.pick_depth);
    glBindRenderbuffer(GL_RENDERBUFFER, impl.pick_depth);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, 1, 1);
    glGenFramebuffers(1, &impl.pick_fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, impl.pick_fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, impl.pick_colour);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, impl.pick_depth);
  }
  GLint previous_fbo = 0, previous_viewport[4] = {};
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previous_fbo);
  glGetIntegerv(GL_VIEWPORT, previous_viewport);
  glBindFramebuffer(GL_FRAMEBUFFER, impl.pick_fbo);
  glViewport(0, 0, 1, 1);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  gl::clear_depth(1.0f);
  glDepthMask(GL_TRUE);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  // Narrow the projection so the pixel's centre fills the 1x1 target (a pick matrix).
  const float w = static_cast<float>(view.width_px), h = static_cast<float>(view.height_px);
  const glm::vec2 ndc((pixel.x + 0.5f) / w * 2.0f - 1.0f, 1.0f - (pixel.y + 0.5f) / h * 2.0f);
  const glm::mat4 pick_matrix = glm::scale(glm::mat4(1.0f), glm::vec3(w, h, 1.0f)) *
                                glm::translate(glm::mat4(1.0f), glm::vec3(-ndc, 0.0f));
  const float aspect = w / h;
  const glm::mat4 view_projection = view.camera.projection_matrix(aspect) * view.camera.view_matrix();
  anatomy_->draw_ids(view.anatomy, make_context(view, pick_matrix * view_projection));
  std::uint8_t rgba[4] = {};
  glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous_fbo));
  glViewport(previous_viewport[0], previous_viewport[1], previous_viewport[2], previous_viewport[3]);
  const int id = rgba[0] | (rgba[1] << 8) | (rgba[2] << 16);
  if (id == 0) return std::nullopt;
  return id - 1;
}

core::Result<std::unique_ptr<SceneRenderer>> SceneRenderer::create() {
  std::unique_ptr<SceneRenderer> renderer(new SceneRenderer());
  auto background = BackgroundProgram::load();
  if (!background) return background.error();
  auto grid = GridProgram::load(kGridHalfSize_m);
  if (!grid) return grid.error();
  renderer->impl_->background = std::move(*background);
  renderer->impl_->grid = std::move(*grid);
  auto prop = PropProgram::load();
  if (!prop) return prop.error();
  renderer->impl_->prop = std::move(*prop);
  glGenVertexArrays(1, &renderer->impl_->empty_vao);
  return renderer;
}

DrawStats SceneRenderer::stats() const {
  DrawStats all = stats_;
  if (anatomy_) all += anatomy_->stats();
  return all;
}

void SceneRenderer::reset_stats() const {
  stats_ = {};
  if (anatomy_) anatomy_->reset_stats();
}

anatomy::Aabb SceneRenderer::default_bounds() {
  // Lower body from the floor to the lowest ribs (T12 at about 1.27 m), hips about 0.35 m wide.
  return anatomy::Aabb{{-0.25f, 0.0f, -0.2f}, {0.25f, 1.3f, 0.2f}};
}

void SceneRenderer::draw(const SceneView& view) const {
  glViewport(0, 0, view.width_px, view.height_px);
  if (view.clip_px) {
    const auto [x, y, w, h] = *view.clip_px;
    glEnable(GL_SCISSOR_TEST);  // the clears and every pass stay inside
    glScissor(x, view.height_px - (y + h), w, h);
  } else {
    glDisable(GL_SCISSOR_TEST);
  }
  apply(kDefaultPassState);  // the clear writes only where the masks let it
  gl::clear_depth(1.0f);
  glClearStencil(0);
  // No colour clear: the background below writes every sample the opaque anatomy leaves, unless
  // there is to be none.
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT |
          (view.transparent_background ? GL_COLOR_BUFFER_BIT : 0));
  const float aspect = static_cast<float>(view.width_px) / static_cast<float>(std::max(view.height_px, 1));
  const glm::mat4 view_projection = view.camera.projection_matrix(aspect) * view.camera.view_matrix();

  const DrawContext ctx = make_context(view, view_projection);
  if (anatomy_) anatomy_->draw_opaque(view.anatomy, ctx);
  glBindVertexArray(impl_->empty_vao);
  if (!view.props.empty()) {
    apply({.cull = Cull::back});
    impl_->prop.use();
    impl_->prop.set_common(ctx);
    for (const Prop& prop : view.props) {
      impl_->prop.set_box(prop.centre, prop.half_size_m, palette::to_linear(prop.colour));
      glDrawArrays(GL_TRIANGLES, 0, 36);
      stats_.count(12);
    }
  }

  // The background after the opaque anatomy, on the far plane: the depth test passes only where
  // nothing was drawn, so the pixels under the body are not shaded twice. It writes every sample
  // the anatomy left, which is why the colour buffer needs no clear.
  if (!view.transparent_background) {
    apply({.depth_write = false});
    impl_->background.use();
    glDrawArrays(GL_TRIANGLES, 0, 3);
    stats_.count(1);
  }

  // The grid after the opaque anatomy, so the body hides the lines behind it. The floor is
  // translucent and does not hide what stands on it.
  if (view.show_grid) {
    apply({.depth_write = false, .blend = true});
    impl_->grid.use();
    impl_->grid.set_common(ctx);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    stats_.count(2);
  }
  glBindVertexArray(0);
  if (anatomy_) {
    anatomy_->draw_discs_through_bone(view.anatomy, ctx);
    anatomy_->draw_translucent(view.anatomy, ctx);
    anatomy_->draw_outline(view.anatomy, ctx);
    anatomy_->draw_ghost_outline(view.anatomy, ctx);
  }
  apply(kDefaultPassState);
  glDisable(GL_SCISSOR_TEST);
}

}  // namespace render
