#include <set>

#include "content/loaders.h"

namespace content {

core::Result<std::vector<Structure>> load_structures(const ContentDir& dir) {
  auto file = dir.read("structures.json");
  if (!file) return file.error();
  // Ids and aliases share one name space: a card is found by either.
  std::set<std::string, std::less<>> names;
  return load_list<Structure>(*file, file->root(), "", "structures", "id",
                              [&](const Json& item, const std::string& id) -> core::Result<Structure> {
                                Structure s;
                                s.id = id;
                                auto category = file->string(item, id, "category");
                                if (!category) return category.error();
                                s.category = *category;
                                auto group = file->optional_string(item, id, "group");
                                if (!group) return group.error();
                                s.group = *group;
                                auto paired = file->optional_bool(item, id, "paired", false);
                                if (!paired) return paired.error();
                                s.paired = *paired;
                                auto aliases = file->string_list(item, id, "aliases", false);
                                if (!aliases) return aliases.error();
                                s.aliases = *aliases;
                                for (const std::string& name : s.aliases)
                                  if (!names.insert(name).second)
                                    return file->error(name, "id or alias used twice");
                                if (!names.insert(s.id).second)
                                  return file->error(s.id, "id or alias used twice");
                                return s;
                              });
}

bool structure_exists(std::span<const Structure> structures, std::string_view id) {
  for (const Structure& s : structures) {
    if (s.id == id) return true;
    if (s.paired && id.size() == s.id.size() + 2 && id.starts_with(s.id) &&
        (id.ends_with(".l") || id.ends_with(".r")))
      return true;
  }
  return false;
}

}  // namespace content
