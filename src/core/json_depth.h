#pragma once
// How deeply a JSON text nests, found by one pass over its bytes before any parser sees it. The
// recursive parsers behind tinygltf and nlohmann::json use a stack frame per level, so thousands of
// nested arrays in a few kilobytes overflow the stack, and a parsed tree of them costs far more memory
// than its text (each level a heap node). Every reader of a file a person may be sent checks this first.
#include <cstddef>
#include <optional>
#include <string_view>

namespace core {

// The deepest nesting of arrays and objects any of PostureLab's files may have: glTF needs about 8, a
// scenario 4, settings 3; the rest is room for extras and newer versions.
inline constexpr int kMaxJsonDepth = 64;

// The byte offset of the first '[' or '{' that opens level max_depth + 1 (brackets inside strings do
// not count), or nothing when the text never nests that deep. The text need not be valid JSON.
std::optional<std::size_t> json_too_deep_at(std::string_view text, int max_depth = kMaxJsonDepth);

}  // namespace core
