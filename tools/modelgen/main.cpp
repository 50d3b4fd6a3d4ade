// modelgen: generates models/lower_body.glb (see models/README.md).
//   modelgen [--out PATH] [--sources DIR]
//   --out      default: models/lower_body.glb relative to the working directory
//   --sources  the prepared source meshes (default: the repository's models/sources)
#include "animations.h"
#include "body_skin.h"
#include "bone_structures.h"
#include "discs.h"
#include "glb_writer.h"
#include "model_occlusion.h"
#include "muscles.h"
#include "real_bones.h"
#include "source_meshes.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <map>
#include <string>

int main(int argc, char** argv) {
  std::string out = "models/lower_body.glb";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else if (arg == "--sources" && i + 1 < argc) {
      modelgen::set_sources_folder(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: modelgen [--out PATH] [--sources DIR]\nunknown argument: %s\n",
                   arg.c_str());
      return 2;
    }
  }
  const auto start = std::chrono::steady_clock::now();
  modelgen::Model model;
  try {
    modelgen::real_skeleton();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "modelgen: %s\n", e.what());
    return 1;
  }
  modelgen::add_bones(model);
  modelgen::add_discs(model);
  modelgen::add_muscles_and_tendons(model);
  modelgen::add_body_skin(model);
  const auto bake_start = std::chrono::steady_clock::now();
  modelgen::bake_occlusion(model);
  const double bake_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - bake_start).count();
  modelgen::add_skeletal_landmarks(model);
  modelgen::add_animations(model);
  const std::vector<std::uint8_t> bytes = modelgen::write_glb(model);
  std::ofstream file(out, std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "modelgen: cannot write %s: check that the folder exists and is writable\n",
                 out.c_str());
    return 2;
  }
  file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  std::size_t triangles = 0;
  std::map<std::string, std::size_t> per_category;
  for (const auto& s : model.structures) {
    triangles += s.mesh.triangle_count();
    per_category[s.category] += s.mesh.triangle_count();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("modelgen: wrote %s: %zu structures, %zu landmarks, %zu triangles, %zu bytes in %.1f s\n",
              out.c_str(), model.structures.size(), model.landmarks.size(), triangles, bytes.size(), seconds);
  std::printf("modelgen:   ambient occlusion baked in %.1f s\n", bake_seconds);
  for (const auto& [category, count] : per_category) {
    std::printf("modelgen:   %-7s %6zu triangles\n", category.c_str(), count);
  }
  for (const auto& [figure, value] : modelgen::real_skeleton().figures) {
    std::printf("modelgen:   fit: %-30s %8.3f\n", figure.c_str(), static_cast<double>(value));
  }
  if (std::getenv("MODELGEN_VERBOSE") != nullptr) {
    for (const auto& s : model.structures) {
      std::printf("modelgen:     %-34s %6zu\n", s.id.c_str(), s.mesh.triangle_count());
    }
  }
  return 0;
}
