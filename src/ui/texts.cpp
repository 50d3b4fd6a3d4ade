#include "ui/texts.h"

namespace ui {

const char* Texts::operator()(std::string_view id) const {
  // Library::text returns a view into a std::string it owns, or the id itself when unknown; the
  // id may not be NUL-terminated, so unknown ids are interned here to stay printable.
  const std::string_view text = library_->text(language_, id);
  if (library_->has_text(id)) return text.data();
  static thread_local std::string missing;
  missing.assign(text);
  return missing.c_str();
}

std::string Texts::label(std::string_view id) const {
  std::string result = (*this)(id);
  result += "##";
  result += id;
  return result;
}

}  // namespace ui
