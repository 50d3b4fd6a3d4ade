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
constexpr float kGhostAlpha = 0.4f;

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

}  // namespace

AnatomyRenderer::~AnatomyRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
  const GLuint buffers[] = {vbo_, ibo_};
  glDeleteBuffers(2, buffers);
}

core::Result<std::unique_ptr<AnatomyRenderer>> AnatomyRenderer::create(
    std::shared_ptr<const anatomy::Scene> scene) {
  std::unique_ptr<AnatomyRenderer> r(new AnatomyRenderer());
  for (std::size_t i = 0; i < scene->skins.size(); ++i)
    if (scene->skins[i].joints.size() > kMaxJoints)
      return core::make_error("skins[" + std::to_string(i) + "] has " +
                              std::to_string(scene->skins[i].joints.size()) +
                              " joints; the renderer supports " + std::to_string(kMaxJoints));
  auto ids = load_programs("anatomy_id");
  if (!ids) return ids.error();
  auto outline = load_programs("outline");
  if (!outline) return outline.error();
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
      if (node.structure >= 0)
        draw.category = scene->structures[static_cast<std::size_t>(node.structure)].category;
      draw.skin = p.joints.empty() ? -1 : node.skin;
      // Bones are rigid to one joint. Drawing them with that joint's matrix skips per-vertex
      // skinning, which llvmpipe pays dearly for (indexed uniform arrays): ~5x faster frames.
      if (draw.skin >= 0 && !p.joints.empty()) {
        const int first = p.joints[0][0];
        const bool rigid =
            std::all_of(p.joints.begin(), p.joints.end(), [&, v = std::size_t{0}](const auto& j) mutable {
              const glm::vec4& w = p.weights[v++];
              for (int k = 0; k < 4; ++k)
                if (w[k] > 1e-4f && j[k] != first) return false;
              return true;
            });
        if (rigid) draw.rigid_joint = first;
      }
      draw.rest_bounds = p.bounds;
      if (draw.skin >= 0 && draw.rigid_joint < 0)
        for (std::size_t v = 0; v < p.joints.size(); ++v)
          for (int k = 0; k < 4; ++k)
            if (p.weights[v][k] > 0.0f)
              draw.joint_mask |= std::uint64_t{1} << (p.joints[v][k] & (kMaxJoints - 1));
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
  // Outer layers first: muscles hide most of the bones, so the depth test rejects the bones'
  // hidden fragments before shading (llvmpipe is fill-rate bound at 720p).
  auto layer_rank = [](anatomy::Category c) {
    switch (c) {
      case anatomy::Category::muscle:
        return 0;
      case anatomy::Category::tendon:
        return 1;
      case anatomy::Category::bone:
        return 2;
      case anatomy::Category::disc:
        return 3;
      default:
        return 4;
    }
  };
  std::stable_sort(r->draws_.begin(), r->draws_.end(), [&](const Draw& a, const Draw& b) {
    return layer_rank(a.category) < layer_rank(b.category);
  });
  if (auto status = r->load_shaded(); !status) return status.error();
  r->structures_.resize(scene->structures.size());
  for (std::size_t s = 0; s < scene->structures.size(); ++s) {
    const anatomy::Node& node = scene->nodes[static_cast<std::size_t>(scene->structures[s].node)];
    if (node.mesh < 0) continue;
    const anatomy::Mesh& mesh = scene->meshes[static_cast<std::size_t>(node.mesh)];
    anatomy::Aabb bounds;
    for (const auto& p : mesh.primitives) bounds.extend(p.bounds);
    r->structures_[s].rest_z_range = {bounds.min.z, bounds.max.z};
    if (scene->structures[s].category == anatomy::Category::muscle)
      r->structures_[s].fibre_axis = principal_axis(mesh);
  }

  glGenVertexArrays(1, &r->vao_);
  glBindVertexArray(r->vao_);
  glGenBuffers(1, &r->vbo_);
  glBindBuffer(GL_ARRAY_BUFFER, r->vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(GpuVertex)), vertices.data(),
               GL_STATIC_DRAW);
  glGenBuffers(1, &r->ibo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r->ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
               indices.data(), GL_STATIC_DRAW);
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

core::Result<AnatomyRenderer::Programs> AnatomyRenderer::load_programs(const char* name) {
  Programs programs;
  auto skinned = ShaderProgram::load(name);
  if (!skinned) return skinned.error();
  auto rigid = ShaderProgram::load(std::string(name) + "_rigid", name);
  if (!rigid) return rigid.error();
  programs.skinned = std::move(*skinned);
  programs.rigid = std::move(*rigid);
  return programs;
}

