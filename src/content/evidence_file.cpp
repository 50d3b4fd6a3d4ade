#include <algorithm>

#include "content/loaders.h"

namespace content {

core::Result<std::vector<EvidenceNote>> load_evidence(const ContentDir& dir,
                                                      std::span<const Reference> references) {
  auto file = dir.read("evidence.json");
  if (!file) return file.error();
  return load_list<EvidenceNote>(
      *file, file->root(), "", "notes", "id",
      [&](const Json& item, const std::string& id) -> core::Result<EvidenceNote> {
        EvidenceNote note;
        note.id = id;
        auto verdict = file->string(item, id, "verdict");
        if (!verdict) return verdict.error();
        const auto parsed = kVerdictNames.from_name(*verdict);
        if (!parsed) return file->error(id, "verdict must be " + kVerdictNames.names_listed());
        note.verdict = *parsed;
        auto cites = file->string_list(item, id, "cites");
        if (!cites) return cites.error();
        for (const std::string& cite : *cites) {
          const bool listed = std::any_of(references.begin(), references.end(),
                                          [&](const Reference& r) { return r.id == cite; });
          if (!listed) return file->error(id, "cites '" + cite + "', which references.json lacks");
        }
        note.cites = *cites;
        return note;
      });
}

}  // namespace content
