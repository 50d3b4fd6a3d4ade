#pragma once
// What the render benchmarks start from: a headless GL context and a scene renderer holding the
// bundled model, read through the asset root (so POSTURELAB_ASSET_DIR can pin a model while
// modelgen changes it).
#include <memory>
#include <utility>

#include "anatomy/gltf_importer.h"
#include "core/asset_paths.h"
#include "core/result.h"
#include "render/gl_context.h"
#include "render/scene_renderer.h"

namespace bench {

struct BenchScene {
  std::unique_ptr<render::HeadlessGlContext> context;
  std::unique_ptr<render::SceneRenderer> renderer;
  std::shared_ptr<const anatomy::Scene> model;
};

inline core::Result<BenchScene> load_bench_scene() {
  const auto path = core::asset_path("models/lower_body.glb");
  if (!path) return path.error();
  auto context = render::HeadlessGlContext::create();
  if (!context) return context.error();
  auto renderer = render::SceneRenderer::create();
  if (!renderer) return renderer.error();
  auto loaded = anatomy::load_model(*path);
  if (!loaded) return loaded.error();
  BenchScene bench{std::move(*context), std::move(*renderer),
                   std::make_shared<const anatomy::Scene>(std::move(*loaded))};
  if (auto status = bench.renderer->set_model(bench.model); !status) return status.error();
  return bench;
}

}  // namespace bench
