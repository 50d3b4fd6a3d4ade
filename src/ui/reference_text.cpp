#include "ui/reference_text.h"

#include <algorithm>

namespace ui {

std::string reference_line(const content::Reference& r) {
  std::string line = r.authors;
  if (r.year > 0) line += " (" + std::to_string(r.year) + ")";
  const auto sentence = [&line](const std::string& part) {
    if (part.empty()) return;
    if (!line.empty()) line += line.back() == '.' ? " " : ". ";
    line += part;
  };
  sentence(r.title);
  sentence(r.source);
  sentence(r.identifier);
  if (!line.empty() && line.back() != '.') line += '.';
  return line;
}

std::vector<const content::Reference*> studies_by_citation(const content::Library& library) {
  std::vector<const content::Reference*> studies;
  for (const content::Reference& r : library.references())
    if (r.kind != "article") studies.push_back(&r);
  std::sort(studies.begin(), studies.end(),
            [](const content::Reference* a, const content::Reference* b) { return a->cite < b->cite; });
  return studies;
}

}  // namespace ui
