#include "anatomy/container_check.h"

#include <string>

namespace anatomy {
namespace {

constexpr std::uint32_t kJsonChunk = 0x4E4F534Au;  // "JSON"
constexpr std::uint32_t kBinChunk = 0x004E4942u;   // "BIN\0"

std::uint32_t u32_at(std::span<const std::uint8_t> bytes, std::size_t offset) {
  return static_cast<std::uint32_t>(bytes[offset]) | static_cast<std::uint32_t>(bytes[offset + 1]) << 8 |
         static_cast<std::uint32_t>(bytes[offset + 2]) << 16 |
         static_cast<std::uint32_t>(bytes[offset + 3]) << 24;
}

}  // namespace

core::Result<std::string_view> check_glb_layout(std::span<const std::uint8_t> bytes) {
  using core::make_error;
  constexpr std::size_t kHeader = 12, kChunkHeader = 8;
  if (bytes.size() < kHeader + kChunkHeader) return make_error("GLB: shorter than its headers");
  if (const auto version = u32_at(bytes, 4); version != 2)
    return make_error("GLB: version " + std::to_string(version) + ", only version 2 is read");
  if (const auto length = u32_at(bytes, 8); length != bytes.size())
    return make_error("GLB: the header says " + std::to_string(length) + " bytes but the file has " +
                      std::to_string(bytes.size()));
  std::size_t offset = kHeader;
  std::string_view json;
  for (int chunk = 0; offset < bytes.size(); ++chunk) {
    const std::string where = "GLB chunk " + std::to_string(chunk) + " at byte " + std::to_string(offset);
    if (bytes.size() - offset < kChunkHeader) return make_error(where + ": its header is cut off");
    const std::size_t length = u32_at(bytes, offset);
    const std::uint32_t type = u32_at(bytes, offset + 4);
    if (length > bytes.size() - offset - kChunkHeader)
      return make_error(where + ": " + std::to_string(length) + " bytes, but only " +
                        std::to_string(bytes.size() - offset - kChunkHeader) + " follow its header");
    if (chunk == 0 && type != kJsonChunk) return make_error(where + ": the first chunk must be JSON");
    if (chunk == 1 && type != kBinChunk) return make_error(where + ": the second chunk must be BIN");
    if (chunk == 0)
      json = std::string_view(reinterpret_cast<const char*>(bytes.data() + offset + kChunkHeader), length);
    offset += kChunkHeader + length;
    if (chunk >= 1) break;  // further chunks are ignored by the specification
  }
  return json;
}

core::Status check_json_depth(std::string_view json, int max_depth) {
  if (const auto at = core::json_too_deep_at(json, max_depth))
    return core::make_error("JSON nests deeper than " + std::to_string(max_depth) + " levels (at byte " +
                            std::to_string(*at) + ")");
  return {};
}

}  // namespace anatomy
