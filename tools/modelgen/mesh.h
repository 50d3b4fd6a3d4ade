#pragma once
// A triangle mesh in the glTF frame (metres, +Y up, +Z anterior, +X the body's left) with the
// per-vertex skinning data the GLB writer needs.
#include <glm/glm.hpp>

#include <cstdint>
#include <vector>

namespace modelgen {

// Up to four joint influences; unused slots carry joint 0 with weight 0 (glTF validator rule).
struct SkinInfluence {
  glm::u16vec4 joints{0, 0, 0, 0};
  glm::vec4 weights{1.0f, 0.0f, 0.0f, 0.0f};
};

struct Mesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  std::vector<glm::vec2> uvs;       // optional (discs: u anterior->posterior; muscles: u along)
  std::vector<glm::vec4> tangents;  // optional (muscles, tendons: fibre direction, w = 1)
  std::vector<SkinInfluence> skin;  // one per vertex once weighted
  // Optional: baked ambient occlusion per vertex, 1 = open all round, 0 = closed (occlusion.h).
  std::vector<float> occlusion;
  std::vector<std::uint32_t> indices;

  std::size_t triangle_count() const { return indices.size() / 3; }
  void append(const Mesh& other);
};

// Area-weighted smooth vertex normals from the triangles.
void compute_normals(Mesh& mesh);

// Mirror across the sagittal plane (X -> -X), keeping the winding outward.
Mesh mirrored_x(const Mesh& mesh);

// Removes unreferenced vertices and orders them for locality (deterministic).
void compact(Mesh& mesh);

glm::vec3 bounds_min(const Mesh& mesh);
glm::vec3 bounds_max(const Mesh& mesh);

}  // namespace modelgen
