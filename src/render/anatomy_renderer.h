#pragma once
// The anatomy on the GPU: one vertex/index buffer for the whole model, skinned in the vertex
// shader, materials by category, translucent layers drawn after the opaque ones and sorted, a
// ghost pose, a stencil outline for the selection and an id pass for picking.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/anchors.h"
#include "anatomy/scene.h"
#include "core/result.h"
#include "render/anatomy_frame.h"
#include "render/shader_program.h"

namespace render {

struct DrawContext {
  glm::mat4 view_projection{1.0f};
  glm::vec3 eye{0.0f};
  glm::vec3 key_dir{0.0f, 1.0f, 0.0f}, fill_dir{0.0f, 1.0f, 0.0f}, rim_dir{0.0f, 0.0f, -1.0f};
  glm::vec2 viewport_px{1.0f};
};

class AnatomyRenderer {
 public:
  static core::Result<std::unique_ptr<AnatomyRenderer>> create(std::shared_ptr<const anatomy::Scene> scene);
  ~AnatomyRenderer();
  AnatomyRenderer(const AnatomyRenderer&) = delete;
  AnatomyRenderer& operator=(const AnatomyRenderer&) = delete;

  const anatomy::Scene& scene() const { return *scene_; }
  const anatomy::PosedScene& rest_pose() const { return rest_; }
  const std::vector<anatomy::StructureAnchor>& anchors() const { return anchors_; }

  void draw_opaque(const AnatomyFrame& frame,
                   const DrawContext& ctx) const;  // writes stencil 1 under the selection
  void draw_outline(const AnatomyFrame& frame, const DrawContext& ctx) const;  // needs draw_opaque's stencil
  void draw_translucent(const AnatomyFrame& frame, const DrawContext& ctx) const;  // ghost, x-ray, skin
  // Draws structure index + 1 as colour into the bound framebuffer (pickable layers only).
  void draw_ids(const AnatomyFrame& frame, const DrawContext& ctx) const;

 private:
  struct Draw {
    int node = -1;
    int structure = -1;
    anatomy::Category category = anatomy::Category::bone;
    int skin = -1;
    int rigid_joint = -1;  // skinned, but every vertex follows this one joint: drawn unskinned
    unsigned first_index = 0;
    int index_count = 0;
    int base_vertex = 0;
    anatomy::Aabb rest_bounds;     // of the primitive's vertices as stored (model space when skinned)
    std::uint64_t joint_mask = 0;  // skinned: the joints with weight on some vertex
  };
  struct StructureGpu {
    glm::vec3 fibre_axis{0.0f, 1.0f, 0.0f};
    glm::vec2 rest_z_range{0.0f, 1.0f};
  };
  AnatomyRenderer() = default;
  static bool skinned(const Draw& draw) { return draw.skin >= 0 && draw.rigid_joint < 0; }
  // A pass's program in two variants: blended skinning, and one matrix for rigid parts. A variant
  // no draw needs stays empty (id() == 0).
  struct Programs {
    ShaderProgram skinned, rigid;
    const ShaderProgram& for_draw(const Draw& draw) const {
      return AnatomyRenderer::skinned(draw) ? skinned : rigid;
    }
  };
  static core::Result<Programs> load_programs(const char* name);
  // The shaded program is specialised per category and look at compile time (see anatomy.frag).
  enum class Look { lit, xray, ghost };
  static constexpr std::size_t kLooks = 3;
  core::Status load_shaded();
  const Programs& shaded(Look look, anatomy::Category category) const;
  void set_common(Look look, const DrawContext& ctx) const;
  // Uses the draw's variant (switching only when it changes) and sets its pose.
  const ShaderProgram& use_for(const Programs& programs, const anatomy::PosedScene& pose, const Draw& draw,
                               const ShaderProgram*& current) const;
  void set_material(const ShaderProgram& p, const AnatomyFrame& frame, const Draw& draw, float alpha) const;
  void issue(const Draw& draw) const;
  // Conservative: false only when the draw's posed bounds lie wholly outside the clip volume of
  // view_projection (the view, or the one-pixel frustum of a pick).
  bool may_be_visible(const Draw& draw, const anatomy::PosedScene& pose,
                      const glm::mat4& view_projection) const;
  LayerMode mode_of(const AnatomyFrame& frame, const Draw& draw) const;

  std::shared_ptr<const anatomy::Scene> scene_;
  anatomy::PosedScene rest_;
  std::vector<anatomy::StructureAnchor> anchors_;
  std::vector<Draw> draws_;
  std::vector<StructureGpu> structures_;
  std::array<Programs, kLooks * kCategoryCount> shaded_;  // [look][category]; ghost in its bone slot
  Programs ids_, outline_;
  unsigned vao_ = 0, vbo_ = 0, ibo_ = 0;
};

}  // namespace render
