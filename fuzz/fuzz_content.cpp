// libFuzzer target: one of content/'s files replaced by any bytes, then the whole library loaded
// (every loader, every cross-reference). The first byte picks the file; the rest is its text. The
// real content is copied once into a private folder, and the file is put back after each input.
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "content/library.h"

namespace fs = std::filesystem;

namespace {

constexpr std::array<const char*, 18> kFiles = {
    "article.json",     "evidence.json", "placeholders.json", "references.json", "structures.json",
    "tour.json",        "en/ui.json",    "en/live.json",      "en/article.json", "en/cards.json",
    "en/evidence.json", "en/tour.json",  "de/ui.json",        "de/live.json",    "de/tour.json",
    "quiz.json",        "en/quiz.json",  "de/quiz.json"};

fs::path g_content;  // the private copy

void write(const fs::path& path, const std::uint8_t* data, std::size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const fs::path source = fs::path(POSTURELAB_SOURCE_ROOT) / "content";
  g_content = fs::temp_directory_path() / ("posturelab_fuzz_content_" + std::to_string(::getpid()));
  std::error_code ec;
  fs::remove_all(g_content, ec);
  fs::copy(source, g_content, fs::copy_options::recursive);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char* name = kFiles[data[0] % kFiles.size()];
  const fs::path file = g_content / name;
  const fs::path original = fs::path(POSTURELAB_SOURCE_ROOT) / "content" / name;
  write(file, data + 1, size - 1);
  const auto library = content::Library::load(g_content);
  if (!library && library.error().message.empty()) __builtin_trap();  // a refusal must say why
  fs::copy_file(original, file, fs::copy_options::overwrite_existing);
  return 0;
}
