#include "render/pass_state.h"

#include "render/gl_api.h"

namespace render {

namespace {
void enable(GLenum capability, bool on) {
  if (on)
    glEnable(capability);
  else
    glDisable(capability);
}
}  // namespace

void apply_cull(Cull cull) {
  enable(GL_CULL_FACE, cull != Cull::none);
  if (cull != Cull::none) glCullFace(cull == Cull::front ? GL_FRONT : GL_BACK);
}

void set_stencil_writes(bool on) { glStencilMask(on ? 0xFF : 0x00); }

void apply(const PassState& state) {
  enable(GL_DEPTH_TEST, state.depth_test);
  glDepthFunc(state.only_behind ? GL_GREATER : GL_LEQUAL);
  glDepthMask(state.depth_write ? GL_TRUE : GL_FALSE);
  enable(GL_BLEND, state.blend);
  // Colour blends by the layer's alpha; alpha itself accumulates coverage (1 - (1 - a)(1 - b)), so a
  // translucent layer over an opaque pixel leaves it opaque. Blending alpha like colour (a² + b(1 - a))
  // lowered it, which made exported pictures partly see-through.
  if (state.blend) glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  apply_cull(state.cull);
  enable(GL_STENCIL_TEST, state.stencil != Stencil::off);
  switch (state.stencil) {
    case Stencil::off:
      glStencilMask(0xFF);  // clears reach the whole stencil
      break;
    case Stencil::mark_selection:
      glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
      glStencilFunc(GL_ALWAYS, 1, 0xFF);
      glStencilMask(0x00);  // set_stencil_writes opens it for the selection's draws
      break;
    case Stencil::outside_selection:
      glStencilFunc(GL_NOTEQUAL, 1, 0xFF);
      glStencilMask(0x00);
      break;
    case Stencil::mark_ghost:
      glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
      glStencilFunc(GL_ALWAYS, 2, 0xFF);
      glStencilMask(0x02);
      break;
    case Stencil::outside_ghost:
      glStencilFunc(GL_NOTEQUAL, 2, 0x02);
      glStencilMask(0x00);
      break;
  }
  const GLboolean colour = state.colour_write ? GL_TRUE : GL_FALSE;
  glColorMask(colour, colour, colour, colour);
}

}  // namespace render
