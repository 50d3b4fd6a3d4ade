#pragma once
// The floor of a frame: the least any renderer must spend to put these triangles on screen. Every
// triangle of the model at rest, in one buffer, drawn with one call by a shader that writes a flat
// colour, with depth testing; the frame is cleared, drawn and (by the caller) resolved. What a real
// renderer adds above this (lighting, skinning, translucency, the interface) is its own cost: the
// bench reports its frame as a ratio of this one.
#include <memory>

#include <glm/glm.hpp>

#include "anatomy/scene.h"
#include "core/result.h"

namespace render {

class FloorProgram {
 public:
  // Needs a current GL 3.3 context. Bakes every node's mesh into world space at rest.
  static core::Result<std::unique_ptr<FloorProgram>> create(const anatomy::Scene& scene);
  ~FloorProgram();
  FloorProgram(const FloorProgram&) = delete;
  FloorProgram& operator=(const FloorProgram&) = delete;

  // Clears the bound framebuffer and draws every triangle once.
  void draw(const glm::mat4& view_projection) const;
  long triangles() const { return triangles_; }

 private:
  FloorProgram() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  long triangles_ = 0;
};

}  // namespace render
