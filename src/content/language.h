#pragma once
// The languages PostureLab speaks. English is the fallback for any missing German string.
#include <optional>
#include <string_view>

#include "core/enum_names.h"

namespace content {

enum class Language { en, de };

// Every language with its code ("en", "de"), in menu order.
inline constexpr auto kLanguageCodes =
    core::enum_names<Language>({{Language::en, "en"}, {Language::de, "de"}});
static_assert(kLanguageCodes.is_one_to_one());

std::string_view language_code(Language language);
std::optional<Language> language_from_code(std::string_view code);

}  // namespace content
