// `posturelab handout`, end to end: the real executable writes the PDF, poppler's tools read it back
// as a reader's PDF viewer would (pdftotext for the words, pdffonts for embedding, pdfinfo for the
// sheet).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support/run_process.h"

namespace {

namespace fs = std::filesystem;
using support::run_posturelab;
using support::run_process;

fs::path temporary(const std::string& name) {
  return fs::temp_directory_path() / ("posturelab_handout_" + std::to_string(::getpid()) + "_" + name);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string pdf_text(const fs::path& pdf) {
  return run_process("pdftotext -enc UTF-8 " + pdf.string() + " - 2>&1").output;
}

// The number as the handout prints it: one decimal, the language's separator.
std::string decimal(double value, int decimals, bool german) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  std::string s = text;
  if (german)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

nlohmann::json report(const std::string& state) {
  auto result = support::run_process(std::string(POSTURELAB_EXECUTABLE) + " report --json " + state);
  REQUIRE(result.exit_code == 0);
  return nlohmann::json::parse(result.output);
}

double l4_l5_pressure(const nlohmann::json& j) {
  for (const auto& segment : j["segments"])
    if (segment["level"] == "L4-L5") return segment["pressure_mpa"].get<double>();
  FAIL("no L4-L5 segment in report --json");
  return 0.0;
}

// Every font of the PDF embedded: pdffonts' "emb" column says yes on each font line.
void check_fonts_embedded(const fs::path& pdf) {
  const std::string fonts = run_process("pdffonts " + pdf.string() + " 2>&1").output;
  INFO(fonts);
  std::istringstream lines(fonts);
  std::string line;
  int font_lines = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
    ++font_lines;
    CHECK(has(line, "DejaVuSans"));
    CHECK(has(line, " yes yes "));  // emb, sub: embedded as a subset
  }
  CHECK(font_lines >= 2);  // regular and bold
}

std::string pdf_info(const fs::path& pdf) { return run_process("pdfinfo " + pdf.string() + " 2>&1").output; }

}  // namespace

TEST_CASE("the English handout shows report's readouts, the note, the source's credit and a disclaimer") {
  const fs::path pdf = temporary("en.pdf");
  fs::remove(pdf);
  const std::string state = "--hamstrings 20 --quadriceps 100";
  auto made = run_posturelab("handout --out " + pdf.string() + " " + state +
                             " --note \"Bridges three times a week, see you on 12 January\"");
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  const std::string text = pdf_text(pdf);
  INFO(text);
  const auto j = report(state);
  CHECK(has(text, decimal(j["pelvis"]["tilt_asis_psis_deg"].get<double>(), 1, false) + "°"));
  CHECK(has(text, decimal(j["lumbar_lordosis_deg"].get<double>(), 1, false) + "°"));
  CHECK(has(text, decimal(j["pelvis"]["sacral_slope_deg"].get<double>(), 1, false) + "°"));
  CHECK(has(text, decimal(l4_l5_pressure(j), 2, false) + " MPa"));
  CHECK(has(text, decimal(j["hq_ratio"].get<double>(), 2, false)));
  CHECK(has(text, "Bridges three times a week, see you on 12 January"));
  CHECK(has(text, "Inspired by Sean Burton"));
  CHECK(has(text, "Weak hamstrings: cause of back pain"));
  CHECK(has(text, "Educational estimate, not a diagnosis"));
  CHECK(has(text, "Exercises the article recommends"));
  CHECK(has(text, "What studies say:"));
  CHECK(has(text, "Model: article calibration"));
  CHECK_FALSE(has(text, "Achilles"));
  check_fonts_embedded(pdf);
  const std::string info = pdf_info(pdf);
  CHECK(has(info, "Pages:           1"));
  CHECK(has(info, "595 x 842 pts (A4)"));
  fs::remove(pdf);
}

