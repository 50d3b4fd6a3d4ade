#pragma once
// The languages PostureLab speaks. English is the fallback for any missing German string.
#include <optional>
#include <string_view>

namespace content {

enum class Language { en, de };

std::string_view language_code(Language language);
std::optional<Language> language_from_code(std::string_view code);

}  // namespace content
