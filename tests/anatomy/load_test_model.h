#pragma once
// The stand-in model (test_model.h) through the real importer, as the importer tests read it.
#include <span>
#include <string>

#include "anatomy/gltf_importer.h"
#include "anatomy/test_model.h"

namespace testmodel {

inline core::Result<anatomy::Scene> load(const Model& model) {
  const auto bytes = model.glb();
  return anatomy::load_model_from_memory(std::span(bytes), {}, "test.glb");
}

// "loaded", or the importer's message.
inline std::string error_of(const Model& model) {
  auto scene = load(model);
  return scene ? std::string("loaded") : scene.error().message;
}

}  // namespace testmodel
