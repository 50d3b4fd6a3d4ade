#pragma once
// A handout::Picture as a cairo image surface (pixel words as handout/argb.h makes them).
#include <cairo.h>

#include "handout/argb.h"
#include "handout/page.h"

namespace handout {

// An opaque picture becomes RGB24 (the PDF then needs no soft mask), any other ARGB32. The caller
// destroys the surface; a picture whose size and bytes disagree gives nullptr.
cairo_surface_t* picture_surface(const Picture& picture);

}  // namespace handout
