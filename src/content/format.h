#pragma once
// Live values in texts: "{name}" placeholders, filled with numbers formatted per language
// (English 1.5, German 1,5). The placeholders the UI provides are listed in content/placeholders.json.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "content/language.h"
#include "core/result.h"

namespace content {

enum class PlaceholderType { number, integer, text };

// One entry of content/placeholders.json.
struct PlaceholderSpec {
  std::string name;
  PlaceholderType type = PlaceholderType::number;
  int decimals = 0;        // digits after the decimal separator (numbers only)
  bool show_sign = false;  // always print + or − (signed changes)
  std::string unit;        // informational; the texts write the unit themselves
  std::string description;
};

// The values the UI hands to a template: numbers or already localized text.
class Values {
 public:
  using Value = std::variant<double, std::string>;

  Values& set(std::string name, double number);
  Values& set(std::string name, int number);
  Values& set(std::string name, std::string text);
  Values& set(std::string name, const char* text);
  const Value* find(std::string_view name) const;

 private:
  std::map<std::string, Value, std::less<>> values_;
};

// "1234.5" -> "1,234.5" (en) / "1.234,5" (de); thousands are grouped from 10,000 up. Negative
// numbers use the minus sign U+2212; show_sign adds "+" to positive numbers. A value that rounds to
// zero prints without sign. NaN and infinity print as "–".
std::string format_number(double value, int decimals, Language language, bool show_sign = false);

// The placeholder names in a text, in order of appearance ("{{" and "}}" are literal braces).
// Errors for an unclosed "{", a stray "}" or an empty or malformed name.
core::Result<std::vector<std::string>> placeholders_in(std::string_view text);

// Replaces every {name} by its value: numbers formatted by the matching spec (1 decimal when the
// name has no spec), text inserted as is. A placeholder without a value becomes "–" so that a
// missing value is visible but never crashes the frame loop.
std::string fill_template(std::string_view text, const Values& values, Language language,
                          std::span<const PlaceholderSpec> specs);

}  // namespace content
