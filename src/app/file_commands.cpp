#include "app/file_commands.h"

#include "app/handout.h"

#include "app/scenario.h"

namespace app {

core::Result<std::vector<std::string>> open_scenario_file(Viewer& viewer, const std::filesystem::path& path) {
  // Inputs a hand-written file leaves out are balanced, as on the command line.
  auto read = read_scenario_file(path, biomech::balanced_inputs());
  if (!read) return read.error();
  if (auto status = viewer.open_scenario(read->scenario); !status)
    return core::make_error("scenario " + path.string() + ": " + status.error().message);
  return std::move(read->warnings);
}

core::Status save_scenario_as(const Viewer& viewer, const std::filesystem::path& path,
                              const core::BeforeRename& before_rename) {
  return save_scenario_file(viewer.scenario(), path, before_rename);
}

core::Status export_image_file(Viewer& viewer, const ui::ExportChoice& image,
                               const std::filesystem::path& path) {
  ImageRequest request;
  request.image = image;
  auto picture = viewer.render_image(request);
  if (!picture) return core::make_error("export " + path.string() + ": " + picture.error().message);
  return render::write_png(*picture, path);
}

void carry_out_file_request(Viewer& viewer, const FileRequest& request) {
  switch (request.kind) {
    case ui::FileDialogKind::open_scenario: {
      auto opened = open_scenario_file(viewer, request.path);
      viewer.session().file_done(request, opened ? core::Status{} : core::Status{opened.error()},
                                 opened ? *opened : std::vector<std::string>{});
      return;
    }
    case ui::FileDialogKind::save_scenario:
      return viewer.session().file_done(request, save_scenario_as(viewer, request.path));
    case ui::FileDialogKind::export_image:
      return viewer.session().file_done(request, export_image_file(viewer, request.image, request.path));
    case ui::FileDialogKind::print_handout:
      return viewer.session().file_done(request,
                                        write_handout(handout_request(viewer.session()), request.path));
  }
}

}  // namespace app
