// libFuzzer target: any bytes as a model file, through the whole importer (container checks,
// tinygltf, the strict checks, the conversion into a Scene). Embedded data only (no base folder),
// so an input cannot reach the file system. Every input must end in a Scene or a named error.
#include <cstddef>
#include <cstdint>
#include <span>

#include "anatomy/gltf_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto scene = anatomy::load_model_from_memory(std::span(data, size), {}, "fuzz.glb");
  if (!scene && scene.error().message.empty()) __builtin_trap();  // a refusal must say why
  return 0;
}
