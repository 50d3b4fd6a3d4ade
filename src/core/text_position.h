#pragma once
// Where in a text file something is, for messages a person can act on ("line 3, column 14"), and
// values cut short before they are echoed (a 100 MB string in a message helps nobody).
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace core {

struct TextPosition {
  std::size_t line = 1;    // from 1
  std::size_t column = 1;  // from 1, in bytes
};
// Position of byte `offset` (clamped to the text's end).
TextPosition position_at(std::string_view text, std::size_t offset);
// "line L, column C" of byte `offset`.
std::string describe_position(std::string_view text, std::size_t offset);
// The first occurrence of a JSON object key ("key" followed by ':'), as "line L, column C"; empty
// when not found.
std::string describe_json_key(std::string_view text, std::string_view key);
// Where the key at `path` (object keys from the root: {"inputs", "hamstrings"}) stands in a valid JSON
// text, as "line L, column C"; empty when the text has no such key. Unlike describe_json_key it finds
// the key of that object, not a key of the same name elsewhere ("hamstrings" of "reference"). A path
// does not enter arrays: it may end at an array's key.
std::string describe_json_path(std::string_view text, std::initializer_list<std::string_view> path);
std::string describe_json_path(std::string_view text, const std::string_view* path, std::size_t length);
// `value` itself when at most `max_chars` bytes, else its start and "… (N bytes)".
std::string shortened(std::string_view value, std::size_t max_chars = 40);

}  // namespace core
