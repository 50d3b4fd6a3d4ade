// Time of each anatomy pass on the bundled model at 1280x720 (the best of 8 frames per case),
// for finding where a frame's time goes: everything, hover picking, without the skin, without the
// muscles, nothing, one structure, the bones far away. Prints a table; exits 1 when it cannot run.
// Whole frames with the interface are timed by `posturelab bench`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "bench_scene.h"
#include "render/gpu_sync.h"
#include "render/render_target.h"
#include "render/scene_renderer.h"

namespace {
int fail(const std::string& what) {
  std::fprintf(stderr, "render_passes_bench: %s\n", what.c_str());
  return 1;
}
}  // namespace

int main() {
  auto loaded = bench::load_bench_scene();
  if (!loaded) return fail(loaded.error().message);
  auto& renderer = loaded->renderer;
  render::RenderTarget target;
  const int samples = std::getenv("SAMPLES") ? std::atoi(std::getenv("SAMPLES")) : 4;
  if (auto status = target.resize(1280, 720, samples); !status) return fail(status.error().message);
  render::SceneView v;
  v.camera.set_view(render::ViewPreset::side, renderer->model_bounds());
  v.width_px = 1280;
  v.height_px = 720;
  auto time = [&](const char* label) {
    double best = 1e9;
    for (int i = 0; i < 8; ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      target.bind_multisampled();
      renderer->draw(v);
      render::finish_gpu_work();
      best = std::min(
          best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("%-28s %7.2f ms\n", label, best);
  };
  time("everything");
  {
    // Hover picking: one pixel under the cursor, on the pelvis and on the background.
    double best = 1e9;
    for (int i = 0; i < 8; ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      (void)renderer->pick(v, glm::vec2(640.0f, 300.0f + static_cast<float>(i)));
      best = std::min(
          best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("%-28s %7.2f ms\n", "pick (one pixel)", best);
  }
  v.anatomy.layers.set(anatomy::Category::skin, render::LayerMode::hidden);
  time("no skin");
  v.anatomy.layers.set(anatomy::Category::muscle, render::LayerMode::hidden);
  time("no skin, no muscle");
  v.anatomy.layers.category.fill(render::LayerMode::hidden);
  time("nothing");
  v.show_grid = false;
  time("nothing, no grid");
  v.show_grid = true;
  v.anatomy.layers = {};
  v.anatomy.layers.isolate_structure = 0;
  time("pelvis only");
  v.anatomy.layers.isolate_structure.reset();
  v.anatomy.layers.isolate_category = anatomy::Category::bone;
  time("bones only");
  v.camera.zoom(-12.0f);
  time("bones only, far away");
  return 0;
}