core::Status AnatomyRenderer::load_shaded() {
  // Only the variants some draw can use: each costs a compile at start-up.
  auto load = [&](Look look, anatomy::Category category, bool skinned_variant) -> core::Status {
    Programs& programs =
        shaded_[static_cast<std::size_t>(look) * kCategoryCount + static_cast<std::size_t>(category)];
    ShaderProgram& slot = skinned_variant ? programs.skinned : programs.rigid;
    if (slot.id() != 0) return {};
    std::string defines = "#define CATEGORY " + std::to_string(static_cast<int>(category)) + "\n";
    if (look == Look::ghost) defines += "#define GHOST\n";
    if (look == Look::xray || category == anatomy::Category::skin) defines += "#define EDGE_ALPHA\n";
    auto program = ShaderProgram::load(skinned_variant ? "anatomy" : "anatomy_rigid", "anatomy", defines);
    if (!program) return program.error();
    slot = std::move(*program);
    return {};
  };
  for (const Draw& draw : draws_) {
    const bool skinned_variant = skinned(draw);
    for (Look look : {Look::lit, Look::xray})
      if (auto status = load(look, draw.category, skinned_variant); !status) return status;
    if (draw.category == anatomy::Category::bone || draw.category == anatomy::Category::skin)
      if (auto status = load(Look::ghost, anatomy::Category::bone, skinned_variant); !status) return status;
  }
  return {};
}

const AnatomyRenderer::Programs& AnatomyRenderer::shaded(Look look, anatomy::Category category) const {
  // The ghost looks the same whatever the category: one variant, kept in the bone slot. X-ray skin
  // is what the skin always is (see-through with edges).
  if (look == Look::ghost) category = anatomy::Category::bone;
  if (look == Look::xray && category == anatomy::Category::skin) look = Look::lit;
  return shaded_[static_cast<std::size_t>(look) * kCategoryCount + static_cast<std::size_t>(category)];
}

LayerMode AnatomyRenderer::mode_of(const AnatomyFrame& frame, const Draw& draw) const {
  if (draw.structure < 0)
    return frame.layers.isolate_category || frame.layers.isolate_structure ? LayerMode::hidden
                                                                           : LayerMode::shown;
  return frame.layers.mode(scene_->structures[static_cast<std::size_t>(draw.structure)], draw.structure);
}

const ShaderProgram& AnatomyRenderer::use_for(const Programs& programs, const anatomy::PosedScene& pose,
                                              const Draw& draw, const ShaderProgram*& current) const {
  const ShaderProgram& program = programs.for_draw(draw);
  if (&program != current) {
    program.use();
    current = &program;
  }
  if (&program == &programs.skinned) {
    const auto& matrices = pose.skin_matrices[static_cast<std::size_t>(draw.skin)];
    glUniformMatrix4fv(program.location("u_joints"), static_cast<GLsizei>(matrices.size()), GL_FALSE,
                       glm::value_ptr(matrices.front()));
  } else {
    program.set("u_model", draw.skin < 0 ? pose.world[static_cast<std::size_t>(draw.node)]
                                         : pose.skin_matrices[static_cast<std::size_t>(draw.skin)]
                                                             [static_cast<std::size_t>(draw.rigid_joint)]);
  }
  return program;
}

void AnatomyRenderer::set_material(const ShaderProgram& p, const AnatomyFrame& frame, const Draw& draw,
                                   float alpha) const {
  const StructureStyle neutral;
  const StructureStyle& style =
      (frame.styles && draw.structure >= 0 && static_cast<std::size_t>(draw.structure) < frame.styles->size())
          ? (*frame.styles)[static_cast<std::size_t>(draw.structure)]
          : neutral;
  glm::vec3 albedo = palette::to_linear(kBone);
  switch (draw.category) {
    case anatomy::Category::muscle:
      albedo = frame.muscle_colouring == MuscleColouring::strength
                   ? sample_linear(muscle_strength_scale(), style.muscle_strength)
               : frame.muscle_colouring == MuscleColouring::tension
                   ? sample_linear(muscle_tension_scale(), style.muscle_tension)
                   : palette::to_linear(kMuscle);
      break;
    case anatomy::Category::tendon:
      albedo = palette::to_linear(kTendon);
      break;
    case anatomy::Category::skin:
      albedo = palette::to_linear(kSkin);
      break;
    default:
      break;
  }
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
  p.set("u_highlight", draw.structure >= 0 && draw.structure == frame.hovered ? 1.0f : 0.0f);
}

void AnatomyRenderer::issue(const Draw& draw) const {
  glDrawElementsBaseVertex(
      GL_TRIANGLES, draw.index_count, GL_UNSIGNED_INT,
      reinterpret_cast<const void*>(static_cast<std::size_t>(draw.first_index) * sizeof(std::uint32_t)),
      draw.base_vertex);
}