TEST_CASE("the German handout on Letter paper has German words, umlauts, decimal commas and the note") {
  const fs::path pdf = temporary("de.pdf");
  fs::remove(pdf);
  const std::string state = "--hamstrings 35 --mode evidence";
  auto made = run_posturelab("handout --out " + pdf.string() + " " + state +
                             " --lang de --paper letter --note \"Übungen täglich: Beckenheben, 3 × 10\"");
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  const std::string text = pdf_text(pdf);
  INFO(text);
  const auto j = report(state);
  CHECK(has(text, decimal(j["pelvis"]["tilt_asis_psis_deg"].get<double>(), 1, true) + "°"));
  CHECK(has(text, decimal(l4_l5_pressure(j), 2, true) + " MPa"));
  CHECK(has(text, "Übungen täglich: Beckenheben, 3 × 10"));
  CHECK(has(text, "Übungen, die der Artikel empfiehlt"));
  CHECK(has(text, "Lendenwirbelsäule"));
  CHECK(has(text, "Nach einer Vorlage von Sean Burton"));
  CHECK(has(text, "Modellhafte Schätzung"));
  CHECK(has(text, "Evidenz"));  // the evidence calibration is named
  CHECK_FALSE(has(text, "Kniesehne"));
  CHECK_FALSE(has(text, "Achilles"));
  check_fonts_embedded(pdf);
  const std::string info = pdf_info(pdf);
  CHECK(has(info, "Pages:           1"));
  CHECK(has(info, "612 x 792 pts (letter)"));
  fs::remove(pdf);
}

TEST_CASE("the handout carries a scenario's title and note, and --note replaces the note") {
  const fs::path scenario = temporary("patient.posturelab.json");
  {
    std::ofstream file(scenario);
    file << R"({"format": "posturelab-scenario", "version": 1, "title": "Patient 17, first visit",
                "note": "Hold each stretch for 30 seconds.", "inputs": {"hamstrings": 40}})";
  }
  const fs::path pdf = temporary("scenario.pdf");
  fs::remove(pdf);
  auto made = run_posturelab("handout --out " + pdf.string() + " --scenario " + scenario.string());
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  std::string text = pdf_text(pdf);
  CHECK(has(text, "Patient 17, first visit"));
  CHECK(has(text, "Hold each stretch for 30 seconds."));
  CHECK(has(text, "Hamstrings 40%"));

  made = run_posturelab("handout --out " + pdf.string() + " --scenario " + scenario.string() +
                        " --note \"Walk daily instead\"");
  REQUIRE(made.exit_code == 0);
  text = pdf_text(pdf);
  CHECK(has(text, "Walk daily instead"));
  CHECK_FALSE(has(text, "Hold each stretch"));
  fs::remove(pdf);
  fs::remove(scenario);
}

TEST_CASE("bad handout options exit 2 with a message saying what is wrong and write nothing") {
  const fs::path pdf = temporary("bad.pdf");
  fs::remove(pdf);
  auto paper = run_posturelab("handout --out " + pdf.string() + " --paper a5");
  CHECK(paper.exit_code == 2);
  CHECK(has(paper.output, "--paper a5: unknown paper size (must be a4 or letter)"));
  auto no_out = run_posturelab("handout --hamstrings 20");
  CHECK(no_out.exit_code == 2);
  CHECK(has(no_out.output, "handout needs --out FILE.pdf"));
  auto folder = run_posturelab("handout --out /nonexistent/folder/h.pdf");
  CHECK(folder.exit_code == 2);
  CHECK(has(folder.output, "folder /nonexistent/folder does not exist"));
  // /proc takes no new files, even from root: the atomic write's temporary file cannot be made.
  auto unwritable = run_posturelab("handout --out /proc/posturelab_handout.pdf");
  CHECK(unwritable.exit_code == 2);
  CHECK(has(unwritable.output, "handout /proc/posturelab_handout.pdf: cannot write"));
  auto directory = run_posturelab("handout --out " + fs::temp_directory_path().string());
  CHECK(directory.exit_code == 2);
  CHECK(has(directory.output, "is a directory"));
  auto long_note = run_posturelab("handout --out " + pdf.string() + " --note " + std::string(1300, 'x'));
  CHECK(long_note.exit_code == 2);
  CHECK(has(long_note.output, "--note: 1300 bytes is too long for the page"));
  auto screenshot_option = run_posturelab("handout --out " + pdf.string() + " --size 100x100");
  CHECK(screenshot_option.exit_code == 2);
  CHECK(has(screenshot_option.output, "handout: unknown option --size"));
  CHECK_FALSE(fs::exists(pdf));
}
