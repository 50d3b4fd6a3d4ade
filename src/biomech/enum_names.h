#pragma once
// One {value, name} table per enum vocabulary, and the two lookups every such table needs.
#include <cstddef>
#include <optional>
#include <string_view>

namespace biomech {

template <typename E>
struct EnumName {
  E value;
  std::string_view name;
};

// The name of `value` in `table`, or "unknown" for a value the table lacks (a test keeps every
// table complete).
template <typename E, std::size_t N>
constexpr std::string_view name_in(const EnumName<E> (&table)[N], E value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.name;
  return "unknown";
}

template <typename E, std::size_t N>
constexpr std::optional<E> value_in(const EnumName<E> (&table)[N], std::string_view name) {
  for (const auto& entry : table)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

}  // namespace biomech
