#pragma once
// Word wrapping with cairo's own measure (cairo_text_extents), no Pango: a paragraph of styled runs
// is broken at spaces into lines no wider than the column; a word wider than the column (a long
// address in a note) is broken between characters. "\n" in a run ends the line; a line that starts
// with a bullet ("•") wraps under the text after the bullet.
#include <cairo.h>

#include <string>
#include <vector>

#include "handout/cairo_fonts.h"
#include "handout/page.h"

namespace handout {

struct PlacedWord {
  std::string text;
  bool bold = false;
  double x_pt = 0.0;  // from the column's left edge
};
using Line = std::vector<PlacedWord>;

// Lines of `runs` set at `size_pt` in a column `width_pt` wide.
std::vector<Line> wrap(cairo_t* cr, const CairoFonts& fonts, const Runs& runs, double size_pt,
                       double width_pt);

// The advance of `text` in one style.
double text_width(cairo_t* cr, const CairoFonts& fonts, const std::string& text, bool bold, double size_pt);

// Draws the lines from the baseline of the first at (x, y), `leading_pt` apart; returns the y of the
// last baseline.
double draw_lines(cairo_t* cr, const CairoFonts& fonts, const std::vector<Line>& lines, double size_pt,
                  double x_pt, double y_pt, double leading_pt);

}  // namespace handout
