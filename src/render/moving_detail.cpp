#include "render/moving_detail.h"

#include <meshoptimizer.h>

namespace render {

std::vector<std::uint32_t> moving_detail_indices(std::span<const Vertex> vertices,
                                                 std::span<const std::uint32_t> indices) {
  const std::size_t triangles = indices.size() / 3;
  if (triangles < kMovingDetailMinTriangles || vertices.empty()) return {};
  const auto target = static_cast<std::size_t>(static_cast<float>(triangles) * kMovingDetailFraction) * 3;
  std::vector<std::uint32_t> simplified(indices.size());
  // Seams (a vertex split for its uv or normal) count as borders and stay where they are, so the
  // simplified surface never opens along them.
  const std::size_t count =
      meshopt_simplify(simplified.data(), indices.data(), indices.size(), vertices.data()->position,
                       vertices.size(), sizeof(Vertex), target, kMovingDetailError, 0, nullptr);
  if (count == 0 || count > indices.size() * 3 / 4) return {};
  simplified.resize(count);
  meshopt_optimizeVertexCache(simplified.data(), simplified.data(), count, vertices.size());
  return simplified;
}

}  // namespace render
