#include "content/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace content {
namespace {
constexpr std::string_view kMinus = "\u2212";
constexpr std::string_view kMissing = "\u2013";

bool valid_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

const PlaceholderSpec* find_spec(std::span<const PlaceholderSpec> specs, std::string_view name) {
  const auto it =
      std::find_if(specs.begin(), specs.end(), [&](const PlaceholderSpec& s) { return s.name == name; });
  return it == specs.end() ? nullptr : &*it;
}

std::string format_value(const Values::Value& value, const PlaceholderSpec* spec, Language language) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  const double number = std::get<double>(value);
  if (spec == nullptr) return format_number(number, 1, language);
  if (spec->type == PlaceholderType::integer) return format_number(number, 0, language, spec->show_sign);
  return format_number(number, spec->decimals, language, spec->show_sign);
}
}  // namespace

Values& Values::set(std::string name, double number) {
  values_.insert_or_assign(std::move(name), Value{number});
  return *this;
}
Values& Values::set(std::string name, int number) {
  return set(std::move(name), static_cast<double>(number));
}
Values& Values::set(std::string name, std::string text) {
  values_.insert_or_assign(std::move(name), Value{std::move(text)});
  return *this;
}
Values& Values::set(std::string name, const char* text) { return set(std::move(name), std::string(text)); }

const Values::Value* Values::find(std::string_view name) const {
  const auto it = values_.find(name);
  return it == values_.end() ? nullptr : &it->second;
}

std::string format_number(double value, int decimals, Language language, bool show_sign) {
  if (!std::isfinite(value)) return std::string(kMissing);
  decimals = std::clamp(decimals, 0, 6);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
  const std::string digits(buffer);
  // Rounded to zero: no sign, so "-0.0" never appears.
  const bool is_zero = std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0' || c == '.'; });

  const std::size_t point = digits.find('.');
  const std::string integer_part = digits.substr(0, point);
  const std::string fraction = point == std::string::npos ? std::string() : digits.substr(point + 1);
  const char group_separator = language == Language::de ? '.' : ',';
  const char decimal_separator = language == Language::de ? ',' : '.';

  std::string grouped;
  if (integer_part.size() > 4) {
    const std::size_t lead = integer_part.size() % 3;
    for (std::size_t i = 0; i < integer_part.size(); ++i) {
      if (i > 0 && i >= lead && (i - lead) % 3 == 0) grouped += group_separator;
      grouped += integer_part[i];
    }
  } else {
    grouped = integer_part;
  }

  std::string out;
  if (!is_zero && value < 0.0)
    out += kMinus;
  else if (!is_zero && show_sign)
    out += '+';
  out += grouped;
  if (!fraction.empty()) {
    out += decimal_separator;
    out += fraction;
  }
  return out;
}

core::Result<std::vector<std::string>> placeholders_in(std::string_view text) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        ++i;
        continue;
      }
      return core::make_error("stray '}' at character " + std::to_string(i) +
                              " (write '}}' for a literal brace)");
    }
    if (c != '{') continue;
    if (i + 1 < text.size() && text[i + 1] == '{') {
      ++i;
      continue;
    }
    const std::size_t close = text.find('}', i + 1);
    if (close == std::string_view::npos)
      return core::make_error("unclosed '{' at character " + std::to_string(i));
    const std::string_view name = text.substr(i + 1, close - i - 1);
    if (name.empty() || !std::all_of(name.begin(), name.end(), valid_name_char))
      return core::make_error("malformed placeholder '{" + std::string(name) +
                              "}' (names use a-z, 0-9 and _)");
    names.emplace_back(name);
    i = close;
  }
  return names;
}

std::string fill_template(std::string_view text, const Values& values, Language language,
                          std::span<const PlaceholderSpec> specs) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c != '{') {
      out += c;
      continue;
    }
    const std::size_t close = text.find('}', i + 1);
    if (close == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    const std::string_view name = text.substr(i + 1, close - i - 1);
    if (const Values::Value* value = values.find(name))
      out += format_value(*value, find_spec(specs, name), language);
    else
      out += kMissing;
    i = close;
  }
  return out;
}

}  // namespace content
