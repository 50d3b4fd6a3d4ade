#include <cstdio>

#include "anatomy/gltf_importer.h"
#include "app/commands.h"

namespace app {

// `posturelab check-model FILE`: the importer's checks are the validation, so what loads here is
// exactly what the renderer can draw.
int run_check_model(const CommandLine& line) {
  auto scene = anatomy::load_model(line.model_file);
  if (!scene) return fail(scene.error());
  std::printf("%s: ok: %s\n", line.model_file.string().c_str(), anatomy::summary(*scene).c_str());
  return kExitOk;
}

}  // namespace app
