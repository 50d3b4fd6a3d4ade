#pragma once
// The simplified meshes drawn while the picture moves (a slider dragged, a glide, an orbit): about a
// quarter of each mesh's triangles, the surface kept within 1 % of the mesh's size. On a software
// renderer the triangles, not the pixels, are what the model's frame pays for beyond the floor, and a
// moving picture's silhouettes cannot be studied anyway; the frame the picture settles on is drawn in
// full. Only indices are simplified: the vertices, their skinning and their attributes are shared.
#include <cstdint>
#include <span>
#include <vector>

#include "render/draw_list.h"

namespace render {

inline constexpr float kMovingDetailFraction = 0.25f;  // of the triangles
inline constexpr float kMovingDetailError = 0.01f;     // of the mesh's extent
// Meshes smaller than this are drawn in full while moving too: simplifying saves them nothing.
inline constexpr std::size_t kMovingDetailMinTriangles = 200;

// The simplified triangles of one primitive (indices relative to `vertices`, as `indices` are), or
// nothing when the mesh is small or simplification would keep more than three quarters of it.
std::vector<std::uint32_t> moving_detail_indices(std::span<const Vertex> vertices,
                                                 std::span<const std::uint32_t> indices);

}  // namespace render
