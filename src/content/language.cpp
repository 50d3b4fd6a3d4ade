#include "content/language.h"

namespace content {

std::string_view language_code(Language language) { return language == Language::de ? "de" : "en"; }

std::optional<Language> language_from_code(std::string_view code) {
  if (code == "en") return Language::en;
  if (code == "de") return Language::de;
  return std::nullopt;
}

}  // namespace content
