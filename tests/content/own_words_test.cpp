// Our own words: no run of eight or more consecutive words of the source article appears anywhere
// under content/, in English or German. The article itself is not in the repository; the test reads
// only its fingerprint, tests/content/data/article_shingles.txt, written by
// tests/content/data/make_article_shingles.py (which documents the normalisation implemented here).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "content_test_support.h"
#include "word_runs.h"

using content_test::fnv1a64;
using content_test::normalised_words;
using content_test::Word;

namespace {

constexpr std::size_t kShingleWords = 8;

std::filesystem::path fingerprint_path() {
  return std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "tests" / "content" / "data" /
         "article_shingles.txt";
}

std::string shingle_at(const std::vector<Word>& words, std::size_t at) {
  std::string s = words[at].text;
  for (std::size_t k = 1; k < kShingleWords; ++k) s += " " + words[at + k].text;
  return s;
}

struct Fingerprint {
  std::set<std::uint64_t> hashes;
  std::uint64_t check_hash = 0;
  std::string check_sentence;
  int words = 0;
};

// Reads the fingerprint file; a malformed line fails the test with its number.
Fingerprint read_fingerprint() {
  const std::filesystem::path path = fingerprint_path();
  INFO(path.string());
  REQUIRE(std::filesystem::exists(path));
  std::istringstream in(content_test::read_file(path));
  Fingerprint fp;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    INFO("line " << number << ": " << line);
    if (line.rfind("# words ", 0) == 0) {
      fp.words = std::stoi(line.substr(8));
    } else if (line.rfind("# check ", 0) == 0) {
      REQUIRE(line.size() > 8 + 16 + 1);
      fp.check_hash = std::stoull(line.substr(8, 16), nullptr, 16);
      fp.check_sentence = line.substr(8 + 16 + 1);
    } else if (line.rfind("#", 0) != 0) {
      REQUIRE(line.size() == 16);
      REQUIRE(line.find_first_not_of("0123456789abcdef") == std::string::npos);
      fp.hashes.insert(std::stoull(line, nullptr, 16));
    }
  }
  return fp;
}

}  // namespace

TEST_CASE("the own-words normaliser splits on punctuation, drops apostrophes and lowercases umlauts") {
  std::vector<std::string> got;
  for (const Word& w :
       normalised_words("„Größere Übungen“ – sagt’s der Physio's\nPlan: ÖL-Fässer, L5–S1 × 2!"))
    got.push_back(w.text);
  CHECK(got == std::vector<std::string>{"größere", "übungen", "sagts", "der", "physios", "plan", "öl",
                                        "fässer", "l5", "s1", "2"});
  const auto words = normalised_words("one\ntwo three\n\nfour");
  REQUIRE(words.size() == 4);
  CHECK(words[1].line == 2);
  CHECK(words[3].line == 4);
}

TEST_CASE("the article fingerprint is present and hashes its check sentence as this test does") {
  const Fingerprint fp = read_fingerprint();
  CHECK(fp.words == static_cast<int>(kShingleWords));
  // The article has several hundred words in two languages; a nearly empty list would pass anything.
  CHECK(fp.hashes.size() > 500);
  REQUIRE_FALSE(fp.check_sentence.empty());
  const auto words = normalised_words(fp.check_sentence);
  REQUIRE(words.size() >= kShingleWords);
  INFO("check shingle: " << shingle_at(words, 0));
  CHECK(fnv1a64(shingle_at(words, 0)) == fp.check_hash);
  // The check sentence is ours, not the article's.
  CHECK(fp.hashes.count(fnv1a64(shingle_at(words, 0))) == 0);
}

TEST_CASE("no run of eight or more words of the source article appears in any content file") {
  const Fingerprint fp = read_fingerprint();
  REQUIRE(fp.hashes.size() > 500);
  std::size_t files = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(content_test::bundled_content_dir())) {
    if (!entry.is_regular_file()) continue;
    ++files;
    const auto words = normalised_words(content_test::read_file(entry.path()));
    for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
      const std::string shingle = shingle_at(words, i);
      if (fp.hashes.count(fnv1a64(shingle)) == 0) continue;
      FAIL_CHECK(entry.path().lexically_relative(content_test::bundled_content_dir()).string()
                 << ":" << words[i].line << " repeats the article word for word: \"" << shingle << "\"");
    }
  }
  CHECK(files >= 14);  // the top-level files, both language folders and the README
}
