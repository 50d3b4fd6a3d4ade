// `posturelab bench`: times whole offscreen frames of a scripted scene, each through the same
// session and viewer the window uses, and each ended by waiting for the GPU, so the figure is what
// the window needs per frame on this GPU.
#include <chrono>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

#include "app/bench_report.h"
#include "app/bench_script.h"
#include "app/commands.h"
#include "app/process_stats.h"
#include "app/soak_script.h"
#include "app/state.h"
#include "app/viewer.h"
#include "render/gl_context.h"
#include "render/gpu_sync.h"
#include "render/shader_program.h"

namespace app {
namespace {
using Clock = std::chrono::steady_clock;

// The window's frame at 60 Hz: the glides advance as they would on a display.
constexpr float kFrame_s = 1.0f / 60.0f;
constexpr float kOrbitStep_deg = 2.0f;

double ms_between(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

// Moves what the sweep moves before frame `frame` of `frames`: the slider through the session, as a
// drag in the panel does (UiActions::set_inputs, the drag's end committed as one undo step).
SoakState soak_state(const Session& session) {
  return {session.target_inputs(), session.settings().language, session.tour_active(),
          session.tour_step(),     session.compare(),           session.selected_structure()};
}

void move(Viewer& viewer, BenchSweep sweep, int frame, int frames, std::span<const std::string> structures,
          SoakChanges& changes) {
  switch (sweep) {
    case BenchSweep::slider: {
      ui::UiActions drag;
      biomech::Inputs inputs = viewer.session().target_inputs();
      inputs.hamstrings_pct = swept_hamstrings_pct(frame, frames);
      drag.set_inputs = inputs;
      drag.commit_inputs = frame + 1 == frames;
      viewer.carry_out(viewer.session().apply(drag));
      break;
    }
    case BenchSweep::orbit:
      viewer.camera().orbit(kOrbitStep_deg, 0.0f);
      break;
    case BenchSweep::none:
      break;
    case BenchSweep::soak: {
      const SoakState before = soak_state(viewer.session());
      viewer.carry_out(viewer.session().apply(soak_actions(frame, before, structures)));
      changes.count(before, soak_state(viewer.session()));
      break;
    }
  }
}

// The model's structure ids, for the soak to select in turn.
std::vector<std::string> structure_ids(const Viewer& viewer) {
  std::vector<std::string> ids;
  if (const anatomy::Scene* scene = viewer.anatomy().scene())
    for (const anatomy::Structure& structure : scene->structures) ids.push_back(structure.id);
  return ids;
}

// The soak samples resident memory at 40 even steps (fewer for a short run).
constexpr int kSoakMemorySamples = 40;
}  // namespace

int run_bench(const CommandLine& line) {
  const auto start = Clock::now();
  auto inputs = resolve_state(line.state);
  if (!inputs) return fail(inputs.error());
  const BenchOptions& options = line.bench;
  auto context = render::HeadlessGlContext::create();
  if (!context) return fail(context.error());
  ViewerSettings settings;
  settings.show_ui = options.show_ui;
  settings.msaa_samples = options.msaa_samples;
  settings.detail = options.moving_detail ? render::Detail::moving : render::Detail::full;
  settings.glide_pose_headless = true;
  auto created = Viewer::create(nullptr, settings, *inputs);
  if (!created) return fail(created.error());
  Viewer& viewer = **created;

  // The first frame compiles the shaders' variants: it is the start-up figure, not a frame time.
  if (auto status = viewer.render_frame(options.width_px, options.height_px, kFrame_s); !status)
    return fail(status.error());
  render::finish_gpu_work();
  const double first_frame_ms = ms_since_process_start().value_or(ms_between(start, Clock::now()));

  const std::vector<std::string> structures = structure_ids(viewer);
  SoakChanges soak_changes;
  std::vector<double> frame_ms, solve_us, triangles, draw_calls, uniforms, switches, rss_mb_curve;
  frame_ms.reserve(static_cast<std::size_t>(options.frames));
  for (int frame = 0; frame < options.frames; ++frame) {
    const auto t0 = Clock::now();
    render::reset_upload_counts();
    const int solves = viewer.session().solved().solve_count();
    move(viewer, options.sweep, frame, options.frames, structures, soak_changes);
    if (viewer.session().solved().solve_count() != solves)
      solve_us.push_back(viewer.session().solved().last_solve_us());
    if (auto status = viewer.render_frame(options.width_px, options.height_px, kFrame_s); !status)
      return fail(status.error());
    render::finish_gpu_work();
    frame_ms.push_back(ms_between(t0, Clock::now()));
    const render::DrawStats drawn = viewer.last_frame_stats();
    triangles.push_back(static_cast<double>(drawn.triangles));
    draw_calls.push_back(static_cast<double>(drawn.draw_calls));
    const render::UploadCounts uploads = render::upload_counts();
    uniforms.push_back(static_cast<double>(uploads.uniforms));
    switches.push_back(static_cast<double>(uploads.program_switches));
    if (options.sweep == BenchSweep::soak &&
        soak_samples_memory_at(frame, options.frames, kSoakMemorySamples))
      if (auto rss = current_rss_mib()) rss_mb_curve.push_back(*rss);
  }

  BenchFigures figures;
  const auto& info = (*context)->info();
  figures.renderer = info.renderer;
  figures.gl_version = info.version;
  figures.triangles = static_cast<long>(percentile(triangles, 0.5));
  figures.draw_calls = static_cast<long>(percentile(draw_calls, 0.5));
  figures.uniform_uploads = static_cast<long>(percentile(uniforms, 0.5));
  figures.program_switches = static_cast<long>(percentile(switches, 0.5));
  figures.frame_ms_median = percentile(frame_ms, 0.5);
  figures.frame_ms_p95 = percentile(frame_ms, 0.95);
  if (!solve_us.empty()) figures.solve_us_median = percentile(solve_us, 0.5);
  figures.model_load_ms = viewer.anatomy().load_ms();
  figures.first_frame_ms = first_frame_ms;
  figures.peak_rss_mb = peak_rss_mib();
  figures.width = options.width_px;
  figures.height = options.height_px;
  figures.msaa = viewer.msaa_samples();
  figures.moving_detail = options.moving_detail;
  figures.ui = options.show_ui;
  figures.frames = options.frames;
  figures.sweep = options.sweep;
  figures.rss_mb_curve = std::move(rss_mb_curve);
  if (options.sweep == BenchSweep::soak) figures.soak_changes = soak_changes;
  std::fputs((line.json ? bench_json(figures) : bench_table(figures)).c_str(), stdout);
  return kExitOk;
}

}  // namespace app
