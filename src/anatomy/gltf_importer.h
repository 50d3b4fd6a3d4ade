#pragma once
// Loads PostureLab's anatomical model (.glb or .gltf) into an anatomy::Scene in three steps, each
// in its own file: file_guard.h (external files only from the model's folder), gltf_reader.h
// (generic glTF: accessors, meshes, nodes, skins, clips; the only place that sees tinygltf) and
// model_catalogue.h (PostureLab's extras: structures and landmarks, model_schema.h). Everything the
// renderer and posing rely on is checked (accessor ranges, index bounds, joint indices, weights,
// node cycles, extras), and the first problem comes back as an error naming its place:
// "lower_body.glb: accessors[3]: ...".
//
// From file to pixels (src/app does the same, spread over its model view and viewer):
//
//   auto loaded = anatomy::load_model(path);                    // core::Result<anatomy::Scene>
//   if (!loaded) return show(loaded.error().message);           // what and where
//   auto scene = std::make_shared<const anatomy::Scene>(std::move(*loaded));
//   const anatomy::Rig rig = anatomy::make_rig(*scene);         // joints found by name, once
//   anatomy::PoseAnimator animator;                             // anatomy/animation.h
//   // With a GL 3.3 context current: the draw list is built and uploaded once.
//   auto renderer = render::AnatomyRenderer::create(scene);     // or SceneRenderer::set_model(scene)
//   // Each frame:
//   animator.set_target(pose);                                  // anatomy::PoseParameters
//   animator.update(*scene, rig, dt_s, /*snap=*/false);         // glides, clips, crossfades
//   render::AnatomyFrame frame;                                 // render/anatomy_frame.h
//   frame.pose = &animator.posed();
//   (*renderer)->draw_opaque(frame, ctx);                       // SceneRenderer::draw does all passes
#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

#include "anatomy/scene.h"
#include "core/result.h"

namespace anatomy {

core::Result<Scene> load_model(const std::filesystem::path& file);

// `bytes` is a GLB or glTF JSON text. External buffers resolve against `base_dir`; with an empty
// base_dir only embedded data (GLB chunk, data: URIs) is allowed. `label` prefixes every error.
core::Result<Scene> load_model_from_memory(std::span<const std::uint8_t> bytes,
                                           const std::filesystem::path& base_dir, std::string_view label);

// Where the bundled model lives (models/lower_body.glb under the asset root).
core::Result<std::filesystem::path> bundled_model_path();

}  // namespace anatomy
