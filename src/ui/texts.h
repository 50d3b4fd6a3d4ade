#pragma once
// Every user-visible word comes from content/: this wraps the library and the current language so
// panels can write T("panel.balance.title"). ImGui identifies widgets by their label, so labels are
// given a stable "##id" suffix and switching language keeps slider drags, open trees and focus.
#include <string>
#include <string_view>

#include "content/library.h"

namespace ui {

class Texts {
 public:
  Texts(const content::Library& library, content::Language language)
      : library_(&library), language_(language) {}

  // The text for `id` as a NUL-terminated C string (library strings live as long as the library).
  const char* operator()(std::string_view id) const;
  // The text for `id`, or nullptr when content has none (optional help texts).
  const char* optional(std::string_view id) const {
    return library_->has_text(id) ? library_->text(language_, id).data() : nullptr;
  }
  // "Text##id": a label whose ImGui id does not change with the language.
  std::string label(std::string_view id) const;
  std::string format(std::string_view id, const content::Values& values) const {
    return library_->format(language_, id, values);
  }
  std::string number(double value, int decimals, bool show_sign = false) const {
    return content::format_number(value, decimals, language_, show_sign);
  }
  const content::Library& library() const { return *library_; }
  content::Language language() const { return language_; }

 private:
  const content::Library* library_;
  content::Language language_;
};

}  // namespace ui
