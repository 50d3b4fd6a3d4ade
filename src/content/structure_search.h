#pragma once
// Find a structure by name: what a teacher types into the search box ("semimem", "Gesäß",
// "vastus lat") against every card's lay and Latin names in English and German, so a Latin term
// finds its card in a German session and a German name in an English one.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "content/library.h"

namespace content {

struct StructureMatch {
  std::string id;    // structure base id ("muscle.semimembranosus")
  std::string name;  // its lay name in the language shown, with the anatomical name
  bool operator==(const StructureMatch&) const = default;
};

// Lowercase, with ä ö ü folded to a o u and ß to ss, so "gesass" finds "Gesäß".
std::string fold_for_search(std::string_view text);

// The structures whose names hold every word of `query` (folded as above); those where a word
// starts a name's word come first, then in structures.json's order. At most `limit`; none for a
// blank query.
std::vector<StructureMatch> find_structures(const Library& library, Language shown, std::string_view query,
                                            std::size_t limit = 8);

}  // namespace content
