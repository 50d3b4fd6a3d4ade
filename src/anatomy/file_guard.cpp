#include "anatomy/file_guard.h"

#include <algorithm>
#include <cstddef>
#include <fstream>

namespace anatomy {

namespace fs = std::filesystem;

core::Result<FileGuard> FileGuard::for_folder(const fs::path& base_dir) {
  FileGuard guard;
  if (base_dir.empty()) return guard;
  std::error_code ec;
  guard.base_ = fs::weakly_canonical(base_dir, ec);
  if (ec) return core::make_error("cannot resolve the folder " + base_dir.string());
  return guard;
}

bool FileGuard::allows(const std::string& path) const {
  if (base_.empty()) return false;
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(fs::path(path), ec);
  if (ec) return false;
  auto [base_end, ignored] = std::mismatch(base_.begin(), base_.end(), canonical.begin(), canonical.end());
  return base_end == base_.end();
}

void FileGuard::refuse(const std::string& path) {
  if (rejected_.empty()) rejected_ = path;
}

bool FileGuard::exists(const std::string& path, void* user) {
  auto* guard = static_cast<FileGuard*>(user);
  if (!guard->allows(path)) {
    guard->refuse(path);
    return false;
  }
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

// No "~" or environment expansion: a URI is a path relative to the model's folder, nothing more.
std::string FileGuard::expand(const std::string& path, void*) { return path; }

bool FileGuard::read(std::vector<unsigned char>* out, std::string* err, const std::string& path, void* user) {
  auto* guard = static_cast<FileGuard*>(user);
  if (!guard->allows(path)) {
    guard->refuse(path);
    if (err) *err += "refused to read " + path + " (outside the model's folder)\n";
    return false;
  }
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (ec || !in) {
    if (err) *err += "cannot open " + path + "\n";
    return false;
  }
  // size_t is 32 bits in wasm, where no file of the page's memory file system reaches 4 GiB.
  out->resize(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(out->data()), static_cast<std::streamsize>(size));
  return static_cast<bool>(in);
}

bool FileGuard::write(std::string* err, const std::string&, const std::vector<unsigned char>&, void*) {
  if (err) *err += "writing is not allowed\n";
  return false;
}

}  // namespace anatomy
