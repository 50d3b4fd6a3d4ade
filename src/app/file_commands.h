#pragma once
// What the File menu does with files, for the window and the tests: open and save the viewer's state
// as a scenario file, and export an image of the view. A file is read whole and checked before
// anything changes, so a broken one leaves the state as it was; every write is atomic, so a crash
// leaves the previous file as it was.
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
// The view without the interface (File › Export image), written as a PNG.
core::Status export_image_file(Viewer& viewer, const ui::ExportChoice& image,
                               const std::filesystem::path& path);
// Carries out a FileRequest of the session's and tells it how it went (Session::file_done).
void carry_out_file_request(Viewer& viewer, const FileRequest& request);

}  // namespace app
