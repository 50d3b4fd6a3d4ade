#pragma once
// The word normalisation shared by the own-words and German-terms tests. It is the normalisation of
// tests/content/data/make_article_shingles.py (which documents it); change both together.
#include <cstdint>
#include <string>
#include <vector>

namespace content_test {

// One word of a text after normalisation.
struct Word {
  std::string text;  // normalised, UTF-8
  int line = 1;      // line of the source text it starts on
};

inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes one UTF-8 code point at `i` and advances `i`; an invalid byte decodes as U+FFFD (a separator).
inline char32_t next_code_point(const std::string& s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  const int extra = b < 0x80 ? 0 : (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
  if (extra < 0 || i + extra >= s.size()) {
    ++i;
    return U'\uFFFD';
  }
  char32_t c = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return U'\uFFFD';
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  i += extra + 1;
  return c;
}

inline bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
}

inline char32_t lower(char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 0x20;
  return c;
}

// The normalisation of make_article_shingles.py: apostrophes deleted, words are runs of ASCII
// letters/digits and Latin letters U+00C0..U+024F (not × ÷), lowercased (ASCII and U+00C0..U+00DE).
inline std::vector<Word> normalised_words(const std::string& text) {
  std::vector<Word> words;
  std::string current;
  int line = 1, start_line = 1;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (c == U'\'' || c == U'\u2019') continue;
    if (is_word_char(c)) {
      if (current.empty()) start_line = line;
      append_utf8(current, lower(c));
      continue;
    }
    if (!current.empty()) words.push_back({std::move(current), start_line});
    current.clear();
    if (c == U'\n') ++line;
  }
  if (!current.empty()) words.push_back({std::move(current), start_line});
  return words;
}

inline std::uint64_t fnv1a64(const std::string& bytes) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char b : bytes) {
    h ^= b;
    h *= 0x100000001B3ull;
  }
  return h;
}

}  // namespace content_test
