// The classroom quiz's content: loaded like the tour, the same questions in both languages, and a
// broken quiz file refused with a message naming the file and the question.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "content_test_support.h"

using content::Language;
using content::QuizKind;
using content_test::bundled;
using content_test::ScratchContent;

TEST_CASE("the quiz has 8 to 12 questions of both kinds, the same in English and German") {
  const content::Library& lib = bundled();
  const auto en = lib.quiz(Language::en);
  const auto de = lib.quiz(Language::de);
  REQUIRE(en.size() >= 8);
  REQUIRE(en.size() <= 12);
  REQUIRE(de.size() == en.size());
  int identify = 0, predict = 0;
  for (std::size_t i = 0; i < en.size(); ++i) {
    INFO(en[i].id);
    CHECK(de[i].id == en[i].id);
    CHECK(de[i].kind == en[i].kind);
    CHECK(de[i].target == en[i].target);
    CHECK(de[i].correct == en[i].correct);
    REQUIRE(de[i].choices.size() == en[i].choices.size());
    for (std::size_t c = 0; c < en[i].choices.size(); ++c) {
      CHECK(de[i].choices[c].id == en[i].choices[c].id);
      CHECK_FALSE(de[i].choices[c].text.empty());
      CHECK(de[i].choices[c].text != en[i].choices[c].text);
    }
    CHECK_FALSE(en[i].prompt.empty());
    CHECK_FALSE(en[i].explanation.empty());
    CHECK(de[i].prompt != en[i].prompt);
    CHECK(de[i].explanation != en[i].explanation);
    (en[i].kind == QuizKind::identify ? identify : predict) += 1;
  }
  CHECK(identify >= 3);
  CHECK(predict >= 3);
}

TEST_CASE("every quiz question names structures, choices and evidence that exist") {
  const content::Library& lib = bundled();
  std::set<std::string> structure_ids;
  for (const content::Structure& s : lib.structures()) structure_ids.insert(s.id);
  for (const content::QuizQuestion& q : lib.quiz(Language::en)) {
    INFO(q.id);
    if (q.kind == QuizKind::identify) {
      CHECK(structure_ids.count(q.target) == 1);
      CHECK(q.choices.empty());
      CHECK_FALSE(q.answer_state.has_value());
      // The answer names the structure with its card, so a card must exist in both languages.
      CHECK(lib.card(Language::en, q.target) != nullptr);
      CHECK(lib.card(Language::de, q.target) != nullptr);
    } else {
      CHECK(q.target.empty());
      CHECK(q.choices.size() >= 3);
      CHECK(q.choices.size() <= 4);
      REQUIRE(q.answer_state.has_value());
      bool correct_listed = false;
      for (const content::QuizChoice& c : q.choices) correct_listed = correct_listed || c.id == q.correct;
      CHECK(correct_listed);
    }
    for (const std::string& note : q.evidence) CHECK(lib.evidence(Language::en, note) != nullptr);
  }
}

namespace {
// Loads a scratch copy of content/ with one edit of quiz.json and returns the error message.
std::string quiz_error(const std::string& name, const std::string& from, const std::string& to,
                       const std::string& file = "quiz.json") {
  ScratchContent scratch(name);
  if (!scratch.replace(file, from, to)) return "the test's edit did not apply";
  auto lib = content::Library::load(scratch.dir());
  return lib.ok() ? std::string("loaded") : lib.error().message;
}
}  // namespace

TEST_CASE("a broken quiz file is refused with a message naming the file, the question and the problem") {
  SECTION("an identify target that is not a structure") {
    const std::string message = quiz_error("quiz_target", "\"target\": \"muscle.semimembranosus\"",
                                           "\"target\": \"muscle.tail_wagger\"");
    CHECK_THAT(message, Catch::Contains("quiz.json") && Catch::Contains("quiz.find_semimembranosus") &&
                            Catch::Contains("muscle.tail_wagger") && Catch::Contains("structures.json"));
  }
  SECTION("a correct answer that is not one of the choices") {
    const std::string message =
        quiz_error("quiz_correct", "\"correct\": \"tips_back\"", "\"correct\": \"sideways\"");
    CHECK_THAT(message, Catch::Contains("quiz.json") && Catch::Contains("quiz.tight_hamstrings") &&
                            Catch::Contains("'sideways' is not one of its choices"));
  }
  SECTION("too few choices") {
    const std::string message = quiz_error("quiz_choices", "\"choices\": [\"much_less\", \"same\", \"more\"]",
                                           "\"choices\": [\"much_less\", \"same\"]");
    CHECK_THAT(message, Catch::Contains("quiz.evidence_calibration") && Catch::Contains("3 or 4"));
  }
  SECTION("an unknown kind") {
    const std::string message = quiz_error("quiz_kind", "\"kind\": \"identify\"", "\"kind\": \"guess\"");
    CHECK_THAT(message, Catch::Contains("quiz.json") && Catch::Contains("kind must be identify or predict"));
  }
  SECTION("a predict question without the state it glides to") {
    const std::string message = quiz_error("quiz_answer_state", "\"answer_state\"", "\"answer_stat\"");
    CHECK_THAT(message, Catch::Contains("quiz.weak_hamstrings_pelvis") && Catch::Contains("'answer_state'"));
  }
  SECTION("broken JSON names the file and the line") {
    const std::string message = quiz_error("quiz_json", "\"questions\": [", "\"questions\" [");
    CHECK_THAT(message,
               Catch::Contains("quiz.json") && Catch::Contains("not valid JSON") && Catch::Contains("line"));
  }
  SECTION("an English question without its prompt") {
    const std::string message =
        quiz_error("quiz_prompt", "\"prompt\": \"Click the semimembranosus.\",", "", "en/quiz.json");
    CHECK_THAT(message, Catch::Contains("en/quiz.json") && Catch::Contains("quiz.find_semimembranosus") &&
                            Catch::Contains("prompt"));
  }
  SECTION("an English question without a choice's text") {
    const std::string message =
        quiz_error("quiz_choice_text", "\"choice.much_less\": \"Much less\",", "", "en/quiz.json");
    CHECK_THAT(message, Catch::Contains("quiz.evidence_calibration") && Catch::Contains("choice.much_less"));
  }
}

TEST_CASE("a German quiz text that is missing falls back to English with a warning") {
  ScratchContent scratch("quiz_german");
  REQUIRE(scratch.replace("de/quiz.json", "\"choice.much_less\": \"Viel weniger\",", ""));
  auto lib = content::Library::load(scratch.dir());
  REQUIRE(lib.ok());
  const auto de = lib->quiz(Language::de);
  REQUIRE_FALSE(de.empty());
  CHECK(de.back().choices.front().text == "Much less");
  bool warned = false;
  for (const std::string& w : lib->warnings())
    warned = warned || w.find("quiz.evidence_calibration.choice.much_less") != std::string::npos;
  CHECK(warned);
}