namespace {
// True when the box moved by `model` lies wholly outside one plane of the clip volume.
bool box_outside(const anatomy::Aabb& box, const glm::mat4& view_projection_model) {
  int below_x = 0, above_x = 0, below_y = 0, above_y = 0, below_z = 0, above_z = 0;
  for (int c = 0; c < 8; ++c) {
    const glm::vec4 p =
        view_projection_model * glm::vec4(c & 1 ? box.max.x : box.min.x, c & 2 ? box.max.y : box.min.y,
                                          c & 4 ? box.max.z : box.min.z, 1.0f);
    below_x += p.x < -p.w;
    above_x += p.x > p.w;
    below_y += p.y < -p.w;
    above_y += p.y > p.w;
    below_z += p.z < -p.w;
    above_z += p.z > p.w;
  }
  return below_x == 8 || above_x == 8 || below_y == 8 || above_y == 8 || below_z == 8 || above_z == 8;
}
}  // namespace

bool AnatomyRenderer::may_be_visible(const Draw& draw, const anatomy::PosedScene& pose,
                                     const glm::mat4& view_projection) const {
  if (draw.rest_bounds.empty) return true;
  if (draw.skin < 0)
    return !box_outside(draw.rest_bounds, view_projection * pose.world[static_cast<std::size_t>(draw.node)]);
  const auto& matrices = pose.skin_matrices[static_cast<std::size_t>(draw.skin)];
  if (draw.rigid_joint >= 0)
    return !box_outside(draw.rest_bounds,
                        view_projection * matrices[static_cast<std::size_t>(draw.rigid_joint)]);
  // Linear blend skinning puts each vertex inside the convex hull of its joints' transforms of it,
  // so the world box around the rest box moved by every influencing joint bounds the posed mesh.
  anatomy::Aabb world;
  const anatomy::Aabb& rest = draw.rest_bounds;
  for (std::size_t j = 0; j < matrices.size(); ++j) {
    if (!(draw.joint_mask >> j & 1u)) continue;
    for (int c = 0; c < 8; ++c)
      world.extend(
          glm::vec3(matrices[j] * glm::vec4(c & 1 ? rest.max.x : rest.min.x, c & 2 ? rest.max.y : rest.min.y,
                                            c & 4 ? rest.max.z : rest.min.z, 1.0f)));
  }
  return world.empty || !box_outside(world, view_projection);
}

namespace {
void set_common_uniforms(const ShaderProgram& p, const DrawContext& ctx) {
  p.use();
  p.set("u_view_projection", ctx.view_projection);
  p.set("u_eye", ctx.eye);
  p.set("u_key_dir", ctx.key_dir);
  p.set("u_fill_dir", ctx.fill_dir);
  p.set("u_rim_dir", ctx.rim_dir);
  std::array<glm::vec3, 4> pressure;
  for (std::size_t i = 0; i < 4; ++i) pressure[i] = palette::to_linear(disc_pressure_scale().stops[i].colour);
  glUniform3fv(p.location("u_scale_pressure"), 4, glm::value_ptr(pressure[0]));
  const glm::vec3 load[2] = {palette::to_linear(posterior_load_scale().stops[0].colour),
                             palette::to_linear(posterior_load_scale().stops[3].colour)};
  glUniform3fv(p.location("u_scale_load"), 2, glm::value_ptr(load[0]));
  p.set("u_ghost_colour", palette::to_linear(kGhost));
}
}  // namespace

void AnatomyRenderer::set_common(Look look, const DrawContext& ctx) const {
  for (std::size_t c = 0; c < kCategoryCount; ++c) {
    const Programs& programs = shaded_[static_cast<std::size_t>(look) * kCategoryCount + c];
    for (const ShaderProgram* p : {&programs.skinned, &programs.rigid})
      if (p->id() != 0) set_common_uniforms(*p, ctx);
  }
}

