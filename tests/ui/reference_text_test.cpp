// Help › References: each work as one readable line, and every study of the content listed once.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "ui/reference_text.h"

namespace fs = std::filesystem;

TEST_CASE("a reference reads as authors, year, title, source and record, each a sentence") {
  content::Reference r;
  r.authors = "Adams MA, Hutton WC";
  r.year = 1980;
  r.title =
      "The effect of posture on the role of the apophysial joints in resisting intervertebral compressive "
      "forces";
  r.source = "J Bone Joint Surg Br 62(3):358-362";
  r.identifier = "PubMed 6447702";
  CHECK(ui::reference_line(r) ==
        "Adams MA, Hutton WC (1980). The effect of posture on the role of the apophysial joints in resisting "
        "intervertebral compressive forces. J Bone Joint Surg Br 62(3):358-362. PubMed 6447702.");
  // No record known and a title that ends its own sentence: no doubled full stop, nothing empty.
  r.identifier.clear();
  r.title = "A model.";
  CHECK(ui::reference_line(r) == "Adams MA, Hutton WC (1980). A model. J Bone Joint Surg Br 62(3):358-362.");
  // An undated work has no year.
  r.year = 0;
  CHECK(ui::reference_line(r).rfind("Adams MA, Hutton WC. A model.", 0) == 0);
}

TEST_CASE("the references list every work of the content but the article, once, by citation") {
  auto library = content::Library::load(fs::path(POSTURELAB_SOURCE_ROOT) / "content");
  REQUIRE(library.ok());
  const auto studies = ui::studies_by_citation(*library);
  CHECK(studies.size() + 1 == library->references().size());  // the article has its own section
  std::set<std::string> ids;
  for (std::size_t i = 0; i < studies.size(); ++i) {
    INFO(studies[i]->id);
    CHECK(studies[i]->kind != "article");
    CHECK(ids.insert(studies[i]->id).second);
    CHECK_FALSE(ui::reference_line(*studies[i]).empty());
    if (i > 0) CHECK(studies[i - 1]->cite <= studies[i]->cite);
  }
  // The evidence cites these; a reader must find them.
  for (const char* id : {"aagaard_1998", "adams_hutton_1980"}) {
    INFO(id);
    CHECK(ids.count(id) == 1);
  }
}
