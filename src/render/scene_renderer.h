#pragma once
// Draws the 3D scene (background, floor grid, and the anatomy as it lands) into whatever
// framebuffer is bound. The window and `posturelab screenshot` both go through this class.
#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "anatomy/scene.h"
#include "core/result.h"
#include "render/anatomy_frame.h"
#include "render/camera.h"
#include "render/draw_stats.h"
#include "render/palette.h"

namespace render {

// A piece of furniture that explains a pose (the seat when sitting): an axis-aligned box.
struct Prop {
  glm::vec3 centre{0.0f};
  glm::vec3 half_size_m{0.1f};
  palette::Srgb colour{120, 110, 100};
};

struct SceneView {
  SceneView() = default;
  // A constructor rather than aggregate initialisation so callers may leave out the anatomy.
  SceneView(const OrbitCamera& camera_, int width, int height, bool grid, AnatomyFrame anatomy_ = {})
      : camera(camera_), width_px(width), height_px(height), show_grid(grid), anatomy(std::move(anatomy_)) {}

  OrbitCamera camera;
  int width_px = 0;
  int height_px = 0;
  bool show_grid = true;
  // No background: the colour buffer is cleared to transparent black and the anatomy's alpha is its
  // coverage (premultiplied; Image's Alpha::straight undoes it), for pictures laid over slides.
  bool transparent_background = false;
  AnatomyFrame anatomy;  // pose, styles, layers, ghost, hover and selection of the model
  std::vector<Prop> props;
  // Draw only inside this part of the window (x, y from the top left, width, height, in pixels):
  // the two halves of a before/after view are two scenes, each drawn into its own part.
  std::optional<std::array<int, 4>> clip_px;
};

class AnatomyRenderer;

class SceneRenderer {
 public:
  // Needs a current GL 3.3 context; fails with a message if a shader is missing or broken.
  static core::Result<std::unique_ptr<SceneRenderer>> create();
  ~SceneRenderer();
  SceneRenderer(const SceneRenderer&) = delete;
  SceneRenderer& operator=(const SceneRenderer&) = delete;

  void draw(const SceneView& view) const;

  // Uploads the model (replacing any before); the error says what the GPU could not take.
  core::Status set_model(std::shared_ptr<const anatomy::Scene> scene);
  const anatomy::Scene* anatomy_scene() const;  // null before set_model
  const AnatomyRenderer* anatomy() const { return anatomy_.get(); }
  // Bounds of the model at rest, for framing; default_bounds() without a model.
  anatomy::Aabb model_bounds() const;

  // The structure (index into Scene::structures) under a window pixel (origin top left), or none.
  // Renders an id pass for that one pixel into its own framebuffer; the bound framebuffer is kept.
  std::optional<int> pick(const SceneView& view, glm::vec2 pixel) const;

  // Every draw issued since the last reset_stats(): the scene's own and the anatomy's.
  DrawStats stats() const;
  void reset_stats() const;

  // The region the camera frames by default: the body of a 1.75 m adult standing at the origin.
  static anatomy::Aabb default_bounds();

 private:
  SceneRenderer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::unique_ptr<AnatomyRenderer> anatomy_;
  mutable DrawStats stats_;  // background, grid and props; the anatomy counts its own
};

}  // namespace render
