#include "render/anatomy_renderer.h"

#include <glad/gl.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include <glm/gtc/type_ptr.hpp>

#include "render/colour_scales.h"
#include "render/palette.h"

namespace render {
namespace {

constexpr std::size_t kMaxJoints = 64;  // matches shaders/skinning.glsl

struct GpuVertex {
  float position[3];
  float normal[3];
  float uv[2];
  std::uint16_t joints[4];
  float weights[4];
};

constexpr palette::Srgb kBone{232, 222, 196};
constexpr palette::Srgb kMuscle{150, 52, 42};
constexpr palette::Srgb kTendon{226, 226, 236};
constexpr palette::Srgb kSkin{226, 186, 162};
constexpr palette::Srgb kGhost{176, 206, 240};
constexpr palette::Srgb kOutline{255, 214, 92};
constexpr float kSkinAlpha = 0.22f;
constexpr float kXrayAlpha = 0.28f;
constexpr float kGhostAlpha = 0.45f;

// The muscle's long axis in rest space: the principal direction of its vertices (a few power
// iterations on the covariance are plenty for elongated shapes).
glm::vec3 principal_axis(const anatomy::Mesh& mesh) {
  glm::dvec3 mean(0.0);
  std::size_t n = 0;
  for (const auto& p : mesh.primitives)
    for (const auto& v : p.positions) {
      mean += glm::dvec3(v);
      ++n;
    }
  if (n == 0) return {0.0f, 1.0f, 0.0f};
  mean /= static_cast<double>(n);
  glm::dmat3 cov(0.0);
  for (const auto& p : mesh.primitives)
    for (const auto& v : p.positions) {
      const glm::dvec3 d = glm::dvec3(v) - mean;
      cov += glm::outerProduct(d, d);
    }
  glm::dvec3 axis(0.3, 1.0, 0.2);
  for (int i = 0; i < 16; ++i) {
    axis = cov * axis;
    const double length = glm::length(axis);
    if (length < 1e-12) return {0.0f, 1.0f, 0.0f};
    axis /= length;
  }
  return glm::vec3(axis);
}

} // namespace

AnatomyRenderer::~AnatomyRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
  const GLuint buffers[] = {vbo_, ibo_};
  glDeleteBuffers(2, buffers);
}

