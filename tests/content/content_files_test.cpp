// The bundled texts in content/: complete in both languages, consistent with the model's structures
// and the references. Names owned by other modules (presets, activities, sliders, views) are checked
// against their real tables in tests/app/tour_states_test.cpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <regex>
#include <set>

#include "content_test_support.h"
#include "shown_texts.h"

using content::Language;
using content_test::bundled;

namespace {

// Structure ids of models/lower_body.glb as models/README.md names them (paired ones get .l and .r).
const std::vector<std::string> kMidlineIds = {
    "bone.pelvis", "bone.sacrum", "bone.T12",   "bone.L1",    "bone.L2",    "bone.L3",    "bone.L4",
    "bone.L5",     "disc.L1-L2",  "disc.L2-L3", "disc.L3-L4", "disc.L4-L5", "disc.L5-S1", "skin"};
const std::vector<std::string> kPairedIds = {"bone.femur",
                                             "bone.patella",
                                             "bone.tibia",
                                             "bone.fibula",
                                             "bone.foot",
                                             "muscle.semimembranosus",
                                             "muscle.semitendinosus",
                                             "muscle.biceps_femoris_long",
                                             "muscle.biceps_femoris_short",
                                             "muscle.rectus_femoris",
                                             "muscle.vastus_lateralis",
                                             "muscle.vastus_medialis",
                                             "muscle.vastus_intermedius",
                                             "muscle.iliacus",
                                             "muscle.psoas_major",
                                             "muscle.gluteus_maximus",
                                             "muscle.gluteus_medius",
                                             "muscle.erector_spinae",
                                             "muscle.rectus_abdominis",
                                             "tendon.quadriceps",
                                             "tendon.patellar",
                                             "tendon.hamstrings"};

const std::array kLanguages = {Language::en, Language::de};

std::vector<std::string> all_model_ids() {
  std::vector<std::string> ids = kMidlineIds;
  for (const std::string& id : kPairedIds) {
    ids.push_back(id + ".l");
    ids.push_back(id + ".r");
  }
  return ids;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool is_structure(const std::string& id) {
  if (contains(kMidlineIds, id) || contains(kPairedIds, id)) return true;
  const std::vector<std::string> ids = all_model_ids();
  return contains(ids, id);
}

// Every text a language shows, with a name for messages.
std::vector<std::pair<std::string, std::string>> all_texts(const content::Library& lib, Language language) {
  return content_test::shown_texts(lib, language);
}

}  // namespace

TEST_CASE("the bundled content loads with no German string missing") {
  const content::Library& lib = bundled();
  INFO("first warning: " << (lib.warnings().empty() ? std::string() : lib.warnings().front()));
  CHECK(lib.warnings().empty());
}

TEST_CASE("every id exists in both languages and German is really translated") {
  const content::Library& lib = bundled();
  // Loading has already refused an incomplete English set; with no warnings, German has every id.
  REQUIRE(lib.warnings().empty());
  const auto en = all_texts(lib, Language::en);
  const auto de = all_texts(lib, Language::de);
  REQUIRE(en.size() == de.size());
  for (std::size_t i = 0; i < en.size(); ++i) {
    REQUIRE(en[i].first == de[i].first);
    CHECK_FALSE(de[i].second.empty());
    // Units, names, Latin anatomical terms and short placeholder-only strings may be equal; prose may not.
    const bool latin = en[i].first.ends_with(".anatomical_name");
    if (!latin && en[i].second.size() > 40) {
      INFO(en[i].first << " is not translated: " << de[i].second);
      CHECK(en[i].second != de[i].second);
    }
  }
  for (Language language : kLanguages) {
    for (const content::Overlay& o : lib.overlays(language)) {
      const content::Overlay* english = lib.overlay(Language::en, o.id);
      REQUIRE(english != nullptr);
      if (language == Language::de) CHECK(o.text != english->text);
    }
  }
}

TEST_CASE("every placeholder in a text is one the UI provides") {
  const content::Library& lib = bundled();
  REQUIRE(lib.placeholders().size() >= 10);
  for (Language language : kLanguages) {
    for (const auto& [name, text] : all_texts(lib, language)) {
      auto placeholders = content::placeholders_in(text);
      INFO(content::language_code(language) << " " << name << ": " << text);
      REQUIRE(placeholders.ok());
      for (const std::string& p : *placeholders) {
        INFO("placeholder {" << p << "}");
        CHECK(lib.placeholder(p) != nullptr);
      }
    }
  }
}

TEST_CASE("a template and its translation use the same placeholders") {
  const content::Library& lib = bundled();
  for (const std::string& id : lib.text_ids()) {
    auto en = content::placeholders_in(lib.text(Language::en, id));
    auto de = content::placeholders_in(lib.text(Language::de, id));
    REQUIRE(en.ok());
    REQUIRE(de.ok());
    std::multiset<std::string> en_set(en->begin(), en->end()), de_set(de->begin(), de->end());
    INFO(id);
    CHECK(en_set == de_set);
  }
}

TEST_CASE("the callout texts of the interface fill in their live figures") {
  const content::Library& lib = bundled();
  content::Values values;
  values.set("tilt_delta_deg", 9.0).set("posterior_load_change_pct", 34.0);
  values.set("disc_level", std::string(lib.text(Language::en, "disc.level.L5-S1")));
  CHECK(lib.format_change(Language::en, "live.pelvis.tilt_change", 9.0, 0.05, values) ==
        "Pelvis tilts forward 9.0° more than when balanced");
  CHECK(lib.format(Language::en, "live.disc.posterior_change", values) ==
        "Pressure on the back of L5–S1 +34%");
  values.set("disc_level", std::string(lib.text(Language::de, "disc.level.L5-S1")));
  CHECK(lib.format_change(Language::de, "live.pelvis.tilt_change", 9.0, 0.05, values) ==
        "Becken 9,0° stärker nach vorn gekippt als in der ausgewogenen Haltung");
  CHECK(lib.format(Language::de, "live.disc.posterior_change", values) ==
        "Druck auf den hinteren Anteil von L5/S1 +34 %");
  CHECK(lib.format_change(Language::en, "live.pelvis.tilt_change", -0.01, 0.05, values) ==
        "Pelvic tilt as in the balanced posture");
}

TEST_CASE("every structure id in the model has a card in both languages") {
  const content::Library& lib = bundled();
  for (Language language : kLanguages) {
    for (const std::string& id : all_model_ids()) {
      INFO(content::language_code(language) << " " << id);
      const content::StructureCard* card = lib.card(language, id);
      REQUIRE(card != nullptr);
      CHECK_FALSE(card->lay_name.empty());
      CHECK_FALSE(card->anatomical_name.empty());
      CHECK_FALSE(card->what.empty());
      CHECK_FALSE(card->role.empty());
      if (id.rfind("muscle.", 0) == 0) {
        CHECK_FALSE(card->origin.empty());
        CHECK_FALSE(card->insertion.empty());
        CHECK_FALSE(card->action.empty());
        CHECK_FALSE(card->nerve.empty());
      }
    }
  }
  // Both sides share one card; a tendon node may use an alias; an unknown node has none.
  CHECK(lib.card(Language::en, "muscle.iliacus.l") == lib.card(Language::en, "muscle.iliacus.r"));
  CHECK(lib.card(Language::en, "tendon.semitendinosus.l") == lib.card(Language::en, "tendon.hamstrings"));
  CHECK(lib.card(Language::en, "muscle.gastrocnemius.l") == nullptr);
}

TEST_CASE("every structure group has a label for the layers panel") {
  const content::Library& lib = bundled();
  for (const content::Structure& s : lib.structures()) {
    INFO(s.id);
    CHECK(lib.has_text("group." + s.group));
  }
}

TEST_CASE("the UI has a label for every view, calibration, verdict, language and disc") {
  const content::Library& lib = bundled();
  std::vector<std::string> ids;
  for (const auto& [verdict, name] : content::kVerdictNames.entries())
    ids.push_back("verdict." + std::string(name));
  for (const auto& [language, code] : content::kLanguageCodes.entries())
    ids.push_back("language." + std::string(code));
  for (const char* c : {"view.side",
                        "view.front",
                        "view.back",
                        "view.oblique",
                        "calibration.article",
                        "calibration.evidence",
                        "calibration.article.viewport",
                        "calibration.evidence.viewport",
                        "disc.level.L1-L2",
                        "disc.level.L2-L3",
                        "disc.level.L3-L4",
                        "disc.level.L4-L5",
                        "disc.level.L5-S1",
                        "slider.hamstrings",
                        "slider.quadriceps",
                        "slider.hip_flexor_tightness",
                        "slider.glutes",
                        "slider.abdominals",
                        "app.disclaimer",
                        "tour.next",
                        "tour.previous",
                        "tour.exit"})
    ids.emplace_back(c);
  for (const content::Section& s : lib.sections()) ids.push_back("section." + s.id);
  // The signs of src/biomech/signs.h and their support levels.
  for (const char* sign : {"anterior_tilt", "exaggerated_arch", "posterior_disc_overload",
                           "hamstring_strain_risk", "hq_imbalance"}) {
    ids.push_back(std::string("sign.") + sign);
    ids.push_back(std::string("sign.") + sign + ".source");
  }
  for (const char* support : {"support.article", "support.evidence", "support.partly"})
    ids.emplace_back(support);
  for (const std::string& id : ids) {
    INFO(id);
    CHECK(lib.has_text(id));
  }
}

TEST_CASE("every tour step references existing structures, overlays and texts") {
  const content::Library& lib = bundled();
  for (Language language : kLanguages) {
    const auto steps = lib.tour(language);
    CHECK(steps.size() >= 8);
    CHECK(steps.size() <= 12);
    for (const content::TourStep& step : steps) {
      INFO(content::language_code(language) << " " << step.id);
      CHECK((step.state.preset.has_value() || !step.state.sliders.empty()));
      for (const std::string& h : step.highlight) {
        INFO("highlight " << h);
        CHECK(is_structure(h));
      }
      CHECK(lib.overlay(language, step.overlay) != nullptr);
      for (const std::string& c : step.callouts) {
        INFO("callout " << c);
        CHECK((lib.has_text(c) ||
               (lib.has_text(c + ".more") && lib.has_text(c + ".less") && lib.has_text(c + ".same"))));
      }
      CHECK_FALSE(step.title.empty());
      CHECK_FALSE(step.text.empty());
    }
  }
}

TEST_CASE("the overlays cover every part of the article, each with an evidence note") {
  const content::Library& lib = bundled();
  std::vector<std::string> sections;
  for (const content::Section& s : lib.sections()) sections.push_back(s.id);
  CHECK(sections == std::vector<std::string>{"intro", "mechanism_biomechanical", "mechanism_fatigue", "signs",
                                             "treatment", "conclusion"});
  for (const content::Overlay& o : lib.overlays(Language::en)) {
    INFO(o.id);
    CHECK_FALSE(o.evidence.empty());
    for (const std::string& e : o.evidence) CHECK(lib.evidence(Language::en, e) != nullptr);
    for (const std::string& a : o.anchors) CHECK(is_structure(a));
  }
  // All three verdicts are used: the notes are neither all praise nor all dismissal.
  std::set<content::Verdict> verdicts;
  for (const content::EvidenceNote& n : lib.evidence_notes(Language::en)) verdicts.insert(n.verdict);
  CHECK(verdicts.size() == 3);
}

TEST_CASE("no content file contains Achilles or the article's dead links") {
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(content_test::bundled_content_dir())) {
    if (!entry.is_regular_file()) continue;
    std::string text = content_test::read_file(entry.path());
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    INFO(entry.path().string());
    CHECK(text.find("achilles") == std::string::npos);
    CHECK(text.find("youtube") == std::string::npos);
    CHECK(text.find("about.com") == std::string::npos);
    CHECK(text.find("http") == std::string::npos);
  }
}

