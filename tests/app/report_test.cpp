// `posturelab report [state] [--json]` through the real executable: JSON shape, values, bad input.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "support/run_process.h"

namespace {
struct Run {
  int exit_code;
  std::string out;  // stdout only
  std::string all;  // stdout and stderr
};

Run run_report(const std::string& arguments) {
  auto capture = [](const std::string& command) {
    const auto result = support::run_process(command);
    return std::pair{result.exit_code, result.output};
  };
  const std::string base =
      std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + POSTURELAB_EXECUTABLE + " report " + arguments;
  auto [code, out] = capture(base + " 2>/dev/null");
  auto [code_all, all] = capture(base + " 2>&1");
  (void)code_all;
  return {code, out, all};
}

std::set<std::string> keys(const nlohmann::json& object) {
  std::set<std::string> names;
  for (const auto& item : object.items()) names.insert(item.key());
  return names;
}
bool has_all(const nlohmann::json& object, const std::set<std::string>& required) {
  const auto present = keys(object);
  for (const auto& key : required)
    if (!present.count(key)) {
      UNSCOPED_INFO("missing key " << key);
      return false;
    }
  return true;
}
}  // namespace

TEST_CASE("report --json has exactly the documented keys") {
  auto result = run_report("--json");
  INFO(result.all);
  REQUIRE(result.exit_code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(has_all(json, {"inputs", "pelvis", "lumbar_lordosis_deg", "trunk_inclination_deg", "segments",
                       "muscles", "trunk_muscles", "hq_ratio", "signs", "warnings"}));
  CHECK(has_all(json["inputs"],
                {"hamstrings", "quadriceps", "hip_flexor_tightness", "glutes", "abdominals", "activity",
                 "load_kg", "body_mass_kg", "height_m", "pelvic_incidence_deg", "mode"}));
  CHECK(has_all(json["pelvis"], {"tilt_asis_psis_deg", "pelvic_tilt_deg", "sacral_slope_deg",
                                 "pelvic_incidence_deg", "hip_flexion_deg"}));
  REQUIRE(json["segments"].size() == 5);
  const char* levels[] = {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"};
  for (std::size_t i = 0; i < 5; ++i) {
    const auto& s = json["segments"][i];
    CHECK(s["level"] == levels[i]);
    CHECK(
        has_all(s, {"level", "lordosis_deg", "compression_n", "shear_n", "pressure_mpa", "facet_share",
                    "posterior_stress_index", "external_moment_nm", "passive_moment_nm", "muscle_force_n"}));
  }
  REQUIRE(json["muscles"].size() >= 4);
  for (const auto& m : json["muscles"])
    CHECK(has_all(m, {"group", "strength", "force_n", "hip_moment_nm", "length_change_mm", "capacity_n",
                      "mvc_pct", "reserve_pct"}));
  REQUIRE(json["trunk_muscles"].size() == 7);
  for (const auto& t : json["trunk_muscles"])
    CHECK(has_all(t, {"muscle", "force_n", "force_by_level_n", "capacity_n", "mvc_pct", "reserve_pct"}));
  REQUIRE(json["signs"].size() == 5);
  for (const auto& s : json["signs"])
    CHECK(has_all(s, {"id", "present", "value", "normal_min", "normal_max", "source"}));
  CHECK(json["warnings"].is_array());
}

TEST_CASE("report --json of the balanced state shows the reference values") {
  auto result = run_report("--json");
  REQUIRE(result.exit_code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["inputs"]["mode"] == "article");
  CHECK(json["inputs"]["activity"] == "stand");
  CHECK(json["pelvis"]["pelvic_tilt_deg"].get<double>() == Approx(12.0).margin(0.5));
  CHECK(json["pelvis"]["pelvic_tilt_deg"].get<double>() + json["pelvis"]["sacral_slope_deg"].get<double>() ==
        json["pelvis"]["pelvic_incidence_deg"].get<double>());
  CHECK(json["hq_ratio"].get<double>() == Approx(0.6));
  // The article's hip tone includes the psoas: a little above Wilke's 0.50 MPa (70 kg) scaled to 75 kg.
  CHECK(json["segments"][3]["pressure_mpa"].get<double>() > 0.50 * 75 / 70);
  CHECK(json["segments"][3]["pressure_mpa"].get<double>() < 1.15 * 0.50 * 75 / 70);
  auto evidence = nlohmann::json::parse(run_report("--mode evidence --body-mass 70 --json").out);
  CHECK(evidence["segments"][3]["pressure_mpa"].get<double>() == Approx(0.50).margin(0.01));
}

TEST_CASE("report passes the state options to the model: the severe preset tilts the pelvis forward") {
  auto balanced = nlohmann::json::parse(run_report("--json").out);
  auto severe = run_report("--preset severe-imbalance --json");
  REQUIRE(severe.exit_code == 0);
  const auto json = nlohmann::json::parse(severe.out);
  const double change = json["pelvis"]["tilt_asis_psis_deg"].get<double>() -
                        balanced["pelvis"]["tilt_asis_psis_deg"].get<double>();
  CHECK(change >= 6.0);
  CHECK(change <= 12.0);
  auto evidence = nlohmann::json::parse(run_report("--preset severe-imbalance --mode evidence --json").out);
  CHECK(evidence["inputs"]["mode"] == "evidence");
  CHECK(evidence["pelvis"]["tilt_asis_psis_deg"].get<double>() <
        json["pelvis"]["tilt_asis_psis_deg"].get<double>());
  auto lifting =
      nlohmann::json::parse(run_report("--activity lift-rounded --load-kg 20 --body-mass 70 --json").out);
  // A prediction (docs/validation.md): several times the standing pressure.
  CHECK(lifting["segments"][3]["pressure_mpa"].get<double>() >
        4.0 * balanced["segments"][3]["pressure_mpa"].get<double>());
}

TEST_CASE("report without --json prints a readable table naming the calibration") {
  auto result = run_report("--activity sit-slouched --mode evidence");
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("evidence calibration") != std::string::npos);
  CHECK(result.out.find("sit-slouched") != std::string::npos);
  CHECK(result.out.find("L4-L5") != std::string::npos);
  CHECK(result.out.find("MPa") != std::string::npos);
}

TEST_CASE("an undefined H:Q ratio is written as null with a warning") {
  auto result = run_report("--quadriceps 0 --json");
  REQUIRE(result.exit_code == 0);
  const auto json = nlohmann::json::parse(result.out);
  CHECK(json["hq_ratio"].is_null());
  CHECK_FALSE(json["warnings"].empty());
}

TEST_CASE("report rejects bad inputs with exit code 2 and a message naming the input") {
  for (const char* bad : {"--hamstrings nan", "--hamstrings 101", "--pelvic-incidence -5", "--body-mass inf",
                          "--activity dance", "--mode magic", "--load-kg", "--frobnicate"}) {
    auto result = run_report(bad);
    INFO(bad << " -> " << result.all);
    CHECK(result.exit_code == 2);
    CHECK(result.all.find("error") != std::string::npos);
    CHECK(result.out.empty());
  }
  auto named = run_report("--hip-flexor-tightness 120");
  CHECK(named.all.find("--hip-flexor-tightness") != std::string::npos);
}
