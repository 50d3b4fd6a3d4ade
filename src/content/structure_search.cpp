#include "content/structure_search.h"

#include <algorithm>
#include <cctype>

namespace content {
namespace {

std::vector<std::string> words_of(const std::string& folded) {
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// How well the folded `names` match the query's words: 0 none, 1 each word inside a name, 2 each
// word at the start of a name's word.
int score(const std::string& names, const std::vector<std::string>& query_words) {
  const std::vector<std::string> name_words = words_of(names);
  int result = 2;
  for (const std::string& q : query_words) {
    if (names.find(q) == std::string::npos) return 0;
    const bool starts = std::any_of(name_words.begin(), name_words.end(),
                                    [&](const std::string& w) { return w.rfind(q, 0) == 0; });
    if (!starts) result = 1;
  }
  return result;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // UTF-8 for Ä Ö Ü ä ö ü ß: 0xC3 then 0x84 0x96 0x9C 0xA4 0xB6 0xBC 0x9F.
    if (c == 0xC3 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      const char* folded = nullptr;
      if (next == 0x84 || next == 0xA4) folded = "a";
      if (next == 0x96 || next == 0xB6) folded = "o";
      if (next == 0x9C || next == 0xBC) folded = "u";
      if (next == 0x9F) folded = "ss";
      if (folded) {
        out += folded;
        ++i;
        continue;
      }
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::vector<StructureMatch> find_structures(const Library& library, Language shown, std::string_view query,
                                            std::size_t limit) {
  const std::vector<std::string> query_words = words_of(fold_for_search(query));
  if (query_words.empty()) return {};
  struct Ranked {
    int score;
    std::size_t order;
    StructureMatch match;
  };
  std::vector<Ranked> ranked;
  const auto structures = library.structures();
  for (std::size_t i = 0; i < structures.size(); ++i) {
    const Structure& s = structures[i];
    std::string names = s.id;
    for (Language language : {Language::en, Language::de})
      if (const StructureCard* card = library.card(language, s.id))
        names += " " + card->lay_name + " " + card->anatomical_name;
    const int how = score(fold_for_search(names), query_words);
    if (how == 0) continue;
    const StructureCard* card = library.card(shown, s.id);
    std::string name = card ? card->lay_name + " (" + card->anatomical_name + ")" : s.id;
    ranked.push_back({how, i, {s.id, std::move(name)}});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.score != b.score ? a.score > b.score : a.order < b.order;
  });
  std::vector<StructureMatch> out;
  for (const Ranked& r : ranked) {
    if (out.size() == limit) break;
    out.push_back(r.match);
  }
  return out;
}

}  // namespace content
