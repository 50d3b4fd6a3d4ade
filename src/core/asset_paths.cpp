#include "core/asset_paths.h"

#include <cstdlib>
#include <string>

namespace core {
namespace fs = std::filesystem;

namespace {
bool holds_assets(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "shaders", ec);
}

fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path{} : exe.parent_path();
}
}  // namespace

Result<fs::path> asset_root() {
  if (const char* env = std::getenv("POSTURELAB_ASSET_DIR"); env && *env) {
    if (holds_assets(env)) return fs::path(env);
    return make_error(std::string("POSTURELAB_ASSET_DIR=") + env +
                      " has no shaders/ folder; point it at the PostureLab source tree or unset it");
  }
  // An installed program (bin/posturelab) uses the assets installed with it, even where the tree it
  // was built from still exists; a program in a build folder uses that tree.
  if (const fs::path prefix = executable_dir().parent_path();
      !prefix.empty() && holds_assets(prefix / "share/posturelab"))
    return prefix / "share/posturelab";
  if (holds_assets(POSTURELAB_SOURCE_ROOT)) return fs::path(POSTURELAB_SOURCE_ROOT);
  for (fs::path dir = executable_dir(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
    if (holds_assets(dir)) return dir;
    if (holds_assets(dir / "share/posturelab")) return dir / "share/posturelab";
  }
  return make_error(
      "cannot find PostureLab's assets (shaders/, models/, content/); set "
      "POSTURELAB_ASSET_DIR to the source tree");
}

Result<fs::path> asset_path(std::string_view relative) {
  auto root = asset_root();
  if (!root) return root.error();
  fs::path path = *root / fs::path(relative);
  std::error_code ec;
  if (!fs::exists(path, ec)) return make_error("missing asset " + path.string());
  return path;
}

Result<fs::path> ui_font_path(bool bold) {
  const char* name = bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
  // POSTURELAB_FONT_DIR: a folder of these two files, for installations elsewhere (and the tests of
  // damaged fonts). A file there is used even when broken, so the check can say so.
  if (const char* env = std::getenv("POSTURELAB_FONT_DIR"); env && *env) {
    fs::path path = fs::path(env) / name;
    std::error_code ec;
    if (fs::exists(path, ec)) return path;
  }
  for (const char* dir : {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"}) {
    fs::path path = fs::path(dir) / name;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return path;
  }
  return make_error(std::string("font ") + name +
                    " not found in /usr/share/fonts/truetype/dejavu; install fonts-dejavu-core");
}

}  // namespace core
