#include "render/anatomy_renderer.h"

#include "render/gl_api.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "render/colour_scales.h"
#include "render/gpu_contract.h"
#include "render/palette.h"
#include "render/pass_state.h"

namespace render {
namespace {

constexpr float kSkinAlpha = 0.22f;
constexpr float kXrayAlpha = 0.28f;
// The discs where a bone hides them (the ilium covers L4-L5 and L5-S1 from the side): drawn again
// through the bone at this opacity, so their colours read in the teaching view.
constexpr float kDiscThroughBoneAlpha = 0.6f;
constexpr float kGhostOutlineWidth_px = 2.0f;
constexpr float kOutlineWidth_px = 2.5f;

// Uses the draw's variant (switching only when it changes) and sets its pose.
template <typename Program, typename Variants>
const Program& use_for(const Variants& variants, const anatomy::PosedScene& pose, const Draw& draw,
                       const void*& current) {
  const Program& program = variants.for_draw(draw);
  if (&program != current) {
    program.use();
    current = &program;
  }
  program.set_pose(pose, draw);
  return program;
}

// The same for a shaded program, which takes the camera and lights when a pass first switches to
// it: only the variants a pass draws with are touched, and a program that already holds this
// frame's camera is sent nothing (Uniform keeps what it sent).
const AnatomyProgram& use_shaded(const AnatomyProgram& program, const anatomy::PosedScene& pose,
                                 const Draw& draw, const DrawContext& ctx, const void*& current) {
  if (&program != current) {
    program.use();
    program.set_common(ctx);
    current = &program;
  }
  program.set_pose(pose, draw);
  return program;
}

// Where the GL cannot add a draw's base vertex (WebGL2), its indices get it once, at upload.
// Both of its ranges: the full triangles and the moving detail's.
void rebase_indices(DrawList& list) {
  for (const Draw& draw : list.draws) {
    const auto base = static_cast<std::uint32_t>(draw.base_vertex);
    for (int i = 0; i < draw.index_count; ++i)
      list.indices[draw.first_index + static_cast<unsigned>(i)] += base;
    for (int i = 0; i < draw.moving_index_count; ++i)
      list.indices[draw.moving_first_index + static_cast<unsigned>(i)] += base;
  }
}

}  // namespace

AnatomyRenderer::~AnatomyRenderer() {
  if (vao_) glDeleteVertexArrays(1, &vao_);
  const GLuint buffers[] = {vbo_, ibo_};
  glDeleteBuffers(2, buffers);
}

core::Result<std::unique_ptr<AnatomyRenderer>> AnatomyRenderer::create(
    std::shared_ptr<const anatomy::Scene> scene) {
  auto list = make_draw_list(*scene);
  if (!list) return list.error();
  std::unique_ptr<AnatomyRenderer> r(new AnatomyRenderer());
  r->list_ = std::move(*list);
  if (auto status = r->load_programs(); !status) return status.error();

  glGenVertexArrays(1, &r->vao_);
  glBindVertexArray(r->vao_);
  glGenBuffers(1, &r->vbo_);
  glBindBuffer(GL_ARRAY_BUFFER, r->vbo_);
  const auto& vertices = r->list_.vertices;
  auto& indices = r->list_.indices;
  if constexpr (!gl::kHasBaseVertex) rebase_indices(r->list_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(Vertex)), vertices.data(),
               GL_STATIC_DRAW);
  glGenBuffers(1, &r->ibo_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r->ibo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
               indices.data(), GL_STATIC_DRAW);
  constexpr auto stride = static_cast<GLsizei>(sizeof(Vertex));
  auto attribute = [](gpu::Attribute a, GLint components, std::size_t offset) {
    glEnableVertexAttribArray(gpu::location(a));
    glVertexAttribPointer(gpu::location(a), components, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(offset));
  };
  attribute(gpu::Attribute::position, 3, offsetof(Vertex, position));
  attribute(gpu::Attribute::normal, 3, offsetof(Vertex, normal));
  attribute(gpu::Attribute::uv, 2, offsetof(Vertex, uv));
  // Joint indices are integers: the I variant, or the shader would read converted floats.
  glEnableVertexAttribArray(gpu::location(gpu::Attribute::joints));
  glVertexAttribIPointer(gpu::location(gpu::Attribute::joints), 4, GL_UNSIGNED_SHORT, stride,
                         reinterpret_cast<const void*>(offsetof(Vertex, joints)));
  attribute(gpu::Attribute::weights, 4, offsetof(Vertex, weights));
  attribute(gpu::Attribute::occlusion, 1, offsetof(Vertex, occlusion));
  glBindVertexArray(0);
  r->list_.vertices = {};
  r->list_.indices = {};

