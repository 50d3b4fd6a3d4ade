#pragma once
// Whole-file reading and crash-safe writing. Errors name the file and the reason.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"

namespace core {

// Reads a whole file, byte for byte (text or binary: JSON, shaders, GLB models alike).
Result<std::string> read_file(const std::filesystem::path& path);
// Writes via a temporary file and rename, so a crash never leaves a half-written file behind.
Status write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace core
