#include "render/programs.h"

#include <array>

#include "render/colour_scales.h"
#include "render/palette.h"

namespace render {

CameraUniforms::CameraUniforms(const ShaderProgram& p)
    : view_projection(p, "u_view_projection"),
      eye(p, "u_eye"),
      key_dir(p, "u_key_dir"),
      fill_dir(p, "u_fill_dir"),
      rim_dir(p, "u_rim_dir") {}

void CameraUniforms::set(const DrawContext& ctx) const {
  view_projection.set(ctx.view_projection);
  eye.set(ctx.eye);
  key_dir.set(ctx.key_dir);
  fill_dir.set(ctx.fill_dir);
  rim_dir.set(ctx.rim_dir);
}

PoseUniforms::PoseUniforms(const ShaderProgram& p) : model(p, "u_model"), joints(p, "u_joints") {}

void PoseUniforms::set(const anatomy::PosedScene& pose, const Draw& draw) const {
  if (draw.skinned()) {
    const auto& matrices = pose.skin_matrices[static_cast<std::size_t>(draw.skin)];
    joints.set(matrices.data(), matrices.size());
    return;
  }
  model.set(draw.skin < 0 ? pose.world[static_cast<std::size_t>(draw.node)]
                          : pose.skin_matrices[static_cast<std::size_t>(draw.skin)]
                                              [static_cast<std::size_t>(draw.rigid_joint)]);
}

core::Result<AnatomyProgram> AnatomyProgram::load(bool skinned, std::string_view defines) {
  auto program = ShaderProgram::load(skinned ? "anatomy" : "anatomy_rigid", "anatomy", defines);
  if (!program) return program.error();
  AnatomyProgram a;
  a.program_ = std::move(*program);
  const ShaderProgram& p = a.program_;
  a.camera_ = CameraUniforms(p);
  a.pose_ = PoseUniforms(p);
  a.albedo_ = Uniform(p, "u_albedo");
  a.alpha_ = Uniform(p, "u_alpha");
  a.disc_anterior_ = Uniform(p, "u_disc_anterior");
  a.disc_posterior_ = Uniform(p, "u_disc_posterior");
  a.posterior_load_ = Uniform(p, "u_posterior_load");
  a.fibre_axis_ = Uniform(p, "u_fibre_axis");
  a.rest_z_range_ = Uniform(p, "u_rest_z_range");
  a.highlight_ = Uniform(p, "u_highlight");
  a.scale_pressure_ = Uniform(p, "u_scale_pressure");
  // The posterior-load colour never changes: set once, here.
  p.use();
  Uniform(p, "u_load_colour").set(palette::to_linear(posterior_load_scale().stops.back().colour));
  return a;
}

void AnatomyProgram::set_material(const AnatomyMaterial& m) const {
  const ColourScale* scale = m.disc_scale ? m.disc_scale : &disc_pressure_scale();
  if (scale != disc_scale_) {
    std::array<glm::vec3, ColourScale::kStops> colours;
    for (std::size_t i = 0; i < colours.size(); ++i) colours[i] = palette::to_linear(scale->stops[i].colour);
    scale_pressure_.set(colours.data(), colours.size());
    disc_scale_ = scale;
  }
  albedo_.set(m.albedo);
  alpha_.set(m.alpha);
  disc_anterior_.set(m.disc_anterior);
  disc_posterior_.set(m.disc_posterior);
  posterior_load_.set(m.posterior_load);
  fibre_axis_.set(m.structure.fibre_axis);
  rest_z_range_.set(m.structure.rest_z_range);
  highlight_.set(m.highlight ? 1.0f : 0.0f);
}

core::Result<OutlineProgram> OutlineProgram::load(bool skinned) {
  auto program = ShaderProgram::load(skinned ? "outline" : "outline_rigid", "outline");
  if (!program) return program.error();
  OutlineProgram o;
  o.program_ = std::move(*program);
  o.pose_ = PoseUniforms(o.program_);
  o.view_projection_ = Uniform(o.program_, "u_view_projection");
  o.width_ndc_ = Uniform(o.program_, "u_width_ndc");
  o.colour_ = Uniform(o.program_, "u_colour");
  return o;
}

void OutlineProgram::set_common(const DrawContext& ctx, float width_px) const {
  view_projection_.set(ctx.view_projection);
  width_ndc_.set(glm::vec2(2.0f * width_px / ctx.viewport_px.x, 2.0f * width_px / ctx.viewport_px.y));
}

core::Result<IdProgram> IdProgram::load(bool skinned) {
  auto program = ShaderProgram::load(skinned ? "anatomy_id" : "anatomy_id_rigid", "anatomy_id");
  if (!program) return program.error();
  IdProgram i;
  i.program_ = std::move(*program);
  i.pose_ = PoseUniforms(i.program_);
  i.view_projection_ = Uniform(i.program_, "u_view_projection");
  i.id_ = Uniform(i.program_, "u_id");
  return i;
}

core::Result<BackgroundProgram> BackgroundProgram::load() {
  auto program = ShaderProgram::load("background", "background");
  if (!program) return program.error();
  BackgroundProgram b;
  b.program_ = std::move(*program);
  b.program_.use();
  Uniform(b.program_, "u_top").set(palette::to_linear(palette::kBackgroundTop));
  Uniform(b.program_, "u_bottom").set(palette::to_linear(palette::kBackgroundBottom));
  return b;
}

core::Result<GridProgram> GridProgram::load(float half_size_m) {
  auto program = ShaderProgram::load("grid", "grid");
  if (!program) return program.error();
  GridProgram g;
  g.program_ = std::move(*program);
  g.view_projection_ = Uniform(g.program_, "u_view_projection");
  g.program_.use();
  Uniform(g.program_, "u_half_size_m").set(half_size_m);
  Uniform(g.program_, "u_minor").set(palette::to_linear(palette::kGridMinor));
  Uniform(g.program_, "u_major").set(palette::to_linear(palette::kGridMajor));
  return g;
}

core::Result<PropProgram> PropProgram::load() {
  auto program = ShaderProgram::load("prop", "prop");
  if (!program) return program.error();
  PropProgram p;
  p.program_ = std::move(*program);
  p.camera_ = CameraUniforms(p.program_);
  p.centre_ = Uniform(p.program_, "u_centre");
  p.half_size_ = Uniform(p.program_, "u_half_size");
  p.albedo_ = Uniform(p.program_, "u_albedo");
  return p;
}

void PropProgram::set_box(const glm::vec3& centre, const glm::vec3& half_size_m,
                          const glm::vec3& albedo) const {
  centre_.set(centre);
  half_size_.set(half_size_m);
  albedo_.set(albedo);
}

}  // namespace render