TEST_CASE("every study cited exists in the references") {
  const content::Library& lib = bundled();
  const content::Reference* article = lib.reference("article");
  REQUIRE(article != nullptr);
  CHECK(article->title == "Weak hamstrings: cause of back pain");
  CHECK(article->authors == "Inspired by Sean Burton");

  for (Language language : kLanguages) {
    for (const content::EvidenceNote& note : lib.evidence_notes(language)) {
      INFO(content::language_code(language) << " " << note.id);
      for (const std::string& cite : note.cites) {
        const content::Reference* ref = lib.reference(cite);
        REQUIRE(ref != nullptr);
        // The note names the study: its first author's surname appears in the text.
        const std::string surname = ref->cite.substr(0, ref->cite.find_first_of(" &"));
        INFO("cites " << cite);
        CHECK(note.text.find(surname) != std::string::npos);
      }
    }
    // Conversely, every "Author [et al.|& Author] YEAR" in any text is a listed reference.
    const std::regex citation(R"(([A-Z][A-Za-z\-]+)(?: et al\.| & [A-Z][A-Za-z\-]+)? ((?:19|20)\d\d)\b)");
    for (const auto& [name, text] : all_texts(lib, language)) {
      for (auto it = std::sregex_iterator(text.begin(), text.end(), citation); it != std::sregex_iterator();
           ++it) {
        const std::string surname = (*it)[1];
        const int year = std::stoi((*it)[2]);
        const auto refs = lib.references();
        const bool listed = std::any_of(refs.begin(), refs.end(), [&](const content::Reference& r) {
          return r.year == year && r.cite.find(surname) != std::string::npos;
        });
        INFO(name << ": " << it->str());
        CHECK(listed);
      }
    }
  }
  for (const content::Reference& r : lib.references()) {
    INFO(r.id);
    CHECK_FALSE(r.authors.empty());
    CHECK_FALSE(r.title.empty());
    CHECK_FALSE(r.source.empty());
  }
}
