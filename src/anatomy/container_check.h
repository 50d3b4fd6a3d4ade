#pragma once
// Checks on a model file's container made before tinygltf parses it, for what tinygltf 2.7 does not
// check itself: the GLB header and chunk lengths against the file (its binary-chunk check ignores
// the chunk's own 8-byte header, so a file cut by a few bytes leaked heap bytes into the vertex
// data), and how deeply the JSON nests (thousands of nested arrays in "extras" overflowed the stack
// of its recursive parser). Plain bytes in, a named error out; no tinygltf here.
#include <cstdint>
#include <span>
#include <string_view>

#include "core/json_depth.h"
#include "core/result.h"

namespace anatomy {

// The deepest nesting of arrays and objects a model's JSON may have; glTF itself needs about 8.
inline constexpr int kMaxJsonDepth = core::kMaxJsonDepth;

// A GLB (starts with "glTF"): version 2, the header's length the file's, a JSON chunk first and an
// optional BIN chunk, each lying wholly inside the file. Returns the JSON chunk's text.
core::Result<std::string_view> check_glb_layout(std::span<const std::uint8_t> bytes);

// Arrays and objects nested no deeper than `max_depth` (brackets inside strings do not count).
core::Status check_json_depth(std::string_view json, int max_depth = kMaxJsonDepth);

}  // namespace anatomy