core::Result<std::unique_ptr<AnatomyRenderer>> AnatomyRenderer::create(std::shared_ptr<const anatomy::Scene> scene) {
  std::unique_ptr<AnatomyRenderer> r(new AnatomyRenderer());
  for (std::size_t i = 0; i < scene->skins.size(); ++i)
    if (scene->skins[i].joints.size() > kMaxJoints)
      return core::make_error("skins[" + std::to_string(i) + "] has " + std::to_string(scene->skins[i].joints.size()) +
                              " joints; the renderer supports " + std::to_string(kMaxJoints));
  auto shaded = ShaderProgram::load("anatomy");
  if (!shaded) return shaded.error();
  auto ids = ShaderProgram::load("anatomy_id");
  if (!ids) return ids.error();
  auto outline = ShaderProgram::load("outline");
  if (!outline) return outline.error();
  r->shaded_ = std::move(*shaded);
  r->ids_ = std::move(*ids);
  r->outline_ = std::move(*outline);

  std::vector<GpuVertex> vertices;
  std::vector<std::uint32_t> indices;
  for (std::size_t n = 0; n < scene->nodes.size(); ++n) {
    const anatomy::Node& node = scene->nodes[n];
    if (node.mesh < 0) continue;
    for (const anatomy::Primitive& p : scene->meshes[static_cast<std::size_t>(node.mesh)].primitives) {
      Draw draw;
      draw.node = static_cast<int>(n);
      draw.structure = node.structure;
      if (node.structure >= 0) draw.category = scene->structures[static_cast<std::size_t>(node.structure)].category;
      draw.skin = p.joints.empty() ? -1 : node.skin;
      draw.first_index = static_cast<unsigned>(indices.size());
      draw.index_count = static_cast<int>(p.indices.size());
      draw.base_vertex = static_cast<int>(vertices.size());
      for (std::size_t v = 0; v < p.positions.size(); ++v) {
        GpuVertex g{};
        std::copy_n(glm::value_ptr(p.positions[v]), 3, g.position);
        std::copy_n(glm::value_ptr(p.normals[v]), 3, g.normal);
        if (!p.uvs.empty()) std::copy_n(glm::value_ptr(p.uvs[v]), 2, g.uv);
        if (!p.joints.empty()) {
          for (int k = 0; k < 4; ++k) g.joints[k] = p.joints[v][k];
          std::copy_n(glm::value_ptr(p.weights[v]), 4, g.weights);
        } else {
          g.weights[0] = 1.0f;
        }
        vertices.push_back(g);
      }
      indices.insert(indices.end(), p.indices.begin(), p.indices.end());
      r->draws_.push_back(draw);
    }
  }
  r->structures_.resize(scene->structures.size());
  for (std::size_t s = 0; s < scene->structures.size(); ++s) {
    const anatomy::Node& node = scene->nodes[static_cast<std::size_t>(scene->structures[s].node)];
    if (node.mesh < 0) continue;
    const anatomy::Mesh& mesh = scene->meshes[static_cast<std::size_t>(node.mesh)];
    anatomy::Aabb bounds;
    for (const auto& p : mesh.primitives) bounds.extend(p.bounds);
    r->structures_[s].rest_z_range = {bounds.min.z, bounds.max.z};
    if (scene->structures[s].category == anatomy::Category::muscle) r->structures_[s].fibre_axis = principal_axis(mesh);
  }

  glGenVertexArrays(1, &r->vao_);
  glBindVertexArray(r->vao_);
  glGenBuffers(1, &r->vbo_);
  glBindBuffer(GL_ARRAY_BUFFER, r->vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(GpuVertex)), vertices.data(), GL_STATIC_DRAW);
  glGenBuffers(1, &r->ibo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r->ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(),
               GL_STATIC_DRAW);
  constexpr auto stride = static_cast<GLsizei>(sizeof(GpuVertex));
  auto offset = [](std::size_t bytes) { return reinterpret_cast<const void*>(bytes); };
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, stride, offset(offsetof(GpuVertex, position)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, stride, offset(offsetof(GpuVertex, normal)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, offset(offsetof(GpuVertex, uv)));
  glEnableVertexAttribArray(3);
  // Joint indices are integers: the I variant, or the shader would read converted floats.
  glVertexAttribIPointer(3, 4, GL_UNSIGNED_SHORT, stride, offset(offsetof(GpuVertex, joints)));
  glEnableVertexAttribArray(4);
  glVertexAttribPointer(4, 4, GL_FLOAT, GL_FALSE, stride, offset(offsetof(GpuVertex, weights)));
  glBindVertexArray(0);

  r->rest_ = anatomy::evaluate_pose(*scene, anatomy::make_rig(*scene), {});
  r->anchors_ = anatomy::make_structure_anchors(*scene);
  r->scene_ = std::move(scene);
  return r;
}

LayerMode AnatomyRenderer::mode_of(const AnatomyFrame& frame, const Draw& draw) const {
  if (draw.structure < 0) return frame.layers.isolate_category || frame.layers.isolate_structure ? LayerMode::hidden : LayerMode::shown;
  return frame.layers.mode(scene_->structures[static_cast<std::size_t>(draw.structure)], draw.structure);
}

void AnatomyRenderer::bind_pose(const ShaderProgram& program, const anatomy::PosedScene& pose, const Draw& draw,
                                int& bound_skin) const {
  if (draw.skin < 0) {
    program.set("u_skinned", 0);
    program.set("u_model", pose.world[static_cast<std::size_t>(draw.node)]);
    return;
  }
  program.set("u_skinned", 1);
  if (bound_skin == draw.skin) return;
  const auto& matrices = pose.skin_matrices[static_cast<std::size_t>(draw.skin)];
  glUniformMatrix4fv(program.location("u_joints"), static_cast<GLsizei>(matrices.size()), GL_FALSE,
                     glm::value_ptr(matrices.front()));
  bound_skin = draw.skin;
}

