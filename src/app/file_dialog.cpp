#include "app/file_dialog.h"

#include <algorithm>

#include "app/scenario.h"

namespace app {
namespace fs = std::filesystem;

namespace {
// A folder of thousands of files is listed in part; the path field still reaches the rest.
constexpr std::size_t kMaxEntries = 400;

bool ends_with(const std::string& text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The folder a path field points at: itself when it is one, else the folder it names a file in.
fs::path folder_of(const std::string& path) {
  if (path.empty()) return fs::current_path();
  std::error_code ec;
  if (ends_with(path, "/") || fs::is_directory(path, ec)) return fs::path(path);
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? fs::path(".") : parent;
}
}  // namespace

std::string_view file_dialog_extension(ui::FileDialogKind kind) {
  switch (kind) {
    case ui::FileDialogKind::export_image:
      return ".png";
    case ui::FileDialogKind::print_handout:
      return ".pdf";
    case ui::FileDialogKind::open_scenario:
    case ui::FileDialogKind::save_scenario:
      break;
  }
  return kScenarioExtension;
}

void FileDialog::open(ui::FileDialogKind kind, const fs::path& start) {
  const ui::ExportChoice image = view_.image;  // the last export's choices stay
  view_ = ui::FileDialogView{};
  view_.open = true;
  view_.kind = kind;
  view_.image = image;
  view_.path = start.string();
  list();
}

void FileDialog::set_path(std::string path) {
  const std::string folder = folder_of(path).string();
  view_.path = std::move(path);
  if (folder != view_.folder) {
    list();
  } else {
    std::error_code ec;
    view_.exists = fs::is_regular_file(view_.path, ec);
  }
}

void FileDialog::choose(const std::string& name) {
  const auto entry = std::find_if(view_.entries.begin(), view_.entries.end(),
                                  [&](const ui::FileEntry& e) { return e.name == name; });
  if (entry == view_.entries.end()) return;
  const fs::path chosen = (fs::path(view_.folder) / name).lexically_normal();
  if (!entry->folder) return set_path(chosen.string());
  std::string folder = chosen.string();
  if (!ends_with(folder, "/")) folder += "/";
  set_path(folder);
}

void FileDialog::set_image(const ui::ExportChoice& image) {
  using Choice = ui::ExportChoice;
  view_.image = image;
  // Landscape or portrait, at most 4K; the dialog's fields cannot ask for more.
  const bool landscape = image.width_px >= image.height_px;
  view_.image.width_px = std::clamp(image.width_px, Choice::kMinSide_px,
                                    landscape ? Choice::kMaxLongSide_px : Choice::kMaxShortSide_px);
  view_.image.height_px = std::clamp(image.height_px, Choice::kMinSide_px,
                                     landscape ? Choice::kMaxShortSide_px : Choice::kMaxLongSide_px);
}

std::optional<fs::path> FileDialog::confirm() {
  std::error_code ec;
  if (view_.path.empty() || ends_with(view_.path, "/") || fs::is_directory(view_.path, ec)) {
    if (!view_.path.empty() && !ends_with(view_.path, "/")) set_path(view_.path + "/");
    return std::nullopt;
  }
  fs::path path = view_.path;
  const std::string_view extension = file_dialog_extension(view_.kind);
  if (view_.kind == ui::FileDialogKind::save_scenario) {
    path = with_scenario_extension(path);
  } else if (view_.kind != ui::FileDialogKind::open_scenario && path.extension() != extension) {
    path += std::string(extension);  // an image or a handout
  }
  view_.path = path.string();
  return path;
}

void FileDialog::list() {
  view_.entries.clear();
  view_.listing_error.clear();
  const fs::path folder = folder_of(view_.path);
  view_.folder = folder.string();
  std::error_code ec;
  view_.exists = fs::is_regular_file(view_.path, ec);
  fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    view_.listing_error = folder.string() + ": " + ec.message();
    return;
  }
  const std::string_view extension = file_dialog_extension(view_.kind);
  std::vector<ui::FileEntry> folders, files;
  for (; it != fs::directory_iterator() && folders.size() + files.size() < kMaxEntries; it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // hidden, as file managers do
    std::error_code type_error;
    if (it->is_directory(type_error))
      folders.push_back({name, true});
    else if (ends_with(name, extension))
      files.push_back({name, false});
  }
  auto by_name = [](const ui::FileEntry& a, const ui::FileEntry& b) { return a.name < b.name; };
  std::sort(folders.begin(), folders.end(), by_name);
  std::sort(files.begin(), files.end(), by_name);
  if (folder.has_relative_path() || folder.is_relative()) view_.entries.push_back({"..", true});
  view_.entries.insert(view_.entries.end(), folders.begin(), folders.end());
  view_.entries.insert(view_.entries.end(), files.begin(), files.end());
}

}  // namespace app
