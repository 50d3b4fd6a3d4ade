// The page is laid out twice at most per size: once to measure (nothing drawn), and once to draw at
// the largest text size that fits. Sizes are in points; `s` scales every text size and gap together.
#include "handout/pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <memory>

#include "handout/cairo_fonts.h"
#include "handout/cairo_picture.h"
#include "handout/text_flow.h"

namespace handout {
namespace {

struct Colour {
  double r, g, b;
};
// Okabe-Ito blue for headings, near-black text, grey small print, a pale orange note box.
constexpr Colour kText{0.13, 0.13, 0.15}, kHeading{0.0, 0.36, 0.58}, kMuted{0.36, 0.37, 0.40},
    kRule{0.75, 0.77, 0.80}, kHeaderFill{0.90, 0.93, 0.96}, kStripe{0.965, 0.97, 0.98},
    kBoxFill{0.99, 0.95, 0.86}, kBoxEdge{0.90, 0.62, 0.0};

constexpr double kMarginSide_pt = 42.0, kMarginTop_pt = 38.0, kMarginBottom_pt = 34.0;
// Text sizes tried, largest first, in 2 % steps down to 80 %: the page uses the largest that fits
// (a measuring pass is a few milliseconds).
constexpr int kScaleSteps = 11;
constexpr double kScaleStep = 0.02;

void colour(cairo_t* cr, Colour c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

struct Layout {
  cairo_t* cr;
  const CairoFonts& fonts;
  double s;     // text scale
  double left;  // text column
  double width;
  bool draw;

  double body() const { return 9.0 * s; }
  double leading(double size) const { return 1.27 * size; }

  // A flow of runs from the top y; returns the y under its last line.
  double flow(const Runs& runs, double size, double x, double w, double y, Colour c, bool centred = false) {
    const auto lines = wrap(cr, fonts, runs, size, w);
    if (draw && !lines.empty()) {
      colour(cr, c);
      if (centred) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
          const auto& last = lines[i].back();
          const double line_w = last.x_pt + text_width(cr, fonts, last.text, last.bold, size);
          draw_lines(cr, fonts, {lines[i]}, size, x + 0.5 * (w - line_w),
                     y + size + static_cast<double>(i) * leading(size), leading(size));
        }
      } else {
        draw_lines(cr, fonts, lines, size, x, y + size, leading(size));
      }
    }
    return y + static_cast<double>(lines.size()) * leading(size) + 0.3 * size;
  }

  double operator()(const Heading& h, double y) {
    y += 7.0 * s;
    return flow({{h.text, true}}, 11.0 * s, left, width, y, kHeading) + 1.0 * s;
  }

  double operator()(const Paragraph& p, double y) {
    return flow(p.runs, body(), left, width, y, kText) + 2.5 * s;
  }

  double operator()(const PictureRow& row, double y) {
    const std::size_t n = row.pictures.size();
    if (n == 0) return y;
    const double gap = 14.0;
    const double cell = (width - gap * static_cast<double>(n - 1)) / static_cast<double>(n);
    double bottom = y;
    for (std::size_t i = 0; i < n; ++i) {
      const Picture& picture = row.pictures[i];
      const double x = left + static_cast<double>(i) * (cell + gap);
      double w = cell;
      double h = picture.width_px > 0 ? w * picture.height_px / picture.width_px : 0.0;
      const double max_h = 170.0 * s;
      if (h > max_h) {
        w *= max_h / h;
        h = max_h;
      }
      const double px = x + 0.5 * (cell - w);
      if (draw) {
        if (cairo_surface_t* surface = picture_surface(picture)) {
          cairo_save(cr);
          cairo_rectangle(cr, px, y, w, h);
          cairo_clip(cr);
          cairo_translate(cr, px, y);
          cairo_scale(cr, w / picture.width_px, h / picture.height_px);
          cairo_set_source_surface(cr, surface, 0, 0);
          cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
          cairo_paint(cr);
          cairo_restore(cr);
          cairo_surface_destroy(surface);
        }
      }
      const double under = flow({{picture.caption, false}}, 8.5 * s, x, cell, y + h + 3.0 * s, kMuted, true);
      bottom = std::max(bottom, under);
    }
    return bottom + 2.0 * s;
  }

