#pragma once
// One loader per file of content/ (internal to src/content; Library::load calls them in order). Each
// checks its own file's shape and the ids it refers to inside content/: structures, references,
// evidence notes, overlays, placeholders and live templates. Names that belong to other modules
// (views, presets, sliders, activities, calibrations) are carried as text: the app's tests check them
// against the real tables (tests/app/tour_states_test.cpp).
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "content/content_file.h"
#include "content/library.h"

namespace content {

using TextMap = std::map<std::string, std::string, std::less<>>;
using Warnings = std::vector<std::string>;

// placeholders.json: the live values the UI provides.
core::Result<std::vector<PlaceholderSpec>> load_placeholders(const ContentDir& dir);
// Every {name} in `text` must be a listed placeholder; the error names the file and the key.
core::Status check_placeholders(const ContentFile& file, std::string_view key, std::string_view text,
                                std::span<const PlaceholderSpec> placeholders);

// structures.json: every structure of the model, with aliases; no id or alias twice.
core::Result<std::vector<Structure>> load_structures(const ContentDir& dir);
// A base id, or a paired base id with ".l" / ".r".
bool structure_exists(std::span<const Structure> structures, std::string_view id);

// references.json: every work cited, the source article among them.
core::Result<std::vector<Reference>> load_references(const ContentDir& dir);

// evidence.json: each note's verdict and the references it cites (its texts are per language).
core::Result<std::vector<EvidenceNote>> load_evidence(const ContentDir& dir,
                                                      std::span<const Reference> references);

// article.json: the article's sections in order, and each overlay's anchors and evidence notes.
struct ArticleOutline {
  std::vector<Section> sections;
  std::vector<Overlay> overlays;  // texts still empty
};
core::Result<ArticleOutline> load_article(const ContentDir& dir, std::span<const Structure> structures,
                                          std::span<const EvidenceNote> evidence);

// tour.json: each step's view, state, highlights, overlay and callouts (texts still empty).
core::Result<std::vector<TourStep>> load_tour(const ContentDir& dir, std::span<const Structure> structures,
                                              std::span<const Overlay> overlays);

// quiz.json: each question's kind, view, state, target or choices and evidence (texts still empty).
core::Result<std::vector<QuizQuestion>> load_quiz(const ContentDir& dir,
                                                  std::span<const Structure> structures,
                                                  std::span<const EvidenceNote> evidence);
// A tour or quiz state object `member` of `item` (preset and/or sliders, activity, calibration).
core::Result<TourState> load_state(const ContentFile& file, const Json& item, const std::string& id,
                                   std::string_view member);

// <lang>/ui.json and <lang>/live.json: flat objects id -> text. English must exist; German falls back
// to `english` per id (and as a whole when a file is missing), each fallback a warning.
core::Result<TextMap> load_texts(const ContentDir& dir, Language language, const TextMap* english,
                                 std::span<const PlaceholderSpec> placeholders, Warnings& warnings);

// A per-language object file (<lang>/article.json, evidence.json, cards.json, tour.json):
// id -> {field: text}. English must hold every id and every required field; German falls back to
// English per entry and per field, with a warning.
struct FieldRule {
  std::string name;
  bool required = true;
};
struct EntrySpec {
  std::string id;
  std::vector<FieldRule> fields;
};
using Fields = std::map<std::string, std::string, std::less<>>;
using Entries = std::map<std::string, Fields, std::less<>>;
core::Result<Entries> load_translations(const ContentDir& dir, Language language, std::string_view name,
                                        const std::vector<EntrySpec>& specs, const Entries* english,
                                        std::span<const PlaceholderSpec> placeholders, Warnings& warnings);
// A field of an entry, or "" when the entry has none.
std::string field(const Fields& fields, std::string_view name);

}  // namespace content
