#include <algorithm>
#include <cstdio>

#include "app/commands.h"
#include "app/picture_size.h"
#include "app/quiz_command_line.h"
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
  settings.settings.font_scale =
      options.text_scale > 0.0f ? options.text_scale : picture_text_scale(options.height_px);
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
  if (auto status = start_quiz_from_command_line(viewer, line); !status) return fail(status.error());
  if (options.quiz_answer) {
    if (!viewer.session().quiz())
      return fail(core::make_error("--quiz-answer: give --quiz or --quiz-question too"));
    ui::UiActions answer;
    answer.quiz_answer = *options.quiz_answer;
    viewer.carry_out(viewer.session().apply(answer));
    // The picture shows where the answer's glide ends, as a tour step's picture does.
    viewer.session().update(kQuizAnswerGlide_s);
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
  // The path File › Export image takes, with the interface unless --no-ui.
  ImageRequest request;
  request.image = {options.width_px, options.height_px, options.transparent,
                   options.labels.value_or(!options.no_ui)};
  request.interface = !options.no_ui;
  request.text_scale = settings.settings.font_scale;
  auto picture = viewer.render_image(request);
  if (!picture) return fail(picture.error());
  if (auto status = render::write_png(*picture, options.out); !status) return fail(status.error());
  if (!line.ui_report.empty())
    if (auto status = core::write_file_atomically(line.ui_report, viewer.ui_report()); !status)
      return fail(status.error());
  std::printf("wrote %s (%dx%d, %s view, %s background, %s)\n", options.out.string().c_str(),
              options.width_px, options.height_px, std::string(anatomy::view_name(options.view)).c_str(),
              options.transparent ? "transparent" : "opaque", (*context)->info().renderer.c_str());
  return kExitOk;
}

}  // namespace app
