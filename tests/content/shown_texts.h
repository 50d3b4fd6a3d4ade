#pragma once
// Every text the app can show in one language, each with a name for test messages: UI labels and
// live templates, overlays, evidence notes, structure cards, tour steps and quiz questions.
#include <string>
#include <utility>
#include <vector>

#include "content/library.h"

namespace content_test {

inline std::vector<std::pair<std::string, std::string>> shown_texts(const content::Library& lib,
                                                                    content::Language language) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& id : lib.text_ids()) out.emplace_back(id, std::string(lib.text(language, id)));
  for (const content::Overlay& o : lib.overlays(language)) {
    out.emplace_back(o.id + ".title", o.title);
    out.emplace_back(o.id + ".text", o.text);
    out.emplace_back(o.id + ".more", o.more);
  }
  for (const content::EvidenceNote& n : lib.evidence_notes(language)) {
    out.emplace_back(n.id + ".claim", n.claim);
    out.emplace_back(n.id + ".text", n.text);
  }
  for (const content::StructureCard& c : lib.cards(language)) {
    const std::pair<const char*, const std::string*> fields[] = {
        {"lay_name", &c.lay_name},   {"anatomical_name", &c.anatomical_name},
        {"what", &c.what},           {"origin", &c.origin},
        {"insertion", &c.insertion}, {"action", &c.action},
        {"nerve", &c.nerve},         {"role", &c.role}};
    for (const auto& [name, value] : fields)
      if (!value->empty()) out.emplace_back(c.id + "." + name, *value);
  }
  for (const content::TourStep& s : lib.tour(language)) {
    out.emplace_back(s.id + ".title", s.title);
    out.emplace_back(s.id + ".text", s.text);
  }
  for (const content::QuizQuestion& q : lib.quiz(language)) {
    out.emplace_back(q.id + ".prompt", q.prompt);
    out.emplace_back(q.id + ".explanation", q.explanation);
    for (const content::QuizChoice& c : q.choices) out.emplace_back(q.id + ".choice." + c.id, c.text);
  }
  return out;
}

}  // namespace content_test
