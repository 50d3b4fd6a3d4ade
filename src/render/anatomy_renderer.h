#pragma once
// The anatomy on the GPU: the draw list (draw_list.h) uploaded once as one vertex/index buffer,
// skinned in the vertex shader, materials by category, translucent layers drawn after the opaque
// ones and sorted, a ghost pose, a stencil outline for the selection and an id pass for picking.
#include <array>
#include <memory>
#include <vector>

#include "anatomy/anchors.h"
#include "anatomy/scene.h"
#include "core/result.h"
#include "render/anatomy_frame.h"
#include "render/draw_context.h"
#include "render/draw_list.h"
#include "render/draw_stats.h"
#include "render/programs.h"

namespace render {

class AnatomyRenderer {
 public:
  // Builds the scene's draw list and uploads it with the programs its draws need. Needs a current
  // GL 3.3 context; the error says what the GPU or the shaders could not take.
  static core::Result<std::unique_ptr<AnatomyRenderer>> create(std::shared_ptr<const anatomy::Scene> scene);
  ~AnatomyRenderer();
  AnatomyRenderer(const AnatomyRenderer&) = delete;
  AnatomyRenderer& operator=(const AnatomyRenderer&) = delete;

  const anatomy::Scene& scene() const { return *scene_; }
  const anatomy::PosedScene& rest_pose() const { return rest_; }
  const std::vector<anatomy::StructureAnchor>& anchors() const { return list_.anchors; }

  void draw_opaque(const AnatomyFrame& frame,
                   const DrawContext& ctx) const;  // writes stencil 1 under the selection
  void draw_outline(const AnatomyFrame& frame, const DrawContext& ctx) const;  // needs draw_opaque's stencil
  void draw_translucent(const AnatomyFrame& frame, const DrawContext& ctx) const;  // x-ray, skin
  // The discs again where bones hide them, see-through (before the translucent layers).
  void draw_discs_through_bone(const AnatomyFrame& frame, const DrawContext& ctx) const;
  // The reference posture as an outline; after draw_outline (it uses its own stencil bit).
  void draw_ghost_outline(const AnatomyFrame& frame, const DrawContext& ctx) const;
  // Draws structure index + 1 as colour into the bound framebuffer (pickable layers only).
  void draw_ids(const AnatomyFrame& frame, const DrawContext& ctx) const;

  // Every draw issued since the last reset_stats(), picking's too.
  const DrawStats& stats() const { return stats_; }
  void reset_stats() const { stats_ = {}; }

 private:
  AnatomyRenderer() = default;
  // A pass's program in two variants: blended skinning, and one matrix for rigid parts.
  template <typename Program>
  struct Variants {
    Program skinned, rigid;
    const Program& for_draw(const Draw& draw) const { return draw.skinned() ? skinned : rigid; }
  };
  // The shaded program is specialised per category and look at compile time (see anatomy.frag).
  enum class Look { lit, xray };
  static constexpr std::size_t kLooks = 2;
  core::Status load_programs();
  const Variants<AnatomyProgram>& shaded(Look look, anatomy::Category category) const;
  AnatomyMaterial material(const AnatomyFrame& frame, const Draw& draw, float alpha) const;
  void issue(const AnatomyFrame& frame, const Draw& draw) const;
  // Conservative: false only when the draw's posed bounds lie wholly outside the clip volume of
  // view_projection (the view, or the one-pixel frustum of a pick).
  bool may_be_visible(const Draw& draw, const anatomy::PosedScene& pose,
                      const glm::mat4& view_projection) const;
  LayerMode mode_of(const AnatomyFrame& frame, const Draw& draw) const;

  std::shared_ptr<const anatomy::Scene> scene_;
  anatomy::PosedScene rest_;
  DrawList list_;  // the vertex and index arrays are dropped once uploaded
  // [look][category]; the ghost in its bone slot. A variant no draw needs stays unloaded.
  std::array<Variants<AnatomyProgram>, kLooks * anatomy::kCategoryCount> shaded_;
  Variants<IdProgram> ids_;
  Variants<OutlineProgram> outline_;
  unsigned vao_ = 0, vbo_ = 0, ibo_ = 0;
  // Counting is not drawing state: the const draw functions count as they issue.
  mutable DrawStats stats_;
};

}  // namespace render
