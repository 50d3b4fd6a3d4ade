// Find a structure: lay and Latin names, English and German, one search box.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "content/structure_search.h"
#include "content_test_support.h"

using content::Language;
using content_test::bundled;

namespace {
std::vector<std::string> ids(const std::vector<content::StructureMatch>& matches) {
  std::vector<std::string> out;
  for (const auto& m : matches) out.push_back(m.id);
  return out;
}
}  // namespace

TEST_CASE("a search folds case, umlauts and sharp s") {
  CHECK(content::fold_for_search("Großer Gesäßmuskel") == "grosser gesassmuskel");
  CHECK(content::fold_for_search("ÄÖÜ äöü") == "aou aou");
  CHECK(content::fold_for_search("Vastus LATERALIS") == "vastus lateralis");
}

TEST_CASE("a structure is found by its Latin name, its lay name, in English and in German") {
  const content::Library& lib = bundled();
  // Latin, part of a word, in either session language.
  CHECK(ids(content::find_structures(lib, Language::en, "semimem")) ==
        std::vector<std::string>{"muscle.semimembranosus"});
  CHECK(ids(content::find_structures(lib, Language::de, "semimembranosus")) ==
        std::vector<std::string>{"muscle.semimembranosus"});
  // German lay name typed without umlauts, in an English session: found, named in English.
  const auto buttock = content::find_structures(lib, Language::en, "gesass");
  REQUIRE_FALSE(buttock.empty());
  CHECK(buttock.front().id == "muscle.gluteus_maximus");
  CHECK(buttock.front().name.find("Large buttock muscle") != std::string::npos);
  // English lay name in a German session: named in German.
  const auto large = content::find_structures(lib, Language::de, "large buttock");
  REQUIRE(large.size() == 1);
  CHECK(large.front().name.find("Großer Gesäßmuskel") != std::string::npos);
  // Every word must match: two words narrow the list to one.
  CHECK(ids(content::find_structures(lib, Language::en, "vastus lat")) ==
        std::vector<std::string>{"muscle.vastus_lateralis"});
  CHECK(content::find_structures(lib, Language::en, "vastus").size() == 3);
}

TEST_CASE("a word that starts a name ranks before one found inside it, and the list is capped") {
  const content::Library& lib = bundled();
  // "tend" starts "Tendon" but lies inside "semitendinosus".
  const auto tend = ids(content::find_structures(lib, Language::en, "tend", 100));
  const auto at = [&](const std::string& id) {
    return std::find(tend.begin(), tend.end(), id) - tend.begin();
  };
  REQUIRE(at("muscle.semitendinosus") < static_cast<long>(tend.size()));
  REQUIRE(at("tendon.hamstrings") < static_cast<long>(tend.size()));
  CHECK(at("tendon.hamstrings") < at("muscle.semitendinosus"));
  const auto hamstrings = content::find_structures(lib, Language::en, "hamstring", 3);
  CHECK(hamstrings.size() == 3);
  const auto all = content::find_structures(lib, Language::en, "muscle", 100);
  CHECK(all.size() > 10);
  CHECK(content::find_structures(lib, Language::en, "   ").empty());
  CHECK(content::find_structures(lib, Language::en, "").empty());
  CHECK(content::find_structures(lib, Language::en, "xylophone").empty());
}
