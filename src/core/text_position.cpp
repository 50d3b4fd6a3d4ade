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

std::string shortened(std::string_view value, std::size_t max_chars) {
  if (value.size() <= max_chars) return std::string(value);
  return std::string(value.substr(0, max_chars)) + "… (" + std::to_string(value.size()) + " bytes)";
}

}  // namespace core
