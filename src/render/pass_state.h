#pragma once
// The fixed-function state of a pass as a value, applied by one function at the start of each pass
// instead of being switched on and off inline (and sometimes not switched back). Depth testing
// always uses GL_LEQUAL, so the background on the far plane passes where nothing was drawn.
namespace render {

enum class Cull { none, back, front };

// The stencil's two uses: the opaque pass marks the selected structure's pixels (1), and the
// outline is drawn only outside them.
// The selection's outline uses stencil bit 0, the ghost's outline bit 1.
enum class Stencil { off, mark_selection, outside_selection, mark_ghost, outside_ghost };

struct PassState {
  bool depth_test = true;
  bool depth_write = true;
  bool blend = false;  // straight alpha: src * a + dst * (1 - a)
  Cull cull = Cull::none;
  Stencil stencil = Stencil::off;
  bool colour_write = true;  // off: only depth or stencil are written
  bool only_behind = false;  // the depth test passes only behind what is drawn (seen through it)
  bool operator==(const PassState&) const = default;
};

// What SceneRenderer::draw leaves behind for whatever draws next (the UI saves and sets its own).
inline constexpr PassState kDefaultPassState{};

void apply(const PassState& state);
// Within a pass: the x-ray layers draw their back faces, then their front faces.
void apply_cull(Cull cull);
// Within the opaque pass: write the stencil only under the selected structure.
void set_stencil_writes(bool on);

}  // namespace render
