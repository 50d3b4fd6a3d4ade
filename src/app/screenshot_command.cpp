#include <algorithm>
#include <cstdio>

#include "app/commands.h"
#include "app/state.h"
#include "app/viewer.h"
#include "render/gl_context.h"

namespace app {

int fail(const core::Error& error) {
  std::fprintf(stderr, "posturelab: error: %s\n", error.message.c_str());
  return kExitBadInput;
}

int run_screenshot(const CommandLine& line) {
  auto inputs = resolve_state(line.state);
  if (!inputs) return fail(inputs.error());
  const auto& options = line.screenshot;
  // Check the output folder before rendering so a typo costs nothing.
  std::error_code ec;
  const auto folder = options.out.has_parent_path() ? options.out.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(folder, ec))
    return fail(core::make_error("--out " + options.out.string() + ": folder " + folder.string() + " does not exist"));

  auto context = render::HeadlessGlContext::create();
  if (!context) return fail(context.error());
  ViewerSettings settings;
  settings.view = options.view;
  settings.show_ui = !options.no_ui;
  // Text grows with the picture so a large screenshot stays readable.
  settings.font_scale = std::clamp(static_cast<float>(options.height_px) / 800.0f, 0.75f, 3.0f);
  auto viewer = Viewer::create(nullptr, settings);
  if (!viewer) return fail(viewer.error());
  (*viewer)->set_inputs(*inputs);
  // ImGui lays windows out on the first frame and sizes auto-fitting ones on the second, so the UI
  // is drawn twice and the second frame is kept.
  const int frames = settings.show_ui ? 2 : 1;
  for (int i = 0; i < frames; ++i)
    if (auto status = (*viewer)->render_frame(options.width_px, options.height_px, 1.0f / 60.0f); !status)
      return fail(status.error());
  if (auto status = render::write_png((*viewer)->capture(), options.out); !status) return fail(status.error());
  std::printf("wrote %s (%dx%d, %s view, %s)\n", options.out.string().c_str(), options.width_px,
              options.height_px, std::string(render::view_name(options.view)).c_str(),
              (*context)->info().renderer.c_str());
  return kExitOk;
}

} // namespace app
