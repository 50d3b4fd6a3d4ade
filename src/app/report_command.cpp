// `posturelab report [state] [--json]`: the model's outputs for one state, as a readable table or as
// JSON with the stable keys of docs/DESIGN.md (more keys may be added, none renamed).
#include <cmath>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/state.h"
#include "biomech/input_fields.h"
#include "biomech/model.h"

namespace app {
namespace {

using Json = nlohmann::ordered_json;

// JSON has no infinity or NaN: an unbounded or undefined value is written as null (a warning says why).
Json number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

Json to_json(const biomech::Inputs& in, const biomech::Outputs& out) {
  Json j;
  j["inputs"] = inputs_json(in);
  const auto& p = out.pelvis;
  j["pelvis"] = {
      {"tilt_asis_psis_deg", p.tilt_asis_psis_deg}, {"pelvic_tilt_deg", p.pelvic_tilt_deg},
      {"sacral_slope_deg", p.sacral_slope_deg},     {"pelvic_incidence_deg", p.pelvic_incidence_deg},
      {"hip_flexion_deg", p.hip_flexion_deg},       {"rotation_deg", p.rotation_deg},
  };
  j["lumbar_lordosis_deg"] = out.lumbar_lordosis_deg;
  j["expected_lordosis_deg"] = out.expected_lordosis_deg;
  j["trunk_inclination_deg"] = out.trunk_inclination_deg;
  j["segments"] = Json::array();
  for (const auto& s : out.segments) {
    j["segments"].push_back({
        {"level", std::string(biomech::level_name(s.level))},
        {"lordosis_deg", s.lordosis_deg},
        {"compression_n", s.compression_n},
        {"shear_n", s.shear_n},
        {"pressure_mpa", s.pressure_mpa},
        {"facet_share", s.facet_share},
        {"posterior_stress_index", s.posterior_stress_index},
        {"external_moment_nm", s.external_moment_nm},
        {"passive_moment_nm", s.passive_moment_nm},
        {"muscle_force_n", s.muscle_force_n},
        {"peak_compression_n", s.peak_compression_n},
        {"peak_pressure_mpa", s.peak_pressure_mpa},
        {"load_story", std::string(biomech::load_story_name(s.story))},
    });
  }
  j["muscles"] = Json::array();
  for (const auto& m : out.muscles) {
    j["muscles"].push_back({
        {"group", std::string(biomech::muscle_group_name(m.group))},
        {"strength", m.strength_pct},
        {"force_n", m.force_n},
        {"hip_moment_nm", m.hip_moment_nm},
        {"length_change_mm", m.length_change_mm},
        {"capacity_n", m.capacity_n},
        {"mvc_pct", number(m.mvc_pct)},
        {"reserve_pct", m.reserve_pct},
    });
  }
  // The trunk muscles of the lumbar free bodies: force at L4-L5 and at every level (top down).
  j["trunk_muscles"] = Json::array();
  for (const auto& t : out.trunk_muscles) {
    j["trunk_muscles"].push_back({
        {"muscle", std::string(biomech::trunk_muscle_name(t.muscle))},
        {"force_n", t.force_n},
        {"force_by_level_n", t.force_by_level_n},
        {"capacity_n", t.capacity_n},
        {"mvc_pct", number(t.mvc_pct)},
        {"reserve_pct", t.reserve_pct},
    });
  }
  j["hip_task_moment_nm"] = out.hip_task_moment_nm;
  j["hq_ratio"] = out.hq_ratio ? number(*out.hq_ratio) : Json(nullptr);
  j["signs"] = Json::array();
  for (const auto& s : out.signs) {
    j["signs"].push_back({
        {"id", std::string(biomech::sign_name(s.id))},
        {"present", s.present},
        {"value", number(s.value)},
        {"normal_min", number(s.normal_min)},
        {"normal_max", number(s.normal_max)},
        {"source", std::string(s.source)},
        {"unit", std::string(s.unit)},
        {"support", std::string(biomech::support_name(s.support))},
    });
  }
  j["warnings"] = out.warnings;
  return j;
}

std::string fixed(double value, int decimals) {
  if (!std::isfinite(value)) return "-";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

void print_table(const biomech::Inputs& in, const biomech::Outputs& out) {
  std::printf("PostureLab report (%s calibration), activity %s\n",
              std::string(biomech::calibration_name(in.calibration)).c_str(),
              std::string(biomech::activity_name(in.activity)).c_str());
  // One line per group of inputs, in the table's order: "muscle: hamstrings 100 %, ...".
  for (const auto& group : biomech::kInputGroupNames) {
    std::string line;
    for (const auto& field : biomech::kInputFields) {
      if (field.group != group.value) continue;
      line += (line.empty() ? "" : ", ") + std::string(field.cli_flag) + " " +
              fixed(in.*field.member, field.decimals) + " " + std::string(field.unit);
    }
    std::printf("%-7s %s\n", (std::string(group.name) + ":").c_str(), line.c_str());
  }
  std::printf("\n");
  const auto& p = out.pelvis;
  std::printf("pelvis: ASIS-PSIS tilt %s deg, PT %s deg, SS %s deg, PI %s deg, hip flexion %s deg\n",
              fixed(p.tilt_asis_psis_deg, 1).c_str(), fixed(p.pelvic_tilt_deg, 1).c_str(),
              fixed(p.sacral_slope_deg, 1).c_str(), fixed(p.pelvic_incidence_deg, 1).c_str(),
              fixed(p.hip_flexion_deg, 1).c_str());
  std::printf("lumbar lordosis L1-S1 %s deg (PI predicts %s), trunk inclination %s deg\n\n",
              fixed(out.lumbar_lordosis_deg, 1).c_str(), fixed(out.expected_lordosis_deg, 1).c_str(),
              fixed(out.trunk_inclination_deg, 1).c_str());
  std::printf("%-6s %9s %13s %9s %13s %7s %16s\n", "level", "lordosis", "compression", "shear", "pressure",
              "facet", "posterior stress");
  for (const auto& s : out.segments)
    std::printf("%-6s %5s deg %11s N %7s N %9s MPa %5s %% %16s\n",
                std::string(biomech::level_name(s.level)).c_str(), fixed(s.lordosis_deg, 1).c_str(),
                fixed(s.compression_n, 0).c_str(), fixed(s.shear_n, 0).c_str(),
                fixed(s.pressure_mpa, 2).c_str(), fixed(100 * s.facet_share, 0).c_str(),
                fixed(s.posterior_stress_index, 2).c_str());
  std::printf("\n%-16s %9s %10s %8s %9s %12s %14s\n", "muscle", "strength", "force", "effort", "reserve",
              "hip moment", "length change");
  for (const auto& m : out.muscles)
    std::printf("%-16s %7s %% %8s N %4s %%MVC %7s %% %9s Nm %11s mm\n",
                std::string(biomech::muscle_group_name(m.group)).c_str(), fixed(m.strength_pct, 0).c_str(),
                fixed(m.force_n, 0).c_str(), fixed(m.mvc_pct, 0).c_str(), fixed(m.reserve_pct, 0).c_str(),
                fixed(m.hip_moment_nm, 1).c_str(), fixed(m.length_change_mm, 1).c_str());
  std::printf("\n%-20s %10s %8s   (lumbar free body at L4-L5; effort at the most demanding level)\n",
              "trunk muscle", "force", "effort");
  for (const auto& t : out.trunk_muscles)
    std::printf("%-20s %8s N %4s %%MVC\n", std::string(biomech::trunk_muscle_name(t.muscle)).c_str(),
                fixed(t.force_n, 0).c_str(), fixed(t.mvc_pct, 0).c_str());
  std::printf("\nH:Q ratio (conventional, 60 deg/s) %s (normal about 0.6)\n\n",
              out.hq_ratio ? fixed(*out.hq_ratio, 2).c_str() : "undefined");
  std::printf("%-24s %-7s %8s %17s  %-8s %s\n", "sign", "present", "value", "normal", "claim", "source");
  for (const auto& s : out.signs)
    std::printf("%-24s %-7s %8s %8s..%-8s  %-8s %s\n", std::string(biomech::sign_name(s.id)).c_str(),
                s.present ? "yes" : "no", fixed(s.value, 2).c_str(), fixed(s.normal_min, 2).c_str(),
                fixed(s.normal_max, 2).c_str(), std::string(biomech::support_name(s.support)).c_str(),
                std::string(s.source).c_str());
  for (const auto& w : out.warnings) std::printf("warning: %s\n", w.c_str());
  if (in.calibration == biomech::Calibration::article)
    std::printf(
        "\nThe article calibration shows the article's explanation; studies find muscle balance moves\n"
        "standing pelvic tilt by at most about 2 deg between people (--mode evidence).\n");
}

}  // namespace

int run_report(const CommandLine& line) {
  auto inputs = resolve_state(line.state);
  if (!inputs) return fail(inputs.error());
  auto outputs = biomech::solve_with_standing_signs(*inputs);
  if (!outputs) return fail(outputs.error());
  if (line.json) {
    std::printf("%s\n", to_json(*inputs, *outputs).dump(2).c_str());
  } else {
    print_table(*inputs, *outputs);
  }
  return kExitOk;
}

}  // namespace app
