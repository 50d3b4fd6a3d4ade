#include "render/gl_api.h"

#include <cstddef>
#include <cstdint>

namespace render::gl {

#ifdef __EMSCRIPTEN__
// GLSL ES has no default float precision in fragment shaders; highp everywhere matches the desktop.
std::string_view glsl_prologue() { return "#version 300 es\nprecision highp float;\nprecision highp int;\n"; }
const char* glsl_version_line() { return "#version 300 es"; }
void clear_depth(float depth) { glClearDepthf(depth); }
void draw_triangles_base_vertex(GLsizei count, unsigned first_index, GLint /*base_vertex: rebased*/) {
  glDrawElements(
      GL_TRIANGLES, count, GL_UNSIGNED_INT,
      reinterpret_cast<const void*>(static_cast<std::size_t>(first_index) * sizeof(std::uint32_t)));
}
#else
std::string_view glsl_prologue() { return "#version 330 core\n"; }
const char* glsl_version_line() { return "#version 330 core"; }
void clear_depth(float depth) { glClearDepth(static_cast<double>(depth)); }
void draw_triangles_base_vertex(GLsizei count, unsigned first_index, GLint base_vertex) {
  glDrawElementsBaseVertex(
      GL_TRIANGLES, count, GL_UNSIGNED_INT,
      reinterpret_cast<const void*>(static_cast<std::size_t>(first_index) * sizeof(std::uint32_t)),
      base_vertex);
}
#endif

}  // namespace render::gl
