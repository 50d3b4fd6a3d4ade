// The floor program beside the real renderer: the same model's triangles drawn once with a flat
// shader (render/floor_program.h) against SceneRenderer's whole anatomy frame (no interface), both
// into the same multisampled target and resolved, interleaved frame by frame so a busy machine
// slows both alike. Prints the medians and their ratio; exits 1 when it cannot run.
//   floor_bench [WIDTHxHEIGHT] [SAMPLES] [FRAMES]     (1280x720 4 30)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "bench_scene.h"
#include "render/floor_program.h"
#include "render/gpu_sync.h"
#include "render/render_target.h"

namespace {
int fail(const std::string& what) {
  std::fprintf(stderr, "floor_bench: %s\n", what.c_str());
  return 1;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}
}  // namespace

int main(int argc, char** argv) {
  int width = 1280, height = 720, samples = 4, frames = 30;
  if (argc > 1 && std::sscanf(argv[1], "%dx%d", &width, &height) != 2)
    return fail("size must be WIDTHxHEIGHT");
  if (argc > 2) samples = std::atoi(argv[2]);
  if (argc > 3) frames = std::atoi(argv[3]);
  if (width < 16 || height < 16 || width > 7680 || height > 4320 || frames < 1 || frames > 1000 ||
      (samples != 0 && samples != 4))
    return fail("expected a size from 16x16 to 7680x4320, 0 or 4 samples and 1 to 1000 frames");

  auto loaded = bench::load_bench_scene();
  if (!loaded) return fail(loaded.error().message);
  bench::BenchScene& scene = *loaded;
  auto floor = render::FloorProgram::create(*scene.model);
  if (!floor.ok()) return fail(floor.error().message);
  render::RenderTarget target;
  if (auto status = target.resize(width, height, samples); !status) return fail(status.error().message);

  render::SceneView view;
  view.camera.set_view(render::ViewPreset::side, scene.renderer->model_bounds());
  view.width_px = width;
  view.height_px = height;
  const float aspect = static_cast<float>(width) / static_cast<float>(height);
  const glm::mat4 view_projection = view.camera.projection_matrix(aspect) * view.camera.view_matrix();

  using Clock = std::chrono::steady_clock;
  auto timed = [&](auto&& draw) {
    const auto t0 = Clock::now();
    target.bind_multisampled();
    draw();
    target.resolve();
    render::finish_gpu_work();
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  };
  auto draw_floor = [&] { (*floor)->draw(view_projection); };
  auto draw_scene = [&] { scene.renderer->draw(view); };
  timed(draw_floor);  // warm-up: the first draw of each compiles and uploads
  timed(draw_scene);
  std::vector<double> floor_ms, scene_ms;
  for (int i = 0; i < frames; ++i) {
    floor_ms.push_back(timed(draw_floor));
    scene_ms.push_back(timed(draw_scene));
  }
  const double f = median(floor_ms), s = median(scene_ms);
  std::printf("renderer       %s\n", scene.context->info().renderer.c_str());
  std::printf("frame          %dx%d, %s, %d interleaved pairs\n", width, height,
              samples ? "4x MSAA resolved" : "no MSAA", frames);
  std::printf("floor          %7.2f ms median (%ld triangles, one draw, flat shader)\n", f,
              (*floor)->triangles());
  std::printf("anatomy        %7.2f ms median (the scene renderer's frame, no interface)\n", s);
  std::printf("ratio          %7.2f x the floor\n", s / f);
  return 0;
}