  r->rest_ = anatomy::evaluate_pose(*scene, anatomy::make_rig(*scene), {});
  r->scene_ = std::move(scene);
  return r;
}

core::Status AnatomyRenderer::load_programs() {
  for (bool skinned : {true, false}) {
    auto ids = IdProgram::load(skinned);
    if (!ids) return ids.error();
    (skinned ? ids_.skinned : ids_.rigid) = std::move(*ids);
    auto outline = OutlineProgram::load(skinned);
    if (!outline) return outline.error();
    (skinned ? outline_.skinned : outline_.rigid) = std::move(*outline);
  }
  auto load = [&](Look look, anatomy::Category category, bool skinned) -> core::Status {
    auto& variants = shaded_[static_cast<std::size_t>(look) * anatomy::kCategoryCount +
                             static_cast<std::size_t>(category)];
    AnatomyProgram& slot = skinned ? variants.skinned : variants.rigid;
    if (slot.loaded()) return {};
    std::string defines =
        "#define CATEGORY " + std::to_string(anatomy::category_info(category).shader_index) + "\n";
    if (look == Look::xray || category == anatomy::Category::skin) defines += "#define EDGE_ALPHA\n";
    auto program = AnatomyProgram::load(skinned, defines);
    if (!program) return program.error();
    slot = std::move(*program);
    return {};
  };
  for (const Draw& draw : list_.draws) {
    for (Look look : {Look::lit, Look::xray})
      if (auto status = load(look, draw.category, draw.skinned()); !status) return status;
  }
  return {};
}

const AnatomyRenderer::Variants<AnatomyProgram>& AnatomyRenderer::shaded(Look look,
                                                                         anatomy::Category category) const {
  // X-ray skin is what the skin always is (see-through with edges).
  if (look == Look::xray && category == anatomy::Category::skin) look = Look::lit;
  return shaded_[static_cast<std::size_t>(look) * anatomy::kCategoryCount +
                 static_cast<std::size_t>(category)];
}

LayerMode AnatomyRenderer::mode_of(const AnatomyFrame& frame, const Draw& draw) const {
  if (draw.structure < 0)
    return frame.layers.isolate_category || frame.layers.isolate_structure ? LayerMode::hidden
                                                                           : LayerMode::shown;
  return frame.layers.mode(scene_->structures[static_cast<std::size_t>(draw.structure)], draw.structure);
}

AnatomyMaterial AnatomyRenderer::material(const AnatomyFrame& frame, const Draw& draw, float alpha) const {
  const StructureStyle neutral;
  const StructureStyle& style =
      (frame.styles && draw.structure >= 0 && static_cast<std::size_t>(draw.structure) < frame.styles->size())
          ? (*frame.styles)[static_cast<std::size_t>(draw.structure)]
          : neutral;
  AnatomyMaterial m;
  m.albedo = palette::to_linear(palette::kBone);
  switch (draw.category) {
    case anatomy::Category::muscle:
      m.albedo = frame.muscle_colouring == MuscleColouring::strength
                     ? sample_linear(muscle_strength_scale(), style.muscle_strength)
                 : frame.muscle_colouring == MuscleColouring::tension
                     ? sample_linear(muscle_tension_scale(), style.muscle_tension)
                     : palette::to_linear(palette::kMuscle);
      break;
    case anatomy::Category::tendon:
      m.albedo = palette::to_linear(palette::kTendon);
      break;
    case anatomy::Category::skin:
      m.albedo = palette::to_linear(palette::kSkin);
      break;
    case anatomy::Category::bone:
    case anatomy::Category::disc:
      break;
  }
  m.alpha = alpha;
  m.disc_anterior = style.disc_anterior;
  m.disc_posterior = style.disc_posterior;
  m.disc_scale =
      frame.disc_colouring == DiscColouring::change ? &disc_change_scale() : &disc_pressure_scale();
  m.posterior_load = style.posterior_load;
  if (draw.structure >= 0) m.structure = list_.structures[static_cast<std::size_t>(draw.structure)];
  m.highlight = draw.structure >= 0 && draw.structure == frame.hovered;
  return m;
}

