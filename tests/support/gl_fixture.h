#pragma once
// One headless GL fixture for the render tests: an EGL context, the scene renderer and an offscreen
// multisampled target; draw() renders a view and reads the resolved pixels back.
#include <filesystem>
#include <memory>
#include <utility>

#include <catch2/catch.hpp>

#include "anatomy/gltf_importer.h"
#include "render/gl_context.h"
#include "render/image.h"
#include "render/render_target.h"
#include "render/scene_renderer.h"

namespace support {

struct GlFixture {
  std::unique_ptr<render::HeadlessGlContext> context;
  std::unique_ptr<render::SceneRenderer> renderer;
  render::RenderTarget target;

  GlFixture() {
    auto created = render::HeadlessGlContext::create();
    REQUIRE(created.ok());
    context = std::move(*created);
    auto r = render::SceneRenderer::create();
    REQUIRE(r.ok());
    renderer = std::move(*r);
  }

  render::Image draw(const render::SceneView& view, int samples = 4) {
    REQUIRE(target.resize(view.width_px, view.height_px, samples).ok());
    target.bind_multisampled();
    renderer->draw(view);
    target.resolve();
    return target.read_resolved();
  }
};

// The committed model (models/lower_body.glb), which every checkout has: a missing one fails.
inline std::shared_ptr<const anatomy::Scene> bundled_scene() {
  const std::filesystem::path path = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models/lower_body.glb";
  REQUIRE(std::filesystem::exists(path));
  auto loaded = anatomy::load_model(path);
  REQUIRE(loaded.ok());
  return std::make_shared<const anatomy::Scene>(std::move(*loaded));
}

}  // namespace support
