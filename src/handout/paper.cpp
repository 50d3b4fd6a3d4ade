#include "handout/page.h"

namespace handout {

PaperSize paper_size(Paper paper) {
  // ISO 216 A4 is 210 x 297 mm, ANSI Letter 8.5 x 11 in; PDF viewers and printers round to points.
  switch (paper) {
    case Paper::letter:
      return {612.0, 792.0};
    case Paper::a4:
      break;
  }
  return {595.0, 842.0};
}

}  // namespace handout
