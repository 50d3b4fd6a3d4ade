#include "core/text_position.h"

#include <algorithm>

namespace core {

TextPosition position_at(std::string_view text, std::size_t offset) {
  TextPosition p;
  const std::size_t end = std::min(offset, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

std::string describe_position(std::string_view text, std::size_t offset) {
  const TextPosition p = position_at(text, offset);
  return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

std::string describe_json_key(std::string_view text, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  for (std::size_t at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1)) {
    std::size_t after = at + quoted.size();
    while (after < text.size() &&
           (text[after] == ' ' || text[after] == '\t' || text[after] == '\n' || text[after] == '\r'))
      ++after;
    if (after < text.size() && text[after] == ':') return describe_position(text, at);
  }
  return {};
}

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The end of the string token that starts at `open` (a '"'), just past its closing quote.
std::size_t string_end(std::string_view text, std::size_t open) {
  std::size_t i = open + 1;
  while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
  return std::min(i + 1, text.size());
}
}  // namespace

std::string describe_json_path(std::string_view text, const std::string_view* path, std::size_t length) {
  if (length == 0) return {};
  // One pass, no recursion (a hostile file may nest deeply): `matched` keys of the path are found,
  // and the object holding the next one is at depth matched + 1. Leaving that object, or a matched
  // key whose value is not an object, ends the search.
  std::size_t matched = 0, depth = 0;
  bool expect_object = false;  // the value after the last matched key must open the next object
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_space(c) || c == ':' || c == ',') continue;
    if (expect_object && c != '{') return {};
    expect_object = false;
    if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0 || --depth < matched + 1) return {};
    } else if (c == '"') {
      const std::size_t end = string_end(text, i);
      std::size_t after = end;
      while (after < text.size() && is_space(text[after])) ++after;
      const bool key = after < text.size() && text[after] == ':';
      if (key && depth == matched + 1 && text.substr(i + 1, end - i - 2) == path[matched]) {
        if (++matched == length) return describe_position(text, i);
        expect_object = true;
        i = after;  // the ':'
        continue;
      }
      i = end - 1;
    }
  }
  return {};
}

std::string describe_json_path(std::string_view text, std::initializer_list<std::string_view> path) {
  return describe_json_path(text, path.begin(), path.size());
}

std::string shortened(std::string_view value, std::size_t max_chars) {
  if (value.size() <= max_chars) return std::string(value);
  return std::string(value.substr(0, max_chars)) + "… (" + std::to_string(value.size()) + " bytes)";
}

}  // namespace core
