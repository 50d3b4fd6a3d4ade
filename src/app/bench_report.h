#pragma once
// What `posturelab bench` measured, and its two ways of printing it: a table to read, and one JSON
// object whose keys scripts and CI rely on (they may be added to, never renamed).
#include <optional>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/soak_script.h"

namespace app {

struct BenchFigures {
  std::string renderer, gl_version;
  long triangles = 0, draw_calls = 0;  // a frame's, scene and UI together (the median frame's)
  // A frame's uniform uploads and program switches by the renderer (not ImGui's); the table only.
  long uniform_uploads = 0, program_switches = 0;
  double frame_ms_median = 0.0, frame_ms_p95 = 0.0;
  std::optional<double> solve_us_median;  // nothing when no frame solved the model (no slider moved)
  double model_load_ms = 0.0;
  double first_frame_ms = 0.0;  // from the process's start to the first frame finished
  double peak_rss_mb = 0.0;     // MiB
  int width = 0, height = 0, msaa = 0;
  bool moving_detail = false;  // drawn with the simplified meshes of a moving picture
  bool ui = true;
  int frames = 0;
  BenchSweep sweep = BenchSweep::slider;
  // The soak's resident memory (MiB) at even steps over the frames; empty for the other sweeps.
  std::vector<double> rss_mb_curve;
  std::optional<SoakChanges> soak_changes;  // the soak's only
};

// How much resident memory grew over the second half of the soak's samples (MiB): what a leak
// adds once the caches are warm; 0 with fewer than two samples.
double second_half_growth_mb(const std::vector<double>& curve);

// The value below which the share p (0..1) of the values lie (nearest rank); 0 for no values.
double percentile(std::vector<double> values, double p);

std::string bench_json(const BenchFigures& figures);
std::string bench_table(const BenchFigures& figures);

}  // namespace app
