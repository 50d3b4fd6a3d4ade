// PostureLab in a web page: the window app of window_app.cpp, with the browser driving the frames.
// A browser tab cannot block in a loop of its own, so the loop's body is step(), which emscripten
// calls once per animation frame; it draws only when something changed or moves, as the desktop
// does, and otherwise returns at once (the canvas keeps its last picture). The page passes its query
// string as command-line options (?preset=weak-hamstrings&lang=de is --preset weak-hamstrings --lang de).
#include <emscripten/emscripten.h>

#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "app/frame_pacing.h"
#include "app/settings.h"
#include "app/settings_keeper.h"
#include "app/state.h"
#include "app/viewer.h"
#include "app/window.h"
#include "app/window_input.h"
#include "render/gl_context.h"

namespace app {
namespace {
using Clock = std::chrono::steady_clock;

// Where the page's --preload-file packages put the assets (web_site.cmake).
constexpr const char* kAssetDir = "/posturelab";

struct WebApp {
  std::unique_ptr<GlfwWindow> window;
  WindowInput input;
  std::unique_ptr<Viewer> viewer;
  std::unique_ptr<FramePacer> pacer;
  std::unique_ptr<SettingsKeeper> settings;
  Clock::time_point start;
  long frames_drawn = 0;
  std::string ui_report;  // what the last frame showed, for the page (posturelab_ui_report)
};

WebApp* g_app = nullptr;

// The page's side (index.html): its size, the frame counter it watches, and where errors show.
EM_JS(int, page_width, (), { return window.innerWidth; });
EM_JS(int, page_height, (), { return window.innerHeight; });
EM_JS(void, report_frames, (int frames), { Module.posturelabFrames = frames; });
// Settings kept across reloads: the settings folder is the browser's IndexedDB (IDBFS), read in
// before the app starts and written back after each save. Without IndexedDB (a private window that
// refuses it) the app starts all the same and its settings last as long as the page.
EM_JS(void, load_settings_store, (const char* folder), {
  const dir = UTF8ToString(folder);
  FS.mkdirTree(dir);
  FS.mount(IDBFS, {}, dir);
  FS.syncfs(
      true, function(error) {
        if (error) console.warn('PostureLab: settings from IndexedDB not read: ' + error);
        Module.ccall('posturelab_start', null, [], []);
      });
});
EM_JS(void, save_settings_store, (), {
  FS.syncfs(
      false, function(error) {
        if (error) console.warn('PostureLab: settings not kept in IndexedDB: ' + error);
      });
});
EM_JS(void, report_error, (const char* message), {
  if (Module.posturelabError) Module.posturelabError(UTF8ToString(message));
});

// The page's canvas follows the browser window; the GLFW window follows the canvas.
void follow_canvas(WebApp& app) {
  const int w = page_width();
  const int h = page_height();
  int cur_w = 0, cur_h = 0;
  glfwGetWindowSize(app.window->get(), &cur_w, &cur_h);
  if (w > 0 && h > 0 && (w != cur_w || h != cur_h)) {
    glfwSetWindowSize(app.window->get(), w, h);
    app.input.dirty = true;
  }
}

void step(void* arg) {
  WebApp& app = *static_cast<WebApp*>(arg);
  follow_canvas(app);
  FramePacer& pacer = *app.pacer;
  pacer.take_input(app.input);
  if (pacer.due() <= 0) return;
  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(app.window->get(), &fb_w, &fb_h);
  if (fb_w <= 0 || fb_h <= 0) return;
  Viewer& viewer = *app.viewer;
  if (!pacer.draw(viewer, app.window->get(), app.input, fb_w, fb_h)) return;
  ++app.frames_drawn;
  app.ui_report = viewer.ui_report();
  if (app.frames_drawn == 1) {
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - app.start).count();
    std::printf("first frame after %.1f ms\n", ms);
  }
  // The page counts the frames drawn (for the smoke test and the frame-rate figure).
  report_frames(static_cast<int>(app.frames_drawn));
  // Settings are written to the page's file system and from there to IndexedDB.
  if (app.settings->save_if_changed(viewer.session())) save_settings_store();
}

void show_error(const std::string& message) {
  std::fprintf(stderr, "posturelab: error: %s\n", message.c_str());
  report_error(message.c_str());
}

int start(const std::vector<std::string>& args) {
  setenv("POSTURELAB_ASSET_DIR", kAssetDir, 1);
  auto app = std::make_unique<WebApp>();
  app->start = Clock::now();
  auto line = parse_command_line(args);
  if (!line) return show_error(line.error().message), kExitBadInput;
  auto resolved = resolve_full_state(line->state);
  if (!resolved) return show_error(resolved.error().message), kExitBadInput;
  auto window = GlfwWindow::open(std::max(page_width(), 320), std::max(page_height(), 240), "PostureLab");
  if (!window) return show_error(window.error().message), kExitFailure;
  app->window = std::make_unique<GlfwWindow>(std::move(*window));
  auto gl = render::load_gl(nullptr);
  if (!gl) return show_error(gl.error().message), kExitFailure;
  install_input_callbacks(app->window->get(), app->input);
  const std::filesystem::path settings_path = default_settings_path();
  const LoadedSettings loaded = load_settings(settings_path);
  ViewerSettings settings;
  settings.settings = loaded.settings;
  if (line->state.language_given) settings.settings.language = line->state.language;
  auto viewer = Viewer::create(app->window->get(), settings, resolved->inputs);
  if (!viewer) return show_error(viewer.error().message), kExitFailure;
  app->viewer = std::move(*viewer);
  app->input.viewer = app->viewer.get();
  app->settings = std::make_unique<SettingsKeeper>(settings_path, app->viewer->session().settings());
  app->pacer = std::make_unique<FramePacer>(app->viewer->requested_msaa_samples(), kSettleFrames);
  g_app = app.release();  // lives as long as the page
  emscripten_set_main_loop_arg(step, g_app, 0, false);
  return kExitOk;
}

}  // namespace
}  // namespace app

// What the interface showed in the last frame, as JSON (app/ui_report.h), for the page and its tests.
extern "C" EMSCRIPTEN_KEEPALIVE const char* posturelab_ui_report() {
  return app::g_app ? app::g_app->ui_report.c_str() : "";
}

// Asks for `frames` more frames, drawn whether or not anything changed: the page's frame-rate figure.
extern "C" EMSCRIPTEN_KEEPALIVE void posturelab_redraw(int frames) {
  if (app::g_app) app::g_app->pacer->ask_for(frames);
}

namespace {
std::vector<std::string> g_args;  // the page's options, kept until the settings have been read in
}  // namespace

// Called by load_settings_store once IndexedDB's settings are in the file system.
extern "C" EMSCRIPTEN_KEEPALIVE void posturelab_start() { app::start(g_args); }

int main(int argc, char** argv) {
  g_args.assign(argv + 1, argv + argc);
  // The runtime stays alive after main returns (EXIT_RUNTIME=0); the app starts from the callback.
  app::load_settings_store(app::default_settings_path().parent_path().c_str());
  return 0;
}