void AnatomyRenderer::set_material(const AnatomyFrame& frame, const Draw& draw, int mode, float alpha) const {
  const ShaderProgram& p = shaded_;
  const StructureStyle neutral;
  const StructureStyle& style = (frame.styles && draw.structure >= 0 &&
                                 static_cast<std::size_t>(draw.structure) < frame.styles->size())
                                    ? (*frame.styles)[static_cast<std::size_t>(draw.structure)]
                                    : neutral;
  glm::vec3 albedo = palette::to_linear(kBone);
  switch (draw.category) {
    case anatomy::Category::muscle:
      albedo = frame.muscle_colouring == MuscleColouring::strength  ? sample_linear(muscle_strength_scale(), style.muscle_strength)
               : frame.muscle_colouring == MuscleColouring::tension ? sample_linear(muscle_tension_scale(), style.muscle_tension)
                                                                    : palette::to_linear(kMuscle);
      break;
    case anatomy::Category::tendon: albedo = palette::to_linear(kTendon); break;
    case anatomy::Category::skin: albedo = palette::to_linear(kSkin); break;
    default: break;
  }
  p.set("u_category", static_cast<int>(draw.category));
  p.set("u_mode", mode);
  p.set("u_albedo", albedo);
  p.set("u_alpha", alpha);
  p.set("u_disc_anterior", style.disc_anterior);
  p.set("u_disc_posterior", style.disc_posterior);
  p.set("u_posterior_load", style.posterior_load);
  if (draw.structure >= 0) {
    const StructureGpu& s = structures_[static_cast<std::size_t>(draw.structure)];
    p.set("u_fibre_axis", s.fibre_axis);
    p.set("u_rest_z_range", s.rest_z_range);
  }
  float highlight = 0.0f;
  if (draw.structure >= 0 && draw.structure == frame.hovered) highlight = 1.0f;
  p.set("u_highlight", highlight);
}

void AnatomyRenderer::issue(const Draw& draw) const {
  glDrawElementsBaseVertex(GL_TRIANGLES, draw.index_count, GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(static_cast<std::size_t>(draw.first_index) * sizeof(std::uint32_t)),
                           draw.base_vertex);
}

namespace {
void set_common(const ShaderProgram& p, const DrawContext& ctx) {
  p.use();
  p.set("u_view_projection", ctx.view_projection);
  p.set("u_eye", ctx.eye);
  p.set("u_key_dir", ctx.key_dir);
  p.set("u_fill_dir", ctx.fill_dir);
  p.set("u_rim_dir", ctx.rim_dir);
}
} // namespace

