#include "content/language.h"

namespace content {

std::string_view language_code(Language language) { return kLanguageCodes.name_of(language); }

std::optional<Language> language_from_code(std::string_view code) { return kLanguageCodes.from_name(code); }

}  // namespace content
