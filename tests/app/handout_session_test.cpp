// File > Print handout's path: the handout of a live session (its state, its pinned reference, its
// note, its language), written by app::write_handout in a GL context the caller owns.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "app/handout.h"
#include "app/session.h"
#include "biomech/presets.h"
#include "content/library.h"
#include "render/gl_context.h"
#include "support/run_process.h"

TEST_CASE("a session's handout shows its note, its pinned reference and its language") {
  auto context = render::HeadlessGlContext::create();
  REQUIRE(context);
  auto library = content::Library::load();
  REQUIRE(library);
  app::Settings settings;
  settings.language = content::Language::de;
  app::Session session(&*library, biomech::balanced_inputs(), settings);
  app::Scenario scenario;
  scenario.title = "Übungsblatt";
  scenario.note = "Dehnen vor dem Laufen.";
  scenario.inputs = biomech::balanced_inputs();
  scenario.inputs.hamstrings_pct = 30.0;
  scenario.reference = biomech::balanced_inputs();
  scenario.reference->hamstrings_pct = 60.0;
  session.open_scenario(scenario);

  const auto request = app::handout_request(session, handout::Paper::letter);
  CHECK(request.language == content::Language::de);
  CHECK(request.state.note == "Dehnen vor dem Laufen.");
  CHECK(request.state.inputs.hamstrings_pct == 30.0);
  const auto pdf = std::filesystem::temp_directory_path() /
                   ("posturelab_session_handout_" + std::to_string(::getpid()) + ".pdf");
  std::filesystem::remove(pdf);
  const auto status = app::write_handout(request, pdf);
  INFO((status ? std::string() : status.error().message));
  REQUIRE(status);
  const std::string text = support::run_process("pdftotext -enc UTF-8 " + pdf.string() + " -").output;
  INFO(text);
  CHECK(text.find("Dehnen vor dem Laufen.") != std::string::npos);
  CHECK(text.find("Übungsblatt") != std::string::npos);
  // A pinned reference is named as such, not as balanced muscles.
  CHECK(text.find("Zum Vergleich: der gewählte Vergleichszustand") != std::string::npos);
  CHECK(text.find("Vergleich\n") != std::string::npos);
  CHECK(text.find("Oberschenkelmuskulatur 30 %") != std::string::npos);  // the caption may wrap
  std::filesystem::remove(pdf);
}

TEST_CASE("a note too long for the page is refused with its size, and nothing is written") {
  app::HandoutRequest request;
  request.state.note = std::string(app::kMaxHandoutNoteBytes + 1, 'x');
  const auto pdf = std::filesystem::temp_directory_path() /
                   ("posturelab_long_note_" + std::to_string(::getpid()) + ".pdf");
  std::filesystem::remove(pdf);
  const auto status = app::write_handout(request, pdf);
  REQUIRE_FALSE(status);
  CHECK(status.error().message.find(std::to_string(app::kMaxHandoutNoteBytes + 1) + " bytes") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(pdf));
}

TEST_CASE("the longest note allowed still fits on one Letter page in German") {
  auto context = render::HeadlessGlContext::create();
  REQUIRE(context);
  app::HandoutRequest request;
  request.language = content::Language::de;
  request.paper = handout::Paper::letter;
  request.state.inputs = biomech::balanced_inputs();
  request.state.inputs.hamstrings_pct = 10.0;
  request.state.title = "Ein Titel, der auch Platz braucht";
  // German prose, cut at the limit on a character boundary (ü, ß take two bytes).
  std::string note;
  const std::string sentence =
      "Übungen täglich in Ruhe wiederholen, ohne Schmerz, und die Füße gerade halten. ";
  while (note.size() + sentence.size() <= app::kMaxHandoutNoteBytes) note += sentence;
  note += std::string(app::kMaxHandoutNoteBytes - note.size(), 'x');
  REQUIRE(note.size() == app::kMaxHandoutNoteBytes);
  request.state.note = note;
  const auto pdf = std::filesystem::temp_directory_path() /
                   ("posturelab_longest_note_" + std::to_string(::getpid()) + ".pdf");
  const auto status = app::write_handout(request, pdf);
  INFO((status ? std::string() : status.error().message));
  REQUIRE(status);
  const std::string info = support::run_process("pdfinfo " + pdf.string()).output;
  CHECK(info.find("Pages:           1") != std::string::npos);
  CHECK(info.find("612 x 792 pts") != std::string::npos);
  std::filesystem::remove(pdf);
}
