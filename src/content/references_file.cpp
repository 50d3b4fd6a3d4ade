#include <algorithm>
#include <utility>

#include "content/loaders.h"

namespace content {

core::Result<std::vector<Reference>> load_references(const ContentDir& dir) {
  auto file = dir.read("references.json");
  if (!file) return file.error();
  auto references = load_list<Reference>(
      *file, file->root(), "", "references", "id",
      [&](const Json& item, const std::string& id) -> core::Result<Reference> {
        Reference r;
        r.id = id;
        for (auto [member, target] :
             {std::pair{"kind", &r.kind}, std::pair{"cite", &r.cite}, std::pair{"authors", &r.authors},
              std::pair{"title", &r.title}, std::pair{"source", &r.source}}) {
          auto value = file->string(item, id, member);
          if (!value) return value.error();
          *target = *value;
        }
        auto year = file->integer(item, id, "year");
        if (!year) return year.error();
        r.year = *year;
        auto identifier = file->optional_string(item, id, "identifier");
        if (!identifier) return identifier.error();
        r.identifier = *identifier;
        return r;
      });
  if (!references) return references.error();
  if (std::none_of(references->begin(), references->end(),
                   [](const Reference& r) { return r.id == "article"; }))
    return file->error("article", "the source article must be listed");
  return references;
}

}  // namespace content