void AnatomyRenderer::draw_opaque(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  set_common(Look::lit, ctx);
  glBindVertexArray(vao_);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  // The model's meshes are closed and wound counter-clockwise (glTF), so back faces never show.
  glEnable(GL_CULL_FACE);
  glCullFace(GL_BACK);
  glEnable(GL_STENCIL_TEST);
  glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
  glStencilFunc(GL_ALWAYS, 1, 0xFF);
  const ShaderProgram* current = nullptr;
  for (const Draw& draw : draws_) {
    if (draw.category == anatomy::Category::skin || mode_of(frame, draw) != LayerMode::shown) continue;
    if (!may_be_visible(draw, pose, ctx.view_projection)) continue;
    glStencilMask(draw.structure >= 0 && draw.structure == frame.selected ? 0xFF : 0x00);
    const ShaderProgram& p = use_for(shaded(Look::lit, draw.category), pose, draw, current);
    set_material(p, frame, draw, 1.0f);
    issue(draw);
  }
  glStencilMask(0xFF);
  glDisable(GL_STENCIL_TEST);
  glDisable(GL_CULL_FACE);
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_outline(const AnatomyFrame& frame, const DrawContext& ctx) const {
  if (frame.selected < 0) return;
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  constexpr float kWidthPx = 2.5f;
  for (const ShaderProgram* p : {&outline_.skinned, &outline_.rigid}) {
    p->use();
    p->set("u_view_projection", ctx.view_projection);
    p->set("u_width_ndc",
           glm::vec2(2.0f * kWidthPx / ctx.viewport_px.x, 2.0f * kWidthPx / ctx.viewport_px.y));
    p->set("u_colour", palette::to_linear(kOutline));
  }
  glBindVertexArray(vao_);
  // Drawn over everything (no depth test) so a selected muscle behind a bone still shows where it is.
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_STENCIL_TEST);
  glStencilFunc(GL_NOTEQUAL, 1, 0xFF);
  glStencilMask(0x00);
  const ShaderProgram* current = nullptr;
  for (const Draw& draw : draws_) {
    if (draw.structure != frame.selected || mode_of(frame, draw) == LayerMode::hidden) continue;
    use_for(outline_, pose, draw, current);
    issue(draw);
  }
  glStencilMask(0xFF);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_DEPTH_TEST);
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_translucent(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  for (Look look : {Look::lit, Look::xray, Look::ghost}) set_common(look, ctx);
  glBindVertexArray(vao_);
  glEnable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  const ShaderProgram* current = nullptr;

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
    if (!may_be_visible(draw, pose, ctx.view_projection)) continue;
    glm::vec3 centre(pose.world[static_cast<std::size_t>(draw.node)][3]);
    if (draw.structure >= 0)
      centre = anatomy::posed_anchor(pose, anchors_[static_cast<std::size_t>(draw.structure)]);
    items.push_back({&draw, glm::length(centre - ctx.eye)});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.depth > b.depth; });
  glDepthMask(GL_FALSE);
  glEnable(GL_CULL_FACE);
  for (const Item& item : items) {
    const Draw& draw = *item.draw;
    const bool xray = mode_of(frame, draw) == LayerMode::xray;
    const ShaderProgram& p =
        use_for(shaded(xray ? Look::xray : Look::lit, draw.category), pose, draw, current);
    set_material(p, frame, draw, xray ? kXrayAlpha : kSkinAlpha);
    // X-ray shows the far side too (back faces first); the skin only its near surface, which is
    // what the eye reads as the outline and halves the cost of the largest layer.
    if (xray) {
      glCullFace(GL_FRONT);
      issue(draw);
    }
    glCullFace(GL_BACK);
    issue(draw);
  }
  glDisable(GL_CULL_FACE);
  // Ghost of the balanced pose, last and over everything: its bones sit inside the muscles, so a
  // depth-tested ghost would vanish. Front faces only, with glassy edges, so where it coincides with
  // the current pose it is a faint tint and where the pose moved its outline stands out.
  if (frame.ghost) {
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    for (const Draw& draw : draws_) {
      const bool skin = draw.category == anatomy::Category::skin;
      if ((draw.category != anatomy::Category::bone && !skin) || mode_of(frame, draw) == LayerMode::hidden)
        continue;
      if (!may_be_visible(draw, *frame.ghost, ctx.view_projection)) continue;
      const ShaderProgram& p = use_for(shaded(Look::ghost, draw.category), *frame.ghost, draw, current);
      set_material(p, frame, draw, skin ? kGhostAlpha * 0.3f : kGhostAlpha);
      issue(draw);
    }
    glDisable(GL_CULL_FACE);
    glEnable(GL_DEPTH_TEST);
  }
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_ids(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  for (const ShaderProgram* p : {&ids_.skinned, &ids_.rigid}) {
    p->use();
    p->set("u_view_projection", ctx.view_projection);
  }
  glBindVertexArray(vao_);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
  const ShaderProgram* current = nullptr;
  // What the eye sees as solid is what the cursor picks: the skin and x-ray layers are see-through.
  for (const Draw& draw : draws_) {
    if (draw.structure < 0 || mode_of(frame, draw) != LayerMode::shown) continue;
    const bool skin_isolated = frame.layers.isolate_category == anatomy::Category::skin ||
                               frame.layers.isolate_structure == draw.structure;
    if (draw.category == anatomy::Category::skin && !skin_isolated) continue;
    // The pick's frustum is one pixel wide: this leaves the few structures whose bounds cover it.
    if (!may_be_visible(draw, pose, ctx.view_projection)) continue;
    const ShaderProgram& p = use_for(ids_, pose, draw, current);
    p.set("u_id", draw.structure + 1);
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

}  // namespace render
