#pragma once
// The one place that knows which OpenGL the renderer talks to: desktop OpenGL 3.3 core through glad,
// or WebGL2 (OpenGL ES 3.0) through emscripten's GLES3 headers, which link directly. Every render/
// source includes this instead of a GL header, and the few calls the two APIs spell differently are
// wrapped here, so the rest of the renderer stays free of #ifdefs.
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <glad/gl.h>
#endif

#include "render/glsl.h"

namespace render::gl {

// WebGL2 has no glDrawElementsBaseVertex (and Chromium offers no extension for it), so there the
// index buffer must hold indices already offset by each draw's base vertex.
#ifdef __EMSCRIPTEN__
inline constexpr bool kHasBaseVertex = false;
#else
inline constexpr bool kHasBaseVertex = true;
#endif

// glClearDepth (desktop) or glClearDepthf (ES; glad's 3.3 core has only the double form).
void clear_depth(float depth);

// Draws `count` 32-bit indices from `first_index`, each plus `base_vertex` where the API can add it
// (kHasBaseVertex); elsewhere the indices were rebased at upload and `base_vertex` is ignored.
void draw_triangles_base_vertex(GLsizei count, unsigned first_index, GLint base_vertex);

}  // namespace render::gl
