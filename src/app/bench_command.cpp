#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "app/commands.h"
#include "app/state.h"
#include "app/viewer.h"
#include "render/gl_context.h"
#include "render/gpu_sync.h"

namespace app {
namespace {
double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[index];
}
}  // namespace

// Times whole offscreen frames (scene + UI), each ended by glFinish through the pixel read-back of
// the last frame only, so the figure is what the window would need per frame on this GPU.
int run_bench(const CommandLine& line) {
  auto inputs = resolve_state(line.state);
  if (!inputs) return fail(inputs.error());
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  auto context = render::HeadlessGlContext::create();
  if (!context) return fail(context.error());
  auto viewer = Viewer::create(nullptr, ViewerSettings{}, *inputs);
  if (!viewer) return fail(viewer.error());
  const auto& options = line.bench;
  std::vector<double> frame_ms;
  frame_ms.reserve(static_cast<std::size_t>(options.frames));
  double first_frame_ms = 0.0;
  for (int i = 0; i < options.frames + 1; ++i) {
    const auto t0 = clock::now();
    // Orbit a little each frame so nothing can be cached between frames.
    (*viewer)->camera().orbit(2.0f, 0.0f);
    if (auto status = (*viewer)->render_frame(options.width_px, options.height_px, 1.0f / 60.0f); !status)
      return fail(status.error());
    render::finish_gpu_work();
    const double ms = std::chrono::duration<double, std::milli>(clock::now() - t0).count();
    if (i == 0) {
      first_frame_ms = std::chrono::duration<double, std::milli>(clock::now() - start).count();
      continue;  // the first frame compiles shaders; report it separately
    }
    frame_ms.push_back(ms);
  }
  const double median = percentile(frame_ms, 0.5);
  const double p95 = percentile(frame_ms, 0.95);
  const auto& info = (*context)->info();
  if (line.json) {
    std::printf(
        "{\"frames\": %d, \"width\": %d, \"height\": %d, \"median_ms\": %.3f, \"p95_ms\": %.3f, "
        "\"fps\": %.1f, \"first_frame_ms\": %.1f, \"renderer\": \"%s\"}\n",
        options.frames, options.width_px, options.height_px, median, p95, 1000.0 / median, first_frame_ms,
        info.renderer.c_str());
  } else {
    std::printf("renderer      %s (OpenGL %s)\n", info.renderer.c_str(), info.version.c_str());
    std::printf("frame size    %dx%d, 4x MSAA, UI on\n", options.width_px, options.height_px);
    std::printf("frames        %d\n", options.frames);
    std::printf("median        %.2f ms (%.1f fps)\n", median, 1000.0 / median);
    std::printf("95th pct      %.2f ms\n", p95);
    std::printf("context + first frame  %.1f ms\n", first_frame_ms);
  }
  return kExitOk;
}

}  // namespace app
