#include "content/library.h"

#include <algorithm>

#include "content/loaders.h"
#include "core/asset_paths.h"
#include "core/log.h"

namespace content {

namespace fs = std::filesystem;

std::string_view verdict_name(Verdict verdict) { return kVerdictNames.name_of(verdict); }

core::Result<Library> Library::load() {
  core::Result<fs::path> dir = core::asset_path("content");
  if (!dir) return dir.error();
  return load(*dir);
}

// The language-neutral files first (each refers only to those before it), then the texts of each
// language, English first because German falls back to it.
core::Result<Library> Library::load(const fs::path& content_dir) {
  const ContentDir dir(content_dir);
  Library lib;

  auto placeholders = load_placeholders(dir);
  if (!placeholders) return placeholders.error();
  lib.placeholders_ = std::move(*placeholders);
  auto structures = load_structures(dir);
  if (!structures) return structures.error();
  lib.structures_ = std::move(*structures);
  auto references = load_references(dir);
  if (!references) return references.error();
  lib.references_ = std::move(*references);
  auto evidence = load_evidence(dir, lib.references_);
  if (!evidence) return evidence.error();
  auto article = load_article(dir, lib.structures_, *evidence);
  if (!article) return article.error();
  lib.sections_ = std::move(article->sections);
  auto tour = load_tour(dir, lib.structures_, article->overlays);
  if (!tour) return tour.error();
  auto quiz = load_quiz(dir, lib.structures_, *evidence);
  if (!quiz) return quiz.error();

  // The specs of the per-language files follow the neutral files: one entry per overlay, note,
  // structure and tour step. Muscles' cards need origin, insertion, action and nerve.
  std::vector<EntrySpec> overlay_specs, evidence_specs, card_specs, tour_specs, quiz_specs;
  for (const Overlay& o : article->overlays) overlay_specs.push_back({o.id, {{"title"}, {"text"}, {"more"}}});
  for (const EvidenceNote& n : *evidence) evidence_specs.push_back({n.id, {{"claim"}, {"text"}}});
  for (const Structure& s : lib.structures_) {
    const bool muscle = s.category == "muscle";
    card_specs.push_back({s.id,
                          {{"lay_name"},
                           {"anatomical_name"},
                           {"what"},
                           {"role"},
                           {"origin", muscle},
                           {"insertion", muscle},
                           {"action", muscle},
                           {"nerve", muscle}}});
  }
  for (const TourStep& step : *tour) tour_specs.push_back({step.id, {{"title"}, {"text"}}});
  // A question's texts: its prompt, its explanation and one "choice.<id>" per answer choice.
  for (const QuizQuestion& q : *quiz) {
    EntrySpec spec{q.id, {{"prompt"}, {"explanation"}}};
    for (const QuizChoice& c : q.choices) spec.fields.push_back({"choice." + c.id});
    quiz_specs.push_back(std::move(spec));
  }

  struct EnglishEntries {
    Entries article, evidence, cards, tour, quiz;
  } english;
  for (Language language : {Language::en, Language::de}) {
    const bool en = language == Language::en;
    LanguageSet& target = lib.sets_[en ? 0 : 1];
    auto texts =
        load_texts(dir, language, en ? nullptr : &lib.sets_[0].texts, lib.placeholders_, lib.warnings_);
    if (!texts) return texts.error();
    target.texts = std::move(*texts);

    auto translations = [&](std::string_view name, const std::vector<EntrySpec>& specs,
                            const Entries& en_entries) {
      return load_translations(dir, language, name, specs, en ? nullptr : &en_entries, lib.placeholders_,
                               lib.warnings_);
    };
    auto overlay_texts = translations("article.json", overlay_specs, english.article);
    if (!overlay_texts) return overlay_texts.error();
    for (Overlay o : article->overlays) {
      const Fields& f = overlay_texts->at(o.id);
      o.title = field(f, "title");
      o.text = field(f, "text");
      o.more = field(f, "more");
      target.overlays.push_back(std::move(o));
    }
    auto evidence_texts = translations("evidence.json", evidence_specs, english.evidence);
    if (!evidence_texts) return evidence_texts.error();
    for (EvidenceNote n : *evidence) {
      const Fields& f = evidence_texts->at(n.id);
      n.claim = field(f, "claim");
      n.text = field(f, "text");
      target.evidence.push_back(std::move(n));
    }
    auto card_texts = translations("cards.json", card_specs, english.cards);
    if (!card_texts) return card_texts.error();
    for (const Structure& s : lib.structures_) {
      const Fields& f = card_texts->at(s.id);
      target.cards.push_back({s.id, field(f, "lay_name"), field(f, "anatomical_name"), field(f, "what"),
                              field(f, "origin"), field(f, "insertion"), field(f, "action"),
                              field(f, "nerve"), field(f, "role")});
    }
    auto tour_texts = translations("tour.json", tour_specs, english.tour);
    if (!tour_texts) return tour_texts.error();
    for (TourStep step : *tour) {
      const Fields& f = tour_texts->at(step.id);
      step.title = field(f, "title");
      step.text = field(f, "text");
      target.tour.push_back(std::move(step));
    }
    auto quiz_texts = translations("quiz.json", quiz_specs, english.quiz);
    if (!quiz_texts) return quiz_texts.error();
    for (QuizQuestion q : *quiz) {
      const Fields& f = quiz_texts->at(q.id);
      q.prompt = field(f, "prompt");
      q.explanation = field(f, "explanation");
      for (QuizChoice& c : q.choices) c.text = field(f, "choice." + c.id);
      target.quiz.push_back(std::move(q));
    }
    if (en)
      english = {std::move(*overlay_texts), std::move(*evidence_texts), std::move(*card_texts),
                 std::move(*tour_texts), std::move(*quiz_texts)};
  }

  // A tour callout names a live template: one text, or the .more/.less/.same variants of one.
  for (const TourStep& step : *tour) {
    for (const std::string& c : step.callouts) {
      const bool plain = lib.has_text(c);
      const bool variants =
          lib.has_text(c + ".more") && lib.has_text(c + ".less") && lib.has_text(c + ".same");
      if (!plain && !variants)
        return content_error(dir.shown("tour.json"), step.id,
                             "callout '" + c + "' is not a template in live.json");
    }
  }
  for (const std::string& w : lib.warnings_) core::log_warning(w);
  return lib;
}

std::string_view Library::text(Language language, std::string_view id) const {
  const auto& texts = set(language).texts;
  const auto it = texts.find(id);
  return it == texts.end() ? id : std::string_view(it->second);
}

bool Library::has_text(std::string_view id) const { return sets_[0].texts.count(id) != 0; }

std::vector<std::string> Library::text_ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, value] : sets_[0].texts) ids.push_back(id);
  return ids;
}

