#include "core/asset_paths.h"

#include <unistd.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/version.h"

namespace core {
namespace fs = std::filesystem;

std::string_view version() { return POSTURELAB_VERSION; }

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
  for (const char* dir : {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"}) {
    fs::path path = fs::path(dir) / name;
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return path;
  }
  return make_error(std::string("font ") + name +
                    " not found in /usr/share/fonts/truetype/dejavu; install fonts-dejavu-core");
}

Result<std::string> read_text_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error("cannot open " + path.string() + ": " + std::strerror(errno));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return make_error("cannot read " + path.string());
  return contents.str();
}

Status write_file_atomically(const fs::path& path, std::string_view bytes) {
  fs::path tmp = path;
  tmp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return make_error("cannot write " + tmp.string() + ": " + std::strerror(errno));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ignore;
      fs::remove(tmp, ignore);
      return make_error("cannot write " + tmp.string() + " (disk full?)");
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return make_error("cannot replace " + path.string() + ": " + ec.message());
  }
  return Status::success();
}

}  // namespace core
