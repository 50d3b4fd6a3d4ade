#include "app/bench_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

namespace app {
namespace {
double fps_of(double frame_ms) { return frame_ms > 0.0 ? 1000.0 / frame_ms : 0.0; }

// Rounded for reading; the JSON keeps three decimals, which is finer than any clock here.
double rounded(double value) { return std::round(value * 1000.0) / 1000.0; }

std::string format(const char* pattern, double a, double b = 0.0, double c = 0.0) {
  char text[160];
  std::snprintf(text, sizeof text, pattern, a, b, c);
  return text;
}

std::string sweep_text(BenchSweep sweep) {
  switch (sweep) {
    case BenchSweep::slider:
      return "the hamstring slider 100 -> 0 -> 100, the pose following";
    case BenchSweep::orbit:
      return "the camera orbiting, 2 degrees a frame";
    case BenchSweep::none:
      return "nothing moving";
    case BenchSweep::soak:
      return "a lesson: sliders, activities, languages, tour steps, views and cards changing";
  }
  return "";
}
}  // namespace

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const auto index =
      static_cast<std::size_t>(std::clamp(p, 0.0, 1.0) * static_cast<double>(values.size() - 1) + 0.5);
  return values[index];
}

double second_half_growth_mb(const std::vector<double>& curve) {
  if (curve.size() < 2) return 0.0;
  const double halfway = curve[curve.size() / 2];
  return *std::max_element(curve.begin() + static_cast<long>(curve.size() / 2), curve.end()) - halfway;
}

std::string bench_json(const BenchFigures& f) {
  nlohmann::ordered_json j;
  j["renderer"] = f.renderer;
  j["triangles"] = f.triangles;
  j["draw_calls"] = f.draw_calls;
  j["frame_ms_median"] = rounded(f.frame_ms_median);
  j["frame_ms_p95"] = rounded(f.frame_ms_p95);
  j["fps_median"] = rounded(fps_of(f.frame_ms_median));
  j["solve_us_median"] = f.solve_us_median ? nlohmann::ordered_json(rounded(*f.solve_us_median)) : nullptr;
  j["model_load_ms"] = rounded(f.model_load_ms);
  j["first_frame_ms"] = rounded(f.first_frame_ms);
  j["peak_rss_mb"] = rounded(f.peak_rss_mb);
  j["width"] = f.width;
  j["height"] = f.height;
  j["msaa"] = f.msaa;
  j["detail"] = f.moving_detail ? "moving" : "full";
  j["ui"] = f.ui;
  if (!f.rss_mb_curve.empty()) {
    auto& curve = j["rss_mb_curve"] = nlohmann::ordered_json::array();
    for (double mb : f.rss_mb_curve) curve.push_back(rounded(mb));
    j["rss_growth_mb_second_half"] = rounded(second_half_growth_mb(f.rss_mb_curve));
  }
  if (const auto& c = f.soak_changes)
    j["soak_changes"] = {{"activities", c->activities},
                         {"languages", c->languages},
                         {"tour_steps", c->tour_steps},
                         {"compare_toggles", c->compare_toggles},
                         {"selections", c->selections}};
  return j.dump() + "\n";
}

std::string bench_table(const BenchFigures& f) {
  std::string text;
  text += "renderer      " + f.renderer + " (OpenGL " + f.gl_version + ")\n";
  text += "frames        " + std::to_string(f.frames) + " at " + std::to_string(f.width) + "x" +
          std::to_string(f.height) + ", " + (f.msaa > 0 ? std::to_string(f.msaa) + "x MSAA" : "no MSAA") +
          (f.moving_detail ? ", meshes simplified" : "") + ", UI " + (f.ui ? "on" : "off") + "; " +
          sweep_text(f.sweep) + "\n";
  text += format("frame time    median %.2f ms (%.1f fps), 95th percentile %.2f ms\n", f.frame_ms_median,
                 fps_of(f.frame_ms_median), f.frame_ms_p95);
  text += "a frame draws " + std::to_string(f.triangles) + " triangles in " + std::to_string(f.draw_calls) +
          " draw calls\n";
  text += "GL state      " + std::to_string(f.uniform_uploads) + " uniform uploads and " +
          std::to_string(f.program_switches) + " program switches a frame by the scene renderer\n";
  text += f.solve_us_median ? format("model solve   median %.1f us\n", *f.solve_us_median)
                            : std::string("model solve   none during the frames (no slider moved)\n");
  text += format("model load    %.1f ms\n", f.model_load_ms);
  text += format("first frame   %.0f ms after the process started\n", f.first_frame_ms);
  text += format("peak memory   %.0f MiB resident\n", f.peak_rss_mb);
  if (f.rss_mb_curve.size() >= 2)
    text += format(
        "soak memory   %.1f MiB after the first sample, %.1f at the end; %.2f MiB more over "
        "the second half\n",
        f.rss_mb_curve.front(), f.rss_mb_curve.back(), second_half_growth_mb(f.rss_mb_curve));
  if (const auto& c = f.soak_changes)
    text += "soak changes  " + std::to_string(c->activities) + " activities, " +
            std::to_string(c->languages) + " languages, " + std::to_string(c->tour_steps) + " tour steps, " +
            std::to_string(c->compare_toggles) + " before/after toggles, " + std::to_string(c->selections) +
            " cards\n";
  return text;
}

}  // namespace app
