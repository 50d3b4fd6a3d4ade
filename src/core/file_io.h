#pragma once
// Whole-file reading and crash-safe writing. Errors name the file and the reason.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace core {

// What `path` is when it is not a regular file (after following links): "does not exist", "is a
// directory", "is a named pipe (FIFO)", "is a device", "is a socket"; empty for a regular file.
std::string not_a_regular_file(const std::filesystem::path& path);

// Reads a whole file, byte for byte (text or binary: JSON, shaders, GLB models alike). Refuses
// anything but a regular file (a FIFO would block forever, /dev/zero never end) and files larger
// than kMaxReadBytes.
inline constexpr std::uintmax_t kMaxReadBytes = std::uintmax_t{512} << 20;
Result<std::string> read_file(const std::filesystem::path& path, std::uintmax_t max_bytes = kMaxReadBytes);
// Writes via a temporary file and rename, so a crash never leaves a half-written file behind. A
// link is followed (its target is replaced, the link stays); a path that exists and is not a
// regular file (a device, a FIFO, a directory) is refused, never replaced.
//
// `before_rename`, when given, runs once the temporary file is written and flushed and before it
// replaces `path`; returning false stops there, leaving the temporary file, as a crash or a power
// cut at that moment would. Tests use it to show that the previous file survives.
using BeforeRename = std::function<bool(const std::filesystem::path& temporary)>;
Status write_file_atomically(const std::filesystem::path& path, std::string_view bytes,
                             const BeforeRename& before_rename = {});

}  // namespace core
