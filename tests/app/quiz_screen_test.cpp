// The quiz as the class sees it, through the screenshot's frames and the UI report: the quiz panel
// in the article panel's place, no names on an identify question, and the anatomy left in view
// while an answer plays.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "support/ui_report.h"

namespace {
bool has_window(const nlohmann::json& report, const std::string& name) {
  for (const auto& w : report["windows"])
    if (w["name"] == name) return true;
  return false;
}
}  // namespace

TEST_CASE("an identify question shows the quiz panel and no callouts, names or article") {
  const auto report = support::ui_report("--quiz-question 1 --size 1280x720");
  CHECK(report["quiz"]["active"] == true);
  CHECK(report["quiz"]["question"] == 1);
  CHECK(report["quiz"]["answered"] == false);
  CHECK(has_window(report, "##quiz_panel"));
  CHECK_FALSE(has_window(report, "##article_panel"));
  CHECK(report["callouts"].empty());
}

TEST_CASE("an answered predict question scores it and leaves the anatomy most of the view") {
  const auto report =
      support::ui_report("--quiz-question 2 --quiz-answer tips_forward --presentation --size 1600x900");
  CHECK(report["quiz"]["answered"] == true);
  CHECK(report["quiz"]["score"] == 1);
  CHECK(report["calibration"] == "article");
  // The panel stays compact once answered: the UI leaves the anatomy its own region above it.
  const auto scene = support::box(report["scene"]);
  const auto viewport = support::box(report["viewport"]);
  CHECK(scene.h < viewport.h);
  CHECK(scene.h >= 0.4 * viewport.h);
}

TEST_CASE("a quiz question past the end, or an answer without a question, is refused by name") {
  const auto past = support::run_posturelab("screenshot --out /tmp/pl_quiz_never.png --quiz-question 11");
  CHECK(past.exit_code == 2);
  CHECK_THAT(past.output, Catch::Contains("--quiz-question 11") && Catch::Contains("10 questions"));
  const auto lone = support::run_posturelab("screenshot --out /tmp/pl_quiz_never.png --quiz-answer x");
  CHECK(lone.exit_code == 2);
  CHECK_THAT(lone.output, Catch::Contains("--quiz-answer"));
}
