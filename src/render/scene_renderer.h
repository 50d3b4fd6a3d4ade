#pragma once
// Draws the 3D scene (background, floor grid, and the anatomy as it lands) into whatever
// framebuffer is bound. The window and `posturelab screenshot` both go through this class.
#include <memory>

#include "core/result.h"
#include "render/camera.h"

namespace render {

struct SceneView {
  OrbitCamera camera;
  int width_px = 0;
  int height_px = 0;
  bool show_grid = true;
};

class SceneRenderer {
 public:
  // Needs a current GL 3.3 context; fails with a message if a shader is missing or broken.
  static core::Result<std::unique_ptr<SceneRenderer>> create();
  ~SceneRenderer();
  SceneRenderer(const SceneRenderer&) = delete;
  SceneRenderer& operator=(const SceneRenderer&) = delete;

  void draw(const SceneView& view) const;

  // The region the camera frames by default: the body of a 1.75 m adult standing at the origin.
  static Bounds default_bounds();

 private:
  SceneRenderer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace render
