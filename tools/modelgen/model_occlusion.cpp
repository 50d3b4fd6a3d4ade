#include "model_occlusion.h"

#include "occlusion.h"

#include <vector>

namespace modelgen {

void bake_occlusion(Model& model) {
  std::vector<const Mesh*> skeleton, opaque, skin;
  for (const Structure& s : model.structures) {
    const bool skeletal = s.material == Material::bone || s.material == Material::disc;
    if (skeletal) {
      skeleton.push_back(&s.mesh);
    }
    if (s.material == Material::skin) {
      skin.push_back(&s.mesh);
    } else {
      opaque.push_back(&s.mesh);
    }
  }
  const OcclusionScene skeleton_scene(skeleton), opaque_scene(opaque), skin_scene(skin);
  for (Structure& s : model.structures) {
    const OcclusionScene& scene = s.material == Material::skin ? skin_scene
                                  : s.material == Material::bone || s.material == Material::disc
                                      ? skeleton_scene
                                      : opaque_scene;
    s.mesh.occlusion = scene.bake(s.mesh);
  }
}

}  // namespace modelgen
