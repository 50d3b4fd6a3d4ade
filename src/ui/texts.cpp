#include "ui/texts.h"

#include <set>
#include <string>

namespace ui {

const char* Texts::operator()(std::string_view id) const {
  // Library::text returns a view into a std::string it owns, or the id itself when unknown. The id
  // may not be NUL-terminated, so an unknown id is interned once: every pointer handed out stays
  // valid, and a second unknown id in the same expression cannot overwrite the first. The set
  // grows only with the distinct ids written in the code.
  const std::string_view text = library_->text(language_, id);
  if (library_->has_text(id)) return text.data();
  static thread_local std::set<std::string, std::less<>> unknown;
  auto it = unknown.find(text);
  if (it == unknown.end()) it = unknown.emplace(text).first;
  return it->c_str();
}

std::string Texts::label(std::string_view id) const {
  std::string result = (*this)(id);
  result += "##";
  result += id;
  return result;
}

}  // namespace ui
