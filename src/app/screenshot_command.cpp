#include <algorithm>
#include <cstdio>

#include "app/commands.h"
#include "app/state.h"
#include "app/viewer.h"
#include "biomech/presets.h"
#include "core/file_io.h"
#include "render/gl_context.h"

namespace app {

int run_screenshot(const CommandLine& line) {
  auto resolved = resolve_full_state(line.state);
  if (!resolved) return fail(resolved.error());
  const biomech::Inputs* inputs = &resolved->inputs;
  const auto& options = line.screenshot;
  // Check the output folder before rendering so a typo costs nothing.
  std::error_code ec;
  const auto folder = options.out.has_parent_path() ? options.out.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(folder, ec))
    return fail(core::make_error("--out " + options.out.string() + ": folder " + folder.string() +
                                 " does not exist"));

  auto context = render::HeadlessGlContext::create();
  if (!context) return fail(context.error());
  ViewerSettings settings;
  settings.initial_view = options.view;
  settings.show_ui = !options.no_ui;
  settings.settings.language = line.state.language;
  settings.settings.show_ghost = options.ghost;
  // Text grows with the picture so a large screenshot stays readable: the base size at 800 pixels.
  constexpr float kBaseTextHeight_px = 800.0f;
  settings.settings.font_scale = options.text_scale > 0.0f
                                     ? options.text_scale
                                     : std::clamp(static_cast<float>(options.height_px) / kBaseTextHeight_px,
                                                  ui::kMinFontScale, ui::kMaxFontScale);
  auto created = Viewer::create(nullptr, settings, *inputs);
  if (!created) return fail(created.error());
  Viewer& viewer = **created;
  // A picture of an empty floor is no picture: a model that did not load (or cannot be drawn) fails.
  if (viewer.anatomy().load_error())
    return fail(core::make_error("the anatomical model did not load: " + *viewer.anatomy().load_error()));
  if (resolved->scenario) {
    // The rest of the file (reference, camera, layers, tour step, language); the options on the
    // command line win over it.
    if (auto status = viewer.open_scenario(scenario_for_command_line(*resolved, line)); !status)
      return fail(
          core::make_error("--scenario " + line.state.scenario->string() + ": " + status.error().message));
    if (options.view_given) viewer.set_view(options.view);
  }
  if (options.tour_step) {
    // Without its content the tour has no steps: say why, not "0 steps".
    if (!viewer.content_error().empty())
      return fail(core::make_error("--tour-step " + std::to_string(*options.tour_step) +
                                   ": the tour's text did not load: " + viewer.content_error()));
    const int steps = viewer.session().tour_step_count();
    if (*options.tour_step > steps)
      return fail(core::make_error("--tour-step " + std::to_string(*options.tour_step) + ": the tour has " +
                                   std::to_string(steps) + " steps"));
    viewer.carry_out(viewer.session().go_to_tour_step(*options.tour_step - 1, false));
  }
  if (options.reference_preset || options.reference_scenario) {
    if (options.reference_preset && options.reference_scenario)
      return fail(core::make_error("--reference-preset and --reference-scenario: give one of them"));
    // The reference keeps the shown state's activity and body; the preset or file sets the rest.
    auto reference = options.reference_preset ? biomech::apply_preset(*options.reference_preset, *inputs)
                                              : load_scenario(*options.reference_scenario, *inputs);
    if (!reference)
      return fail(core::make_error((options.reference_preset
                                        ? "--reference-preset " + *options.reference_preset
                                        : "--reference-scenario " + options.reference_scenario->string()) +
                                   ": " + reference.error().message));
    viewer.session().set_reference(Reference{*reference});
  }
  ui::UiActions actions;
  if (options.compare) actions.compare = true;
  if (options.presentation) actions.presentation = true;
  if (options.xray) actions.xray = true;
  if (options.no_xray) actions.xray = false;
  if (options.select) {
    const anatomy::Scene* scene = viewer.anatomy().scene();
    if (scene && !scene->find_structure(*options.select))
      return fail(core::make_error("--select " + *options.select + ": no such structure in the model"));
    actions.select_structure = *options.select;
  }
  viewer.carry_out(viewer.session().apply(actions));
  // ImGui lays windows out on the first frame and sizes auto-fitting ones on the second, so the UI
  // is drawn a few times and the last frame is kept.
  const int frames = settings.show_ui ? 3 : 1;
  for (int i = 0; i < frames; ++i)
    if (auto status = viewer.render_frame(options.width_px, options.height_px, 1.0f / 60.0f); !status)
      return fail(status.error());
  render::Image picture = viewer.capture();
  render::make_opaque(picture);  // a picture for slides and handouts, never partly see-through
  if (auto status = render::write_png(picture, options.out); !status) return fail(status.error());
  if (!line.ui_report.empty())
    if (auto status = core::write_file_atomically(line.ui_report, viewer.ui_report()); !status)
      return fail(status.error());
  std::printf("wrote %s (%dx%d, %s view, %s)\n", options.out.string().c_str(), options.width_px,
              options.height_px, std::string(anatomy::view_name(options.view)).c_str(),
              (*context)->info().renderer.c_str());
  return kExitOk;
}

}  // namespace app
