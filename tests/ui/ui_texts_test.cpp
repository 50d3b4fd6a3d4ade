// Every word the interface shows comes from content/: check that each text id the panels use exists
// in both languages, so no label ever shows up as a raw id.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "anatomy/view_preset.h"
#include "biomech/input_fields.h"
#include "biomech/lordosis.h"
#include "biomech/presets.h"
#include "biomech/signs.h"
#include "content/library.h"
#include "ui/glossary.h"

namespace fs = std::filesystem;

namespace {
std::set<std::string> literal_ids_in_ui_sources() {
  std::set<std::string> ids;
  // T("id"), T.label("id"), T.optional("id"), T.format("id", ...) and format_change(..., "id", ...).
  const std::regex call(
      R"((?:\bT(?:\.label|\.optional|\.format)?|format_change\([^,]*,)\s*\(?\s*\"([a-z_]+(?:\.[a-zA-Z0-9_\-]+)+)\")");
  for (const auto& entry : fs::directory_iterator(fs::path(POSTURELAB_SOURCE_ROOT) / "src" / "ui")) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it)
      ids.insert((*it)[1]);
  }
  return ids;
}
}  // namespace

TEST_CASE("every text id written in the interface's code exists in content") {
  auto library = content::Library::load(fs::path(POSTURELAB_SOURCE_ROOT) / "content");
  REQUIRE(library.ok());
  const auto ids = literal_ids_in_ui_sources();
  CHECK(ids.size() > 60);  // the scan really finds the panels' labels
  for (const auto& id : ids) {
    INFO(id);
    // Templates picked by sign have no text of their own, only .more/.less/.same.
    const bool found = library->has_text(id) || library->has_text(id + ".more");
    CHECK(found);
  }
}

TEST_CASE("every id the interface builds from the model's names exists in content") {
  auto library = content::Library::load(fs::path(POSTURELAB_SOURCE_ROOT) / "content");
  REQUIRE(library.ok());
  std::vector<std::string> ids;
  for (const auto& preset : biomech::presets()) ids.push_back("preset." + std::string(preset.name));
  for (auto activity : biomech::kAllActivities)
    ids.push_back("activity." + std::string(biomech::activity_name(activity)));
  for (const auto& field : biomech::kInputFields) ids.push_back(std::string(field.text_id));
  for (const auto& [view, name] : anatomy::kViewPresetNames) ids.push_back("view." + std::string(name));
  for (auto level : biomech::kAllLevels)
    ids.push_back("disc.level." + std::string(biomech::level_name(level)));
  for (auto id : {biomech::SignId::anterior_tilt, biomech::SignId::exaggerated_arch,
                  biomech::SignId::posterior_disc_overload, biomech::SignId::hamstring_strain_risk,
                  biomech::SignId::hq_imbalance}) {
    ids.push_back("sign." + std::string(biomech::sign_name(id)));
    ids.push_back("sign." + std::string(biomech::sign_name(id)) + ".source");
  }
  for (auto support : {biomech::Support::article, biomech::Support::evidence, biomech::Support::partly})
    ids.push_back("support." + std::string(biomech::support_name(support)));
  for (const char* group :
       {"hamstrings", "quadriceps", "hip_flexors", "gluteals", "erector_spinae", "abdominals"})
    ids.push_back(std::string("group.") + group);
  for (const char* verdict : {"supported", "disputed", "unsupported"})
    ids.push_back(std::string("verdict.") + verdict);
  for (const auto& section : library->sections()) ids.push_back("section." + section.id);
  for (const auto& [term, explanation] : ui::kGlossary) {  // Help › Glossary
    ids.push_back(term);
    ids.push_back(explanation);
  }
  for (const auto& id : ids) {
    INFO(id);
    CHECK(library->has_text(id));
    CHECK(library->text(content::Language::de, id) != library->text(content::Language::en, id));
  }
}
