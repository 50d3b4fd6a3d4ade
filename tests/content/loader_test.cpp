// Loading content/: clear errors for broken or incomplete files, English fallback for German.
#include <catch2/catch.hpp>

#include <algorithm>

#include "content_test_support.h"

using content::Language;
using content_test::ScratchContent;

namespace {
bool any_warning_contains(const content::Library& lib, const std::string& a, const std::string& b) {
  return std::any_of(lib.warnings().begin(), lib.warnings().end(), [&](const std::string& w) {
    return w.find(a) != std::string::npos && w.find(b) != std::string::npos;
  });
}
}  // namespace

TEST_CASE("a missing German label falls back to English with a warning naming the key") {
  ScratchContent scratch("missing_label");
  REQUIRE(scratch.replace("de/ui.json", "\"tour.next\": \"Weiter\",", ""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE(lib.ok());
  CHECK(lib->text(Language::de, "tour.next") == "Next");
  CHECK(lib->text(Language::de, "tour.previous") == "Zurück");
  CHECK(any_warning_contains(*lib, "tour.next", "English"));
}

TEST_CASE("a missing German card field falls back to English with a warning") {
  ScratchContent scratch("missing_field");
  REQUIRE(scratch.replace("de/cards.json", "\"nerve\": \"N. femoralis (L2–L3)\",", ""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE(lib.ok());
  const content::StructureCard* card = lib->card(Language::de, "muscle.iliacus.l");
  REQUIRE(card != nullptr);
  CHECK(card->nerve == "Femoral nerve (L2-L3)");
  CHECK(card->origin.find("Fossa iliaca") != std::string::npos);
  CHECK(any_warning_contains(*lib, "cards.json", "muscle.iliacus.nerve"));
}

TEST_CASE("a missing German file falls back to English as a whole") {
  ScratchContent scratch("missing_file");
  std::filesystem::remove(scratch.dir() / "de" / "tour.json");
  auto lib = content::Library::load(scratch.dir());
  REQUIRE(lib.ok());
  CHECK(lib->tour(Language::de).front().title == lib->tour(Language::en).front().title);
  CHECK(any_warning_contains(*lib, "tour.json", "missing"));
}

TEST_CASE("broken JSON is an error that names the file and the position") {
  ScratchContent scratch("broken_json");
  REQUIRE(scratch.replace("en/cards.json", "\"bone.sacrum\": {", "\"bone.sacrum\" {"));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message,
             Catch::Contains("cards.json") && Catch::Contains("not valid JSON") && Catch::Contains("line"));
}

TEST_CASE("an incomplete English entry is an error that names the file and the key") {
  ScratchContent scratch("incomplete_english");
  REQUIRE(scratch.replace("en/cards.json", "\"nerve\": \"Femoral nerve (L2-L3)\",", ""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message, Catch::Contains("en/cards.json") && Catch::Contains("muscle.iliacus") &&
                                      Catch::Contains("nerve"));
}

TEST_CASE("a missing English overlay is an error naming the id") {
  ScratchContent scratch("missing_overlay");
  REQUIRE(
      scratch.replace("en/article.json", "\"article.mech1.sciatica\"", "\"article.mech1.sciatica_typo\""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message,
             Catch::Contains("article.mech1.sciatica") && Catch::Contains("missing entry"));
}

TEST_CASE("an unknown placeholder is an error naming the file, the key and the placeholder") {
  ScratchContent scratch("unknown_placeholder");
  REQUIRE(scratch.replace("de/live.json", "{tilt_deg}", "{tilt_degrees}"));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message, Catch::Contains("de/live.json") && Catch::Contains("live.pelvis.tilt") &&
                                      Catch::Contains("{tilt_degrees}"));
}

TEST_CASE("a citation of a study missing from the references is an error") {
  ScratchContent scratch("unknown_cite");
  REQUIRE(scratch.replace("evidence.json", "\"levine_whittle_1996\"", "\"levine_whittle_1997\""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message,
             Catch::Contains("levine_whittle_1997") && Catch::Contains("references.json"));
}

TEST_CASE("a tour step naming an unknown structure is an error") {
  ScratchContent scratch("unknown_highlight");
  REQUIRE(scratch.replace("tour.json", "\"muscle.gluteus_maximus\"]", "\"muscle.gastrocnemius\"]"));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message, Catch::Contains("tour.json") && Catch::Contains("muscle.gastrocnemius"));
}

TEST_CASE("a tour step's view and activity are carried as the app names them, unchecked by content") {
  // Views, presets, sliders, activities and calibrations are the renderer's and the model's names:
  // tests/app/tour_states_test.cpp checks them against those tables.
  ScratchContent scratch("foreign_names");
  REQUIRE(scratch.replace("tour.json", "\"view\": \"back\"", "\"view\": \"top\""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE(lib.ok());
  const auto steps = lib->tour(Language::en);
  const auto hamstrings = std::find_if(steps.begin(), steps.end(),
                                       [](const content::TourStep& s) { return s.id == "tour.hamstrings"; });
  REQUIRE(hamstrings != steps.end());
  CHECK(hamstrings->view == "top");
}

TEST_CASE("a member of the wrong type is an error naming the file and the key, never a crash") {
  struct Case {
    const char* file;
    const char* from;
    const char* to;
    const char* key;
    const char* problem;
  };
  const Case cases[] = {
      {"structures.json", "\"group\": \"leg\", \"paired\": true}", "\"group\": \"leg\", \"paired\": \"yes\"}",
       "bone.femur", "'paired' must be true or false"},
      {"structures.json", "\"group\": \"leg\", \"paired\": true}", "\"group\": 7, \"paired\": true}",
       "bone.femur", "'group' must be a string"},
      {"placeholders.json", "\"signed\": false", "\"signed\": 0", "", "'signed' must be true or false"},
      {"references.json", "\"identifier\": \"PMC3397684;", "\"identifier\": 3397684, \"x\": \"", "",
       "'identifier' must be a string"},
      {"references.json", "\"year\": 1998", "\"year\": \"1998\"", "", "missing integer field 'year'"},
      {"tour.json", "\"callouts\": []}", "\"callouts\": [3]}", "tour.welcome",
       "'callouts' must hold only strings"},
      {"evidence.json", "\"verdict\": \"disputed\"", "\"verdict\": \"unclear\"", "",
       "verdict must be supported, disputed or unsupported"},
  };
  for (const Case& c : cases) {
    INFO(c.file << ": " << c.to);
    ScratchContent scratch("wrong_type");
    REQUIRE(scratch.replace(c.file, c.from, c.to));
    auto lib = content::Library::load(scratch.dir());
    REQUIRE_FALSE(lib.ok());
    CHECK_THAT(lib.error().message, Catch::Contains(c.file) && Catch::Contains(c.key) &&
                                        Catch::Contains(c.problem) && Catch::Contains("Fix the file"));
  }
}

TEST_CASE("an id listed twice is an error naming the id") {
  ScratchContent scratch("twice");
  REQUIRE(
      scratch.replace("tour.json", "\"id\": \"tour.hamstrings_in_walking\"", "\"id\": \"tour.hamstrings\""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message, Catch::Contains("tour.json") && Catch::Contains("'tour.hamstrings'") &&
                                      Catch::Contains("listed twice"));
}

TEST_CASE("a file whose top level is not an object is an error naming the file") {
  ScratchContent scratch("not_object");
  content_test::write_file(scratch.dir() / "references.json", "[1, 2, 3]\n");
  auto lib = content::Library::load(scratch.dir());
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message,
             Catch::Contains("references.json") && Catch::Contains("the top level must be a JSON object"));
}

TEST_CASE("a missing content folder is an error that names the file") {
  auto lib = content::Library::load(std::filesystem::temp_directory_path() / "posturelab_no_such_content");
  REQUIRE_FALSE(lib.ok());
  CHECK_THAT(lib.error().message, Catch::Contains("placeholders.json"));
}

TEST_CASE("an unknown label id shows the id itself rather than nothing") {
  const content::Library& lib = content_test::bundled();
  CHECK(lib.text(Language::de, "no.such.label") == "no.such.label");
  CHECK(lib.text(Language::de, "tour.next") == "Weiter");
}
