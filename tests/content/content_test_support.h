#pragma once
// Shared helpers for the content tests: the bundled content folder and a scratch copy to break.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "content/library.h"

namespace content_test {

inline std::filesystem::path bundled_content_dir() {
  return std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "content";
}

// Loads the bundled content once per test binary; a failure is a test failure with the message.
inline const content::Library& bundled() {
  static const core::Result<content::Library> library = content::Library::load(bundled_content_dir());
  if (!library) throw std::runtime_error("bundled content failed to load: " + library.error().message);
  return *library;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

// A private copy of content/ that a test may edit; removed when it goes out of scope.
class ScratchContent {
 public:
  explicit ScratchContent(const std::string& name)
      : dir_(std::filesystem::temp_directory_path() /
             ("posturelab_content_test_" + name + "_" + std::to_string(counter()++))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::copy(bundled_content_dir(), dir_, std::filesystem::copy_options::recursive);
  }
  ~ScratchContent() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  ScratchContent(const ScratchContent&) = delete;
  ScratchContent& operator=(const ScratchContent&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  // Replaces the first occurrence of `from` in a file; returns false when it is not there.
  bool replace(const std::string& relative, const std::string& from, const std::string& to) const {
    const std::filesystem::path path = dir_ / relative;
    std::string text = read_file(path);
    const std::size_t at = text.find(from);
    if (at == std::string::npos) return false;
    text.replace(at, from.size(), to);
    write_file(path, text);
    return true;
  }

 private:
  static int& counter() {
    static int value = 0;
    return value;
  }
  std::filesystem::path dir_;
};

}  // namespace content_test