void AnatomyRenderer::issue(const AnatomyFrame& frame, const Draw& draw) const {
  // Every pass of a frame draws the same level, so depth, stencil and colour passes agree.
  const bool simplified = frame.detail == Detail::moving && draw.moving_index_count > 0;
  const int count = simplified ? draw.moving_index_count : draw.index_count;
  const unsigned first = simplified ? draw.moving_first_index : draw.first_index;
  stats_.count(count / 3);
  gl::draw_triangles_base_vertex(count, first, draw.base_vertex);
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
  if (draw.rest_bounds.empty()) return true;
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
  return world.empty() || !box_outside(world, view_projection);
}

void AnatomyRenderer::draw_opaque(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  glBindVertexArray(vao_);
  // The model's meshes are closed and wound counter-clockwise (glTF), so back faces never show.
  apply({.cull = Cull::back, .stencil = Stencil::mark_selection});
  const void* current = nullptr;
  for (const Draw& draw : list_.draws) {
    if (draw.category == anatomy::Category::skin || mode_of(frame, draw) != LayerMode::shown) continue;
    if (!may_be_visible(draw, pose, ctx.view_projection)) continue;
    set_stencil_writes(draw.structure >= 0 && draw.structure == frame.selected);
    const auto& p = use_shaded(shaded(Look::lit, draw.category).for_draw(draw), pose, draw, ctx, current);
    p.set_material(material(frame, draw, 1.0f));
    issue(frame, draw);
  }
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_outline(const AnatomyFrame& frame, const DrawContext& ctx) const {
  if (frame.selected < 0) return;
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  for (const OutlineProgram* p : {&outline_.skinned, &outline_.rigid}) {
    p->use();
    p->set_common(ctx, kOutlineWidth_px);
    p->set_colour(palette::to_linear(palette::kOutline));
  }
  glBindVertexArray(vao_);
  // Drawn over everything (no depth test) so a selected muscle behind a bone still shows where it is.
  apply({.depth_test = false, .stencil = Stencil::outside_selection});
  const void* current = nullptr;
  for (const Draw& draw : list_.draws) {
    if (draw.structure != frame.selected || mode_of(frame, draw) == LayerMode::hidden) continue;
    use_for<OutlineProgram>(outline_, pose, draw, current);
    issue(frame, draw);
  }
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_discs_through_bone(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  glBindVertexArray(vao_);
  // Only where something nearer hides them; their own depth is not written again.
  apply({.depth_write = false, .blend = true, .cull = Cull::back, .only_behind = true});
  const void* current = nullptr;
  for (const Draw& draw : list_.draws) {
    if (draw.category != anatomy::Category::disc || mode_of(frame, draw) != LayerMode::shown) continue;
    if (!may_be_visible(draw, pose, ctx.view_projection)) continue;
    const auto& p = use_shaded(shaded(Look::lit, draw.category).for_draw(draw), pose, draw, ctx, current);
    p.set_material(material(frame, draw, kDiscThroughBoneAlpha));
    issue(frame, draw);
  }
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_translucent(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  glBindVertexArray(vao_);
  const void* current = nullptr;

  // X-ray structures and the skin, far to near, each back faces first then front faces.
  struct Item {
    const Draw* draw;
    float depth;
  };
  std::vector<Item> items;
  for (const Draw& draw : list_.draws) {
    const LayerMode mode = mode_of(frame, draw);
    if (mode == LayerMode::hidden) continue;
    if (mode != LayerMode::xray && draw.category != anatomy::Category::skin) continue;
    if (!may_be_visible(draw, pose, ctx.view_projection)) continue;
    glm::vec3 centre(pose.world[static_cast<std::size_t>(draw.node)][3]);
    if (draw.structure >= 0)
      centre = anatomy::posed_anchor(pose, list_.anchors[static_cast<std::size_t>(draw.structure)]);
    items.push_back({&draw, glm::length(centre - ctx.eye)});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.depth > b.depth; });
  apply({.depth_write = false, .blend = true, .cull = Cull::back});
  for (const Item& item : items) {
    const Draw& draw = *item.draw;
    const bool xray = mode_of(frame, draw) == LayerMode::xray;
    const auto& p = use_shaded(shaded(xray ? Look::xray : Look::lit, draw.category).for_draw(draw), pose,
                               draw, ctx, current);
    p.set_material(material(frame, draw, xray ? kXrayAlpha : kSkinAlpha));
    // X-ray shows the far side too (back faces first); the skin only its near surface, which is
    // what the eye reads as the outline and halves the cost of the largest layer.
    if (xray) {
      apply_cull(Cull::front);
      issue(frame, draw);
      apply_cull(Cull::back);
    }
    issue(frame, draw);
  }
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_ghost_outline(const AnatomyFrame& frame, const DrawContext& ctx) const {
  if (!frame.ghost) return;
  // The reference posture's skeleton as a silhouette line in its own colour, over everything (its
  // bones sit inside the muscles): first its pixels are marked in the stencil, then the bones pushed
  // out by a few pixels are drawn only outside them, which leaves the ring of the outline. Where the
  // pose moved, the line stands apart from the bones; where it did not, it rims them.
  auto bones = [&](const OutlineProgram* const* programs, float width_px, const PassState& state) {
    for (int i = 0; i < 2; ++i) {
      programs[i]->use();
      programs[i]->set_common(ctx, width_px);
      programs[i]->set_colour(palette::to_linear(palette::kGhostOutline));
    }
    apply(state);
    const void* current = nullptr;
    for (const Draw& draw : list_.draws) {
      if (draw.category != anatomy::Category::bone || mode_of(frame, draw) == LayerMode::hidden) continue;
      if (!may_be_visible(draw, *frame.ghost, ctx.view_projection)) continue;
      use_for<OutlineProgram>(outline_, *frame.ghost, draw, current);
      issue(frame, draw);
    }
  };
  const OutlineProgram* programs[] = {&outline_.skinned, &outline_.rigid};
  glBindVertexArray(vao_);
  bones(programs, 0.0f,
        {.depth_test = false,
         .depth_write = false,
         .cull = Cull::back,
         .stencil = Stencil::mark_ghost,
         .colour_write = false});
  bones(programs, kGhostOutlineWidth_px,
        {.depth_test = false, .depth_write = false, .cull = Cull::back, .stencil = Stencil::outside_ghost});
  glBindVertexArray(0);
}

void AnatomyRenderer::draw_ids(const AnatomyFrame& frame, const DrawContext& ctx) const {
  const anatomy::PosedScene& pose = frame.pose ? *frame.pose : rest_;
  for (const IdProgram* p : {&ids_.skinned, &ids_.rigid}) {
    p->use();
    p->set_common(ctx);
  }
  glBindVertexArray(vao_);
  apply({});
  const void* current = nullptr;
  // What the eye sees as solid is what the cursor picks: the skin and x-ray layers are see-through.
  for (const Draw& draw : list_.draws) {
    if (draw.structure < 0 || mode_of(frame, draw) != LayerMode::shown) continue;
    const bool skin_isolated = frame.layers.isolate_category == anatomy::Category::skin ||
                               frame.layers.isolate_structure == draw.structure;
    if (draw.category == anatomy::Category::skin && !skin_isolated) continue;
    // The pick's frustum is one pixel wide: this leaves the few structures whose bounds cover it.
    if (!may_be_visible(draw, pose, ctx.view_projection)) continue;
    const auto& p = use_for<IdProgram>(ids_, pose, draw, current);
    p.set_id(draw.structure + 1);
    issue(frame, draw);
  }
  glBindVertexArray(0);
}

}  // namespace render
