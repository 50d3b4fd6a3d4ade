#pragma once
// One table per vocabulary: an enum's values with the names they have in files, on the command line
// and in text ids, written once and read both ways.
//
//   enum class Verdict { supported, disputed, unsupported };
//   inline constexpr auto kVerdictNames = core::enum_names<Verdict>(
//       {{Verdict::supported, "supported"}, {Verdict::disputed, "disputed"},
//        {Verdict::unsupported, "unsupported"}});
//   static_assert(kVerdictNames.is_one_to_one());
//
//   kVerdictNames.name_of(Verdict::disputed)   // "disputed"
//   kVerdictNames.from_name("supported")       // Verdict::supported; std::nullopt for an unknown name
//   kVerdictNames.names_listed()               // "supported, disputed or unsupported" (for messages)
//   for (const auto& [value, name] : kVerdictNames.entries()) ...   // every value, in table order
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace core {

template <typename Enum>
struct EnumName {
  Enum value;
  std::string_view name;
};

template <typename Enum, std::size_t N>
class EnumNames {
 public:
  constexpr explicit EnumNames(const std::array<EnumName<Enum>, N>& entries) : entries_(entries) {}

  // The name of a value; empty for a value the table does not list (a table should list them all).
  constexpr std::string_view name_of(Enum value) const {
    for (const EnumName<Enum>& entry : entries_)
      if (entry.value == value) return entry.name;
    return {};
  }

  // The value with that exact name, or nothing.
  constexpr std::optional<Enum> from_name(std::string_view name) const {
    for (const EnumName<Enum>& entry : entries_)
      if (entry.name == name) return entry.value;
    return std::nullopt;
  }

  constexpr std::span<const EnumName<Enum>> entries() const { return entries_; }
  constexpr std::size_t size() const { return N; }

  // No value and no name appears twice, and no name is empty: check it with static_assert beside
  // the table.
  constexpr bool is_one_to_one() const {
    for (std::size_t i = 0; i < N; ++i) {
      if (entries_[i].name.empty()) return false;
      for (std::size_t j = i + 1; j < N; ++j)
        if (entries_[i].value == entries_[j].value || entries_[i].name == entries_[j].name) return false;
    }
    return true;
  }

  // The names for a message: "a, b or c".
  std::string names_listed(std::string_view last_separator = " or ") const {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) {
      if (i > 0) out += i + 1 == N ? last_separator : std::string_view(", ");
      out += entries_[i].name;
    }
    return out;
  }

 private:
  std::array<EnumName<Enum>, N> entries_;
};

// Builds a table from a braced list, so that its size need not be written: see the example above.
template <typename Enum, std::size_t N>
constexpr EnumNames<Enum, N> enum_names(const EnumName<Enum> (&entries)[N]) {
  std::array<EnumName<Enum>, N> copy{};
  for (std::size_t i = 0; i < N; ++i) copy[i] = entries[i];
  return EnumNames<Enum, N>(copy);
}

}  // namespace core
