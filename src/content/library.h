#pragma once
// Every word PostureLab shows, loaded from content/ (see content/README.md): UI labels, live-value
// templates, the article's overlays, evidence notes, structure cards, the guided tour and the
// references, in English and German. English is complete by contract; a missing German string
// falls back to English and is reported in warnings().
#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/format.h"
#include "content/language.h"
#include "core/enum_names.h"
#include "core/result.h"

namespace content {

// How far the studies bear out one of the article's claims (evidence.json's "verdict").
enum class Verdict { supported, disputed, unsupported };
inline constexpr auto kVerdictNames = core::enum_names<Verdict>({{Verdict::supported, "supported"},
                                                                 {Verdict::disputed, "disputed"},
                                                                 {Verdict::unsupported, "unsupported"}});
static_assert(kVerdictNames.is_one_to_one());
std::string_view verdict_name(Verdict verdict);  // "supported" ...; UI label: text(lang, "verdict.<name>")

struct Reference {
  std::string id;    // "levine_whittle_1996", or "article" for the source article
  std::string kind;  // article, study, review, trial, model, thesis
  std::string cite;  // short form used in the texts: "Levine & Whittle 1996"
  std::string authors;
  int year = 0;  // 0 for the undated article
  std::string title;
  std::string source;      // journal, volume, pages
  std::string identifier;  // PubMed / PMC id where known; may be empty
};

struct Structure {
  std::string id;        // base id: "muscle.semimembranosus"; paired ones appear as id + ".l"/".r"
  std::string category;  // bone, muscle, tendon, disc, skin
  std::string group;     // hamstrings, quadriceps, ...
  bool paired = false;
  std::vector<std::string> aliases;  // other node names that share this card (tendons)
};

struct Section {
  std::string id;                        // "intro"; title: text(lang, "section." + id)
  std::vector<std::string> overlay_ids;  // in article order
};

struct Overlay {
  std::string id;                     // "article.mech1.deeper_arch"
  std::string section;                // "mechanism_biomechanical"
  std::vector<std::string> anchors;   // structure base ids the callout points at
  std::vector<std::string> evidence;  // evidence note ids shown beside it
  std::string title;
  std::string text;  // one to three plain sentences
  std::string more;  // the "more" part
};

struct EvidenceNote {
  std::string id;  // "evidence.tilt_deepens_arch"
  Verdict verdict = Verdict::supported;
  std::vector<std::string> cites;  // reference ids
  std::string claim;               // the article's claim, in our words
  std::string text;                // what the studies say, citing author and year
};

struct StructureCard {
  std::string id;  // structure base id
  std::string lay_name;
  std::string anatomical_name;
  std::string what;
  std::string origin;     // muscles and tendons; empty otherwise
  std::string insertion;  // muscles and tendons; empty otherwise
  std::string action;     // muscles only
  std::string nerve;      // muscles only
  std::string role;       // its part in this story
};

// The state a tour step animates to: a preset and/or slider values, plus activity and calibration.
// The names are the model's and the renderer's; content checks only their shape, the app's tests check
// them against the real tables.
struct TourState {
  std::optional<std::string> preset;  // biomech preset name
  std::vector<std::pair<std::string, double>>
      sliders;                          // command-line names: "hamstrings", "hip-flexor-tightness" ...
  std::string activity = "stand";       // biomech activity name
  std::string calibration = "article";  // biomech calibration name: article | evidence
};

struct TourStep {
  std::string id;    // "tour.deeper_arch"
  std::string view;  // render view name: side | front | back | oblique
  TourState state;
  std::vector<std::string> highlight;  // structure ids (base id = both sides)
  std::string overlay;                 // article overlay id
  std::vector<std::string> callouts;   // live template ids (or bases of .more/.less/.same variants)
  std::string title;
  std::string text;
};

// The classroom quiz (quiz.json, <lang>/quiz.json): two kinds of question, one vocabulary.
enum class QuizKind { identify, predict };
inline constexpr auto kQuizKindNames =
    core::enum_names<QuizKind>({{QuizKind::identify, "identify"}, {QuizKind::predict, "predict"}});
static_assert(kQuizKindNames.is_one_to_one());

struct QuizChoice {
  std::string id;    // "forward"; its text is the question's field "choice.<id>"
  std::string text;  // in the language asked for
};

// One question. identify: the class clicks `target` on the anatomy, labels and cards hidden.
// predict: the class picks one of `choices`, then the inputs glide from `state` to `answer_state`
// so everyone watches the answer happen. Names of views and states are carried as the tour's are.
struct QuizQuestion {
  std::string id;  // "quiz.find_semimembranosus"
  QuizKind kind = QuizKind::identify;
  std::string view;                       // render view name: side | front | back | oblique
  TourState state;                        // what the model shows while the question is asked
  std::string target;                     // identify: structure id (a paired base id means either side)
  std::optional<TourState> answer_state;  // predict: where the inputs glide after the answer
  std::vector<QuizChoice> choices;        // predict: 3 or 4, in the order shown
  std::string correct;                    // predict: the id of the right choice
  std::vector<std::string> evidence;      // evidence note ids shown beside the explanation
  std::string prompt;
  std::string explanation;  // why, in plain words, citing studies as the evidence notes do
};

class Library {
 public:
  // Loads content/ from the asset root (core::asset_path("content")).
  static core::Result<Library> load();
  // Loads from a given content folder (tests, tools). Errors name the file and the key.
  static core::Result<Library> load(const std::filesystem::path& content_dir);

