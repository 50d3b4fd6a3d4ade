#include "app/scenario_files.h"

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

}  // namespace app
