// `posturelab [state]`: the interactive window.
#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "app/commands.h"
#include "app/frame_pacing.h"
#include "app/quiz_command_line.h"
#include "app/settings.h"
#include "app/settings_keeper.h"
#include "app/state.h"
#include "app/viewer.h"
#include "app/window.h"
#include "app/window_input.h"
#include "core/asset_paths.h"
#include "core/file_io.h"
#include "render/gl_context.h"

namespace app {
namespace {
using Clock = std::chrono::steady_clock;

// The window's size where the monitor leaves room for it.
constexpr int kWindowWidth_px = 1440, kWindowHeight_px = 860;

// The settings remembered from the last run, the command line's --lang over them, and a text size
// that follows a high-DPI monitor unless the user chose one.
ViewerSettings window_settings(const CommandLine& line, const LoadedSettings& loaded, float content_scale) {
  ViewerSettings settings;
  settings.settings = loaded.settings;
  if (line.state.language_given) settings.settings.language = line.state.language;
  if (content_scale > 1.0f && settings.settings.font_scale == 1.0f)
    settings.settings.font_scale = content_scale;
  return settings;
}

struct LoopTiming {
  Clock::time_point start;
  std::string renderer;
};

// Draws until the window closes (or after --exit-after-frames). Redraws only when something changed
// or moves, then sleeps in glfwWaitEvents, so an idle window costs no CPU.
void run_loop(GLFWwindow* window, WindowInput& input, Viewer& viewer, const CommandLine& line,
              const std::filesystem::path& settings_path, const LoopTiming& timing) {
  FramePacer pacer(viewer.requested_msaa_samples(), std::max(kSettleFrames, line.exit_after_frames));
  SettingsKeeper settings(settings_path, viewer.session().settings());
  long frames_drawn = 0;
  std::optional<std::filesystem::path> titled;
  while (!glfwWindowShouldClose(window)) {
    // Input callbacks run in here, and hover picking draws (window_input.h).
    if (pacer.due() > 0)
      glfwPollEvents();
    else
      glfwWaitEvents();
    pacer.take_input(input);
    if (pacer.due() <= 0) continue;
    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window, &fb_w, &fb_h);
    if (fb_w <= 0 || fb_h <= 0) {  // minimised
      pacer.stop();
      continue;
    }
    if (!pacer.draw(viewer, window, input, fb_w, fb_h, [window] { glfwSwapBuffers(window); })) continue;
    if (++frames_drawn == 1 && line.print_timing)
      std::printf("first frame after %.1f ms (%s)\n",
                  std::chrono::duration<double, std::milli>(Clock::now() - timing.start).count(),
                  timing.renderer.c_str());
    settings.save_if_changed(viewer.session());
    if (viewer.quit_requested()) glfwSetWindowShouldClose(window, GLFW_TRUE);
    // The title bar names the open scenario file.
    if (viewer.session().scenario_path() != titled) {
      titled = viewer.session().scenario_path();
      const std::string title = titled ? "PostureLab – " + titled->filename().string() : "PostureLab";
      glfwSetWindowTitle(window, title.c_str());
    }
    if (line.exit_after_frames > 0 && frames_drawn >= line.exit_after_frames) break;
  }
}

}  // namespace

int run_window(const CommandLine& line) {
  const auto start = Clock::now();
  // 1. The state to open with (bad options fail before any window appears).
  auto resolved = resolve_full_state(line.state);
  if (!resolved) return fail(resolved.error());
  // 2. The window and its OpenGL context; GLFW closes with `window` on every way out.
  auto window = GlfwWindow::open(kWindowWidth_px, kWindowHeight_px, "PostureLab");
  if (!window) return fail(window.error());
  auto gl = render::load_gl(reinterpret_cast<render::GlProcAddress>(glfwGetProcAddress));
  if (!gl) return fail(gl.error());
  // 3. Our input callbacks, before the viewer's ImGui backend chains to them.
  WindowInput input;
  install_input_callbacks(window->get(), input);
  // 4. Settings from the last run.
  const std::filesystem::path settings_path = default_settings_path();
  const LoadedSettings loaded = load_settings(settings_path);
  if (!loaded.notice.empty()) std::fprintf(stderr, "posturelab: warning: %s\n", loaded.notice.c_str());
  // 5. The viewer: renderer, model, content, session, UI.
  auto viewer =
      Viewer::create(window->get(), window_settings(line, loaded, window->content_scale()), resolved->inputs);
  if (!viewer) return fail(viewer.error());
  if (!loaded.notice.empty()) (*viewer)->session().set_notice(loaded.notice);
  if (resolved->scenario) {
    if (auto status = (*viewer)->open_scenario(scenario_for_command_line(*resolved, line)); !status)
      return fail(
          core::make_error("--scenario " + line.state.scenario->string() + ": " + status.error().message));
    // The file is open as if by File › Open: Ctrl+S writes it back, the title bar and the recent
    // files name it.
    (*viewer)->session().file_done({ui::FileDialogKind::open_scenario, *line.state.scenario, {}}, {});
  }
  if (auto status = start_quiz_from_command_line(**viewer, line); !status) return fail(status.error());
  input.viewer = viewer->get();
  // 6. The loop.
  run_loop(window->get(), input, **viewer, line, settings_path, {start, gl->renderer});
  // 7. What the interface showed, for tests.
  if (!line.ui_report.empty())
    if (auto status = core::write_file_atomically(line.ui_report, (*viewer)->ui_report()); !status)
      std::fprintf(stderr, "posturelab: error: %s\n", status.error().message.c_str());
  input.viewer = nullptr;
  return kExitOk;  // 8. The viewer goes before the window and its context (reverse order).
}

}  // namespace app
