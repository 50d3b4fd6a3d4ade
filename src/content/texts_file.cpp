#include "content/loaders.h"

namespace content {

core::Result<TextMap> load_texts(const ContentDir& dir, Language language, const TextMap* english,
                                 std::span<const PlaceholderSpec> placeholders, Warnings& warnings) {
  const std::string code(language_code(language));
  TextMap found;
  for (const char* name : {"ui.json", "live.json"}) {
    const std::string relative = code + "/" + name;
    if (english != nullptr && !dir.exists(relative)) {
      warnings.push_back(dir.shown(relative) + ": missing; English texts are used");
      continue;
    }
    auto file = dir.read(relative);
    if (!file) return file.error();
    for (const auto& [id, value] : file->root().items()) {
      if (!value.is_string()) return file->error(id, "must be a string");
      const std::string& text = value.get_ref<const std::string&>();
      if (text.empty()) return file->error(id, "is empty");
      if (found.count(id) != 0) return file->error(id, "defined twice (in ui.json and live.json)");
      if (auto s = check_placeholders(*file, id, text, placeholders); !s) return s.error();
      found.emplace(id, text);
    }
  }
  if (english == nullptr) return found;

  // German: English underneath, every German text over it, and a warning for each gap.
  TextMap texts = *english;
  for (auto& [id, value] : found) {
    if (english->count(id) == 0) {
      warnings.push_back(dir.shown(code + "/ui.json") + ": '" + id + "' has no English original; ignored");
      continue;
    }
    texts[id] = std::move(value);
  }
  for (const auto& [id, value] : *english)
    if (found.count(id) == 0)
      warnings.push_back(dir.shown(code + "/ui.json or live.json") + ": '" + id +
                         "' missing in German; English used");
  return texts;
}

}  // namespace content
