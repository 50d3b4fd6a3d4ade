#pragma once
// Opening and saving the viewer's state as a scenario file, for File › Open and Save and the tests.
// A file is read whole and checked before anything changes, so a broken one leaves the state as it
// was; a save is atomic, so a crash leaves the previous file as it was.
#include <filesystem>
#include <string>
#include <vector>

#include "app/viewer.h"
#include "core/file_io.h"
#include "core/result.h"

namespace app {

// The warnings of a file that opened (unknown keys), each naming where it stands.
core::Result<std::vector<std::string>> open_scenario_file(Viewer& viewer, const std::filesystem::path& path);
core::Status save_scenario_as(const Viewer& viewer, const std::filesystem::path& path,
                              const core::BeforeRename& before_rename = {});

}  // namespace app
