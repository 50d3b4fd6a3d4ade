#include <algorithm>

#include "content/loaders.h"

namespace content {

std::string field(const Fields& fields, std::string_view name) {
  const auto it = fields.find(name);
  return it == fields.end() ? std::string() : it->second;
}

core::Result<Entries> load_translations(const ContentDir& dir, Language language, std::string_view name,
                                        const std::vector<EntrySpec>& specs, const Entries* english,
                                        std::span<const PlaceholderSpec> placeholders, Warnings& warnings) {
  const std::string relative = std::string(language_code(language)) + "/" + std::string(name);
  if (english != nullptr && !dir.exists(relative)) {
    warnings.push_back(dir.shown(relative) + ": missing; English texts are used");
    return *english;
  }
  auto file = dir.read(relative);
  if (!file) return file.error();
  const Json& root = file->root();
  Entries entries;
  for (const EntrySpec& spec : specs) {
    const auto it = root.find(spec.id);
    if (it == root.end()) {
      if (english == nullptr) return file->error(spec.id, "missing entry");
      warnings.push_back(dir.shown(relative) + ": '" + spec.id + "' missing in German; English used");
      entries[spec.id] = english->at(spec.id);
      continue;
    }
    if (!it->is_object()) return file->error(spec.id, "must be an object");
    Fields fields;
    for (const FieldRule& rule : spec.fields) {
      const std::string key = spec.id + "." + rule.name;
      const auto member = it->find(rule.name);
      if (member != it->end()) {
        if (!member->is_string() || member->get_ref<const std::string&>().empty())
          return file->error(key, "must be a non-empty string");
        const std::string& text = member->get_ref<const std::string&>();
        if (auto s = check_placeholders(*file, key, text, placeholders); !s) return s.error();
        fields[rule.name] = text;
        continue;
      }
      if (english == nullptr) {
        if (rule.required) return file->error(spec.id, "missing field '" + rule.name + "'");
        continue;
      }
      const Fields& en_fields = english->at(spec.id);
      if (const auto en = en_fields.find(rule.name); en != en_fields.end()) {
        warnings.push_back(dir.shown(relative) + ": '" + key + "' missing in German; English used");
        fields[rule.name] = en->second;
      }
    }
    for (const auto& member : it->items()) {
      const std::string& field_name = member.key();
      const bool known = std::any_of(spec.fields.begin(), spec.fields.end(),
                                     [&](const FieldRule& r) { return r.name == field_name; });
      if (!known) return file->error(spec.id, "unknown field '" + field_name + "'");
    }
    entries[spec.id] = std::move(fields);
  }
  for (const auto& member : root.items())
    if (entries.count(member.key()) == 0)
      warnings.push_back(dir.shown(relative) + ": '" + member.key() + "' is not a known id; ignored");
  return entries;
}

}  // namespace content
