#pragma once
// Turning a source triangle soup into a clean, compact surface: weld, drop degenerate triangles,
// find the connected pieces, make every piece face outwards, remove stray islands, decimate with
// meshoptimizer, and order for the GPU. Every step is deterministic (same input, same bytes).
#include "prepared_mesh.h"
#include "source_readers.h"

#include <cstddef>
#include <vector>

namespace anatomy_prep {

struct CleanupReport {
  std::size_t source_triangles = 0;
  std::size_t degenerate_removed = 0;
  std::size_t kept_triangles = 0;  // in the pieces kept, before decimation
  std::size_t pieces_found = 0;
  std::size_t pieces_kept = 0;
  std::size_t pieces_flipped = 0;  // pieces whose signed volume was negative (inside out)
  std::size_t boundary_edges = 0;  // open edges after welding (holes); 0 for a closed surface
  std::size_t triangles = 0;
  std::size_t vertices = 0;
  double simplify_error_mm = 0.0;  // meshoptimizer's reported deviation, in millimetres
};

PreparedMesh weld(const Soup& soup);

// Pieces (sets of triangles sharing vertices), largest first; ties broken by first triangle.
std::vector<std::vector<std::size_t>> pieces(const PreparedMesh& mesh);

// Keeps the triangles of the listed pieces.
PreparedMesh select(const PreparedMesh& mesh, const std::vector<std::vector<std::size_t>>& kept);

double signed_volume(const PreparedMesh& mesh, const std::vector<std::size_t>& triangles);

// Runs the whole chain. `piece_index` >= 0 keeps only that piece of the pieces sorted from the
// highest (+Y) down, for sources that hold several bones in one file; `min_piece_fraction` drops
// pieces smaller than that share of the largest.
PreparedMesh clean(const Soup& soup, int piece_index, double min_piece_fraction, std::size_t target_triangles,
                   CleanupReport& report);

}  // namespace anatomy_prep
