#include <algorithm>
#include <set>

#include "content/loaders.h"

namespace content {

core::Result<ArticleOutline> load_article(const ContentDir& dir, std::span<const Structure> structures,
                                          std::span<const EvidenceNote> evidence) {
  auto file = dir.read("article.json");
  if (!file) return file.error();
  ArticleOutline article;
  std::set<std::string, std::less<>> overlay_ids;  // unique across sections, not only within one
  auto sections = load_list<Section>(
      *file, file->root(), "", "sections", "id",
      [&](const Json& section_item, const std::string& section_id) -> core::Result<Section> {
        Section section{section_id, {}};
        auto overlays = load_list<Overlay>(
            *file, section_item, section_id, "overlays", "id",
            [&](const Json& item, const std::string& id) -> core::Result<Overlay> {
              Overlay overlay;
              overlay.id = id;
              overlay.section = section_id;
              auto anchors = file->string_list(item, id, "anchors");
              if (!anchors) return anchors.error();
              for (const std::string& a : *anchors)
                if (!structure_exists(structures, a))
                  return file->error(id, "anchor '" + a + "' is not in structures.json");
              overlay.anchors = *anchors;
              auto notes = file->string_list(item, id, "evidence");
              if (!notes) return notes.error();
              for (const std::string& e : *notes) {
                const bool known = std::any_of(evidence.begin(), evidence.end(),
                                               [&](const EvidenceNote& n) { return n.id == e; });
                if (!known) return file->error(id, "evidence '" + e + "' is not in evidence.json");
              }
              overlay.evidence = *notes;
              if (!overlay_ids.insert(id).second) return file->error(id, "listed twice");
              return overlay;
            });
        if (!overlays) return overlays.error();
        for (Overlay& overlay : *overlays) {
          section.overlay_ids.push_back(overlay.id);
          article.overlays.push_back(std::move(overlay));
        }
        return section;
      });
  if (!sections) return sections.error();
  article.sections = std::move(*sections);
  return article;
}

}  // namespace content