std::string Library::format(Language language, std::string_view id, const Values& values) const {
  return fill_template(text(language, id), values, language, placeholders_);
}

std::string Library::format_change(Language language, std::string_view base_id, double change,
                                   double same_within, const Values& values) const {
  const char* suffix = change > same_within ? ".more" : (change < -same_within ? ".less" : ".same");
  return format(language, std::string(base_id) + suffix, values);
}

const Overlay* Library::overlay(Language language, std::string_view id) const {
  for (const Overlay& o : set(language).overlays)
    if (o.id == id) return &o;
  return nullptr;
}

const EvidenceNote* Library::evidence(Language language, std::string_view id) const {
  for (const EvidenceNote& n : set(language).evidence)
    if (n.id == id) return &n;
  return nullptr;
}

const StructureCard* Library::card(Language language, std::string_view structure_id) const {
  std::string_view base = structure_id;
  if (base.size() > 2 && (base.ends_with(".l") || base.ends_with(".r"))) base.remove_suffix(2);
  std::string_view card_id;
  for (const Structure& s : structures_) {
    if (s.id == structure_id || (s.paired && s.id == base) ||
        std::find(s.aliases.begin(), s.aliases.end(), base) != s.aliases.end()) {
      card_id = s.id;
      break;
    }
  }
  if (card_id.empty()) return nullptr;
  for (const StructureCard& c : set(language).cards)
    if (c.id == card_id) return &c;
  return nullptr;
}

const Reference* Library::reference(std::string_view id) const {
  for (const Reference& r : references_)
    if (r.id == id) return &r;
  return nullptr;
}

const PlaceholderSpec* Library::placeholder(std::string_view name) const {
  for (const PlaceholderSpec& p : placeholders_)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace content
