// libFuzzer target: any bytes as settings.json. Loading never fails (a broken file is kept aside
// with a notice); what loaded must be saved and loaded again unchanged and without a notice, over
// whatever unknown keys the input carried. Each input gets an empty private folder.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "app/settings.h"

namespace fs = std::filesystem;

namespace {
fs::path g_folder;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_folder = fs::temp_directory_path() / ("posturelab_fuzz_settings_" + std::to_string(::getpid()));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::error_code ec;
  fs::remove_all(g_folder, ec);
  fs::create_directories(g_folder);
  const fs::path path = g_folder / "settings.json";
  {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  const auto loaded = app::load_settings(path);
  if (!app::save_settings(loaded.settings, path).ok()) __builtin_trap();
  const auto again = app::load_settings(path);
  if (!again.notice.empty() || !(again.settings == loaded.settings)) __builtin_trap();
  return 0;
}