  double operator()(const Table& table, double y) {
    const double size = 8.5 * s, pad = 2.6 * s;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      const bool header = r == 0;
      // Row height: the tallest cell.
      double x = left, row_h = 0.0;
      std::vector<std::vector<Line>> cells;
      for (std::size_t c = 0; c < row.size() && c < table.column_shares.size(); ++c) {
        const double w = table.column_shares[c] * width;
        cells.push_back(wrap(cr, fonts, {{row[c], header || c == 0}}, size, w - 2 * pad));
        row_h = std::max(row_h, static_cast<double>(cells.back().size()) * leading(size));
      }
      row_h += 2 * pad;
      if (draw) {
        if (header || r % 2 == 0) {
          colour(cr, header ? kHeaderFill : kStripe);
          cairo_rectangle(cr, left, y, width, row_h);
          cairo_fill(cr);
        }
        colour(cr, kText);
        x = left;
        for (std::size_t c = 0; c < cells.size(); ++c) {
          draw_lines(cr, fonts, cells[c], size, x + pad, y + pad + size, leading(size));
          x += table.column_shares[c] * width;
        }
        colour(cr, kRule);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, left, y + row_h);
        cairo_line_to(cr, left + width, y + row_h);
        cairo_stroke(cr);
      }
      y += row_h;
    }
    return y + 3.0 * s;
  }

  double operator()(const Box& box, double y) {
    const double pad = 6.0 * s;
    y += 4.0 * s;
    // Measure, then draw the box under the text.
    const bool was_drawing = draw;
    draw = false;
    double end = flow({{box.title, true}}, 9.5 * s, left + pad, width - 2 * pad, y + pad, kText);
    end = flow({{box.text, false}}, body(), left + pad, width - 2 * pad, end, kText);
    draw = was_drawing;
    const double h = end - y + pad;
    if (draw) {
      colour(cr, kBoxFill);
      cairo_rectangle(cr, left, y, width, h);
      cairo_fill_preserve(cr);
      colour(cr, kBoxEdge);
      cairo_set_line_width(cr, 1.0);
      cairo_stroke(cr);
      double text_y = flow({{box.title, true}}, 9.5 * s, left + pad, width - 2 * pad, y + pad, kText);
      flow({{box.text, false}}, body(), left + pad, width - 2 * pad, text_y, kText);
    }
    return y + h + 3.0 * s;
  }
};

// The small print's height at scale s (it stacks up from the bottom margin).
double small_print(Layout& layout, const Page& page, double bottom, bool draw) {
  const double size = 7.2 * layout.s;
  double height = 0.0;
  layout.draw = false;
  for (const Paragraph& p : page.small_print)
    height = layout.flow(p.runs, size, layout.left, layout.width, height, kMuted);
  const double top = bottom - height;
  if (draw) {
    layout.draw = true;
    colour(layout.cr, kRule);
    cairo_set_line_width(layout.cr, 0.5);
    cairo_move_to(layout.cr, layout.left, top - 4.0);
    cairo_line_to(layout.cr, layout.left + layout.width, top - 4.0);
    cairo_stroke(layout.cr);
    double y = top;
    for (const Paragraph& p : page.small_print)
      y = layout.flow(p.runs, size, layout.left, layout.width, y, kMuted);
  }
  return top - 8.0;
}

// Title and blocks from the top; returns the y under the last block.
double body(Layout& layout, const Page& page, bool draw) {
  layout.draw = draw;
  double y = kMarginTop_pt;
  y = layout.flow({{page.title, true}}, 16.0 * layout.s, layout.left, layout.width, y, kHeading);
  if (!page.subtitle.empty())
    y = layout.flow({{page.subtitle, false}}, 9.0 * layout.s, layout.left, layout.width, y, kMuted);
  y += 4.0 * layout.s;
  for (const Block& block : page.blocks) y = std::visit([&](const auto& b) { return layout(b, y); }, block);
  return y;
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

core::Result<std::string> render_pdf(const Page& page, const FontFiles& font_files) {
  auto fonts = CairoFonts::load(font_files);
  if (!fonts) return fonts.error();
  const PaperSize paper = paper_size(page.paper);
  std::string bytes;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(append_bytes, &bytes, paper.width_pt, paper.height_pt);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, page.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, page.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, page.subject.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "PostureLab");
  cairo_t* cr = cairo_create(surface);
  Layout layout{cr, **fonts, 1.0, kMarginSide_pt, paper.width_pt - 2 * kMarginSide_pt, false};
  const double bottom = paper.height_pt - kMarginBottom_pt;
  bool fits = false;
  for (int step = 0; step < kScaleSteps; ++step) {
    layout.s = 1.0 - kScaleStep * step;
    if (body(layout, page, false) <= small_print(layout, page, bottom, false)) {
      fits = true;
      break;
    }
  }
  if (fits) {
    body(layout, page, true);
    small_print(layout, page, bottom, true);
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (!fits)
    return core::make_error("the handout does not fit on one page even at 80 % text size; shorten the note");
  if (status != CAIRO_STATUS_SUCCESS)
    return core::make_error(std::string("cairo could not write the PDF: ") + cairo_status_to_string(status));
  return bytes;
}

}  // namespace handout