void AnatomyRenderer::draw_opaque(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  set_common(shaded_, ctx);
  std::array<glm::vec3, 4> pressure;
  for (std::size_t i = 0; i < 4; ++i) pressure[i] = palette::to_linear(disc_pressure_scale().stops[i].colour);
  glUniform3fv(shaded_.location("u_scale_pressure"), 4, glm::value_ptr(pressure[0]));
  const glm::vec3 load[2] = {palette::to_linear(posterior_load_scale().stops[0].colour),
                             palette::to_linear(posterior_load_scale().stops[3].colour)};
  glUniform3fv(shaded_.location("u_scale_load"), 2, glm::value_ptr(load[0]));
  shaded_.set("u_ghost_colour", palette::to_linear(kGhost));
  glBindVertexArray(vao_);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glEnable(GL_STENCIL_TEST);
  glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
  glStencilFunc(GL_ALWAYS, 1, 0xFF);
  int bound_skin = -1;
  for (const Draw& draw : draws_) {
    if (draw.category == anatomy::Category::skin || mode_of(frame, draw) != LayerMode::shown) continue;
    glStencilMask(draw.structure >= 0 && draw.structure == frame.selected ? 0xFF : 0x00);
    bind_pose(shaded_, pose, draw, bound_skin);
    set_material(frame, draw, 0, 1.0f);
    issue(draw);
  }
  glStencilMask(0xFF);
  glDisable(GL_STENCIL_TEST);
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_outline(const AnatomyFrame& frame, const DrawContext& ctx) const {
  if (frame.selected < 0) return;
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  outline_.use();
  outline_.set("u_view_projection", ctx.view_projection);
  constexpr float kWidthPx = 2.5f;
  outline_.set("u_width_ndc", glm::vec2(2.0f * kWidthPx / ctx.viewport_px.x, 2.0f * kWidthPx / ctx.viewport_px.y));
  outline_.set("u_colour", palette::to_linear(kOutline));
  glBindVertexArray(vao_);
  // Drawn over everything (no depth test) so a selected muscle behind a bone still shows where it is.
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_STENCIL_TEST);
  glStencilFunc(GL_NOTEQUAL, 1, 0xFF);
  glStencilMask(0x00);
  int bound_skin = -1;
  for (const Draw& draw : draws_) {
    if (draw.structure != frame.selected || mode_of(frame, draw) == LayerMode::hidden) continue;
    bind_pose(outline_, pose, draw, bound_skin);
    issue(draw);
  }
  glStencilMask(0xFF);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_DEPTH_TEST);
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_translucent(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  set_common(shaded_, ctx);
  glBindVertexArray(vao_);
  glEnable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);

  // Ghost of the balanced skeleton: a depth-only pass first so overlapping ghost bones blend once,
  // and ghost parts inside the current bones stay hidden; only the difference shows.
  if (frame.ghost) {
    int bound_skin = -1;
    for (int pass = 0; pass < 2; ++pass) {
      glColorMask(pass == 1, pass == 1, pass == 1, pass == 1);
      glDepthMask(pass == 0);
      glDepthFunc(GL_LEQUAL);
      for (const Draw& draw : draws_) {
        if (draw.category != anatomy::Category::bone || mode_of(frame, draw) == LayerMode::hidden) continue;
        bind_pose(shaded_, *frame.ghost, draw, bound_skin);
        set_material(frame, draw, 1, kGhostAlpha);
        issue(draw);
      }
    }
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  }

  // X-ray structures and the skin, far to near, each back faces first then front faces.
  struct Item {
    const Draw* draw;
    float depth;
  };
  std::vector<Item> items;
  for (const Draw& draw : draws_) {
    const LayerMode mode = mode_of(frame, draw);
    if (mode == LayerMode::hidden) continue;
    if (mode != LayerMode::xray && draw.category != anatomy::Category::skin) continue;
    glm::vec3 centre(pose.world[static_cast<std::size_t>(draw.node)][3]);
    if (draw.structure >= 0) centre = anatomy::posed_anchor(pose, anchors_[static_cast<std::size_t>(draw.structure)]);
    items.push_back({&draw, glm::length(centre - ctx.eye)});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.depth > b.depth; });
  glDepthMask(GL_FALSE);
  glEnable(GL_CULL_FACE);
  int bound_skin = -1;
  for (const Item& item : items) {
    const Draw& draw = *item.draw;
    const bool xray = mode_of(frame, draw) == LayerMode::xray;
    bind_pose(shaded_, pose, draw, bound_skin);
    set_material(frame, draw, xray ? 2 : 0, xray ? kXrayAlpha : kSkinAlpha);
    for (GLenum face : {GL_FRONT, GL_BACK}) {
      glCullFace(face);
      issue(draw);
    }
  }
  glDisable(GL_CULL_FACE);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_ids(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  ids_.use();
  ids_.set("u_view_projection", ctx.view_projection);
  glBindVertexArray(vao_);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  int bound_skin = -1;
  // What the eye sees as solid is what the cursor picks: the skin and x-ray layers are see-through.
  for (const Draw& draw : draws_) {
    if (draw.structure < 0 || mode_of(frame, draw) != LayerMode::shown) continue;
    const bool skin_isolated = frame.layers.isolate_category == anatomy::Category::skin ||
                               frame.layers.isolate_structure == draw.structure;
    if (draw.category == anatomy::Category::skin && !skin_isolated) continue;
    bind_pose(ids_, pose, draw, bound_skin);
    ids_.set("u_id", draw.structure + 1);
    issue(draw);
  }
  glBindVertexArray(0);
}

LayerMode Layers::mode(const anatomy::Structure& s, int index) const {
  if (isolate_structure && *isolate_structure != index) return LayerMode::hidden;
  if (isolate_category && *isolate_category != s.category) return LayerMode::hidden;
  if (auto it = structure.find(index); it != structure.end()) return it->second;
  const auto c = static_cast<std::size_t>(s.category);
  return c < category.size() ? category[c] : LayerMode::shown;
}

} // namespace render
