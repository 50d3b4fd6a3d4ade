#include <cstdio>

#include "anatomy/gltf_importer.h"
#include "app/commands.h"
#include "render/draw_list.h"

namespace app {

// `posturelab check-model FILE`: the importer's checks are the validation, and the renderer's own
// preparation (its joint palette, on the CPU, no GPU needed) runs too, so what passes here is exactly
// what the renderer can draw.
int run_check_model(const CommandLine& line) {
  auto scene = anatomy::load_model(line.model_file);
  if (!scene) return fail(scene.error());
  if (auto drawable = render::make_draw_list(*scene); !drawable)
    return fail(core::make_error(line.model_file.string() +
                                 ": loads but cannot be drawn: " + drawable.error().message));
  std::printf("%s: ok: %s\n", line.model_file.string().c_str(), anatomy::summary(*scene).c_str());
  return kExitOk;
}

}  // namespace app
