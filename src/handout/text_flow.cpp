#include "handout/text_flow.h"

namespace handout {
namespace {

struct Word {
  std::string text;
  bool bold = false;
  bool line_break_before = false;
};

std::vector<Word> words_of(const Runs& runs) {
  std::vector<Word> words;
  bool pending_break = false;
  for (const Run& run : runs) {
    std::string current;
    auto flush = [&] {
      if (!current.empty()) words.push_back({current, run.bold, pending_break});
      if (!current.empty()) pending_break = false;
      current.clear();
    };
    for (char c : run.text) {
      if (c == ' ' || c == '\t') {
        flush();
      } else if (c == '\n') {
        flush();
        pending_break = true;
      } else {
        current += c;
      }
    }
    flush();
  }
  return words;
}

// Length of the UTF-8 sequence that starts with `lead`.
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Splits a word wider than the column into pieces that fit, between whole characters.
std::vector<std::string> split_long_word(cairo_t* cr, const CairoFonts& fonts, const Word& word,
                                         double size_pt, double width_pt) {
  std::vector<std::string> pieces;
  std::string piece;
  for (std::size_t i = 0; i < word.text.size();) {
    const std::size_t n =
        std::min(utf8_length(static_cast<unsigned char>(word.text[i])), word.text.size() - i);
    const std::string next = piece + word.text.substr(i, n);
    if (!piece.empty() && text_width(cr, fonts, next, word.bold, size_pt) > width_pt) {
      pieces.push_back(piece);
      piece = word.text.substr(i, n);
    } else {
      piece = next;
    }
    i += n;
  }
  if (!piece.empty()) pieces.push_back(piece);
  return pieces;
}

}  // namespace

double text_width(cairo_t* cr, const CairoFonts& fonts, const std::string& text, bool bold, double size_pt) {
  fonts.use(cr, bold, size_pt);
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

std::vector<Line> wrap(cairo_t* cr, const CairoFonts& fonts, const Runs& runs, double size_pt,
                       double width_pt) {
  std::vector<Line> lines(1);
  double x = 0.0;
  double indent = 0.0;  // where a wrapped line starts: under the text of a bullet, else at 0
  bool first_of_line = true;
  const double space = text_width(cr, fonts, " ", false, size_pt);
  for (const Word& word : words_of(runs)) {
    if (word.line_break_before && !lines.back().empty()) {
      lines.emplace_back();
      x = 0.0;
      indent = 0.0;
      first_of_line = true;
    }
    std::vector<std::string> pieces = {word.text};
    if (text_width(cr, fonts, word.text, word.bold, size_pt) > width_pt - indent)
      pieces = split_long_word(cr, fonts, word, size_pt, width_pt - indent);
    for (const std::string& piece : pieces) {
      const double w = text_width(cr, fonts, piece, word.bold, size_pt);
      const double start = lines.back().empty() ? 0.0 : x + space;
      if (!lines.back().empty() && start + w > width_pt) {
        lines.emplace_back();
        lines.back().push_back({piece, word.bold, indent});
        x = indent + w;
      } else {
        lines.back().push_back({piece, word.bold, start});
        x = start + w;
      }
    }
    // A line that starts with a bullet wraps under the text after it, so the bullet stands out.
    if (first_of_line && word.text == "\u2022") indent = x + space;
    first_of_line = false;
  }
  if (lines.back().empty()) lines.pop_back();
  return lines;
}

double draw_lines(cairo_t* cr, const CairoFonts& fonts, const std::vector<Line>& lines, double size_pt,
                  double x_pt, double y_pt, double leading_pt) {
  double y = y_pt;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    y = y_pt + static_cast<double>(i) * leading_pt;
    // Words of one style go out as one string with their spaces, so a PDF reader's copy and search
    // see the sentence, not loose words.
    const Line& line = lines[i];
    for (std::size_t start = 0; start < line.size();) {
      std::size_t end = start + 1;
      std::string text = line[start].text;
      while (end < line.size() && line[end].bold == line[start].bold) text += " " + line[end++].text;
      fonts.use(cr, line[start].bold, size_pt);
      cairo_move_to(cr, x_pt + line[start].x_pt, y);
      cairo_show_text(cr, text.c_str());
      start = end;
    }
  }
  return y;
}

}  // namespace handout
