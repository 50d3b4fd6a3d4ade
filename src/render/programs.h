#pragma once
// The renderer's programs, typed: each loads its shaders, looks its uniforms up once at link time,
// sets what never changes (colour scales, fixed colours) right then, and offers setters for the
// rest. The uniform names live here and in the shader beside each other; a uniform a variant
// compiled out is simply never sent.
#include <string_view>

#include "anatomy/pose.h"
#include "core/result.h"
#include "render/colour_scales.h"
#include "render/draw_context.h"
#include "render/draw_list.h"
#include "render/shader_program.h"

namespace render {

// The view-projection and the camera-fixed lights (lighting.glsl).
struct CameraUniforms {
  Uniform view_projection, eye, key_dir, fill_dir, rim_dir;
  explicit CameraUniforms(const ShaderProgram& p);
  CameraUniforms() = default;
  void set(const DrawContext& ctx) const;
};

// The pose of one draw: u_joints (skinned variant, skinning.glsl) or u_model (rigid.glsl).
struct PoseUniforms {
  Uniform model, joints;
  explicit PoseUniforms(const ShaderProgram& p);
  PoseUniforms() = default;
  void set(const anatomy::PosedScene& pose, const Draw& draw) const;
};

// What one anatomy draw looks like (anatomy.frag).
struct AnatomyMaterial {
  glm::vec3 albedo{1.0f};  // linear, already coloured by the muscle scale
  float alpha = 1.0f;
  float disc_anterior = 0.0f, disc_posterior = 0.0f, posterior_load = 0.0f;
  const ColourScale* disc_scale = nullptr;  // the scale the disc values index; null: pressure
  StructureMaterial structure;
  bool highlight = false;
};

// The shaded anatomy (anatomy.vert / anatomy_rigid.vert + anatomy.frag), one variant per look and
// category (`defines`) and per skinning.
class AnatomyProgram {
 public:
  static core::Result<AnatomyProgram> load(bool skinned, std::string_view defines);
  AnatomyProgram() = default;
  bool loaded() const { return program_.id() != 0; }
  void use() const { program_.use(); }
  void set_common(const DrawContext& ctx) const { camera_.set(ctx); }
  void set_pose(const anatomy::PosedScene& pose, const Draw& draw) const { pose_.set(pose, draw); }
  void set_material(const AnatomyMaterial& m) const;

 private:
  ShaderProgram program_;
  CameraUniforms camera_;
  PoseUniforms pose_;
  Uniform albedo_, alpha_, disc_anterior_, disc_posterior_, posterior_load_, fibre_axis_, rest_z_range_,
      highlight_, scale_pressure_;
  // The disc scale last uploaded: it changes only with the frame's disc colouring.
  mutable const ColourScale* disc_scale_ = nullptr;
};

// The selection's outline (outline*.vert + outline.frag).
class OutlineProgram {
 public:
  static core::Result<OutlineProgram> load(bool skinned);
  OutlineProgram() = default;
  void use() const { program_.use(); }
  void set_common(const DrawContext& ctx, float width_px) const;
  void set_colour(const glm::vec3& linear) const { colour_.set(linear); }
  void set_pose(const anatomy::PosedScene& pose, const Draw& draw) const { pose_.set(pose, draw); }

 private:
  ShaderProgram program_;
  PoseUniforms pose_;
  Uniform view_projection_, width_ndc_, colour_;
};

// Structure index + 1 as colour, for picking (anatomy_id*.vert + anatomy_id.frag).
class IdProgram {
 public:
  static core::Result<IdProgram> load(bool skinned);
  IdProgram() = default;
  void use() const { program_.use(); }
  void set_common(const DrawContext& ctx) const { view_projection_.set(ctx.view_projection); }
  void set_pose(const anatomy::PosedScene& pose, const Draw& draw) const { pose_.set(pose, draw); }
  void set_id(int id) const { id_.set(id); }

 private:
  ShaderProgram program_;
  PoseUniforms pose_;
  Uniform view_projection_, id_;
};

// The full-screen gradient behind the scene (background.*): nothing to set per frame.
class BackgroundProgram {
 public:
  static core::Result<BackgroundProgram> load();
  void use() const { program_.use(); }

 private:
  ShaderProgram program_;
};

// The floor grid (grid.*).
class GridProgram {
 public:
  static core::Result<GridProgram> load(float half_size_m);
  void use() const { program_.use(); }
  void set_common(const DrawContext& ctx) const { view_projection_.set(ctx.view_projection); }

 private:
  ShaderProgram program_;
  Uniform view_projection_;
};

// Furniture boxes (prop.*).
class PropProgram {
 public:
  static core::Result<PropProgram> load();
  void use() const { program_.use(); }
  void set_common(const DrawContext& ctx) const { camera_.set(ctx); }
  void set_box(const glm::vec3& centre, const glm::vec3& half_size_m, const glm::vec3& albedo) const;

 private:
  ShaderProgram program_;
  CameraUniforms camera_;
  Uniform centre_, half_size_, albedo_;
};

}  // namespace render