  // Non-fatal problems found while loading: German strings replaced by English, unknown ids.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // UI labels (content/<lang>/ui.json) and live templates (content/<lang>/live.json), by id.
  // An unknown id returns the id itself, so a missing label is visible rather than blank.
  std::string_view text(Language language, std::string_view id) const;
  bool has_text(std::string_view id) const;
  std::vector<std::string> text_ids() const;  // sorted; the same for both languages
  // text() with its {placeholders} filled.
  std::string format(Language language, std::string_view id, const Values& values) const;
  // Picks id + ".more", ".less" or ".same" by the sign of change (|change| <= same_within -> same)
  // and fills it. Put the magnitude into values (e.g. tilt_delta_deg).
  std::string format_change(Language language, std::string_view base_id, double change, double same_within,
                            const Values& values) const;

  std::span<const Section> sections() const { return sections_; }
  std::span<const Overlay> overlays(Language language) const { return set(language).overlays; }
  const Overlay* overlay(Language language, std::string_view id) const;

  std::span<const EvidenceNote> evidence_notes(Language language) const { return set(language).evidence; }
  const EvidenceNote* evidence(Language language, std::string_view id) const;

  std::span<const Structure> structures() const { return structures_; }
  // The card for a model node id: accepts base ids, ".l"/".r" ids and the aliases of structures.json.
  const StructureCard* card(Language language, std::string_view structure_id) const;
  std::span<const StructureCard> cards(Language language) const { return set(language).cards; }

  std::span<const TourStep> tour(Language language) const { return set(language).tour; }
  std::span<const QuizQuestion> quiz(Language language) const { return set(language).quiz; }

  std::span<const Reference> references() const { return references_; }
  const Reference* reference(std::string_view id) const;

  std::span<const PlaceholderSpec> placeholders() const { return placeholders_; }
  const PlaceholderSpec* placeholder(std::string_view name) const;

 private:
  struct LanguageSet {
    std::map<std::string, std::string, std::less<>> texts;
    std::vector<Overlay> overlays;
    std::vector<EvidenceNote> evidence;
    std::vector<StructureCard> cards;
    std::vector<TourStep> tour;
    std::vector<QuizQuestion> quiz;
  };
  const LanguageSet& set(Language language) const { return sets_[language == Language::de ? 1 : 0]; }

  std::array<LanguageSet, 2> sets_;
  std::vector<Section> sections_;
  std::vector<Structure> structures_;
  std::vector<Reference> references_;
  std::vector<PlaceholderSpec> placeholders_;
  std::vector<std::string> warnings_;
};

}  // namespace content
