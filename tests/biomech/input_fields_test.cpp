// The table of input fields: it covers every field of Inputs exactly once, its names are unique, and
// balanced_inputs(), with_balanced_muscles() and validate() read it.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <set>
#include <string>

#include "biomech/input_fields.h"

using namespace biomech;

namespace {
// Converts to any member type, so `T{Any{}, Any{}, ...}` compiles exactly up to the number of fields
// of the aggregate T: the count of Inputs' members without naming them.
struct Any {
  template <typename T>
  operator T() const;  // NOLINT(google-explicit-constructor): never defined, only used unevaluated
};
template <typename T, typename... A>
constexpr std::size_t field_count() {
  if constexpr (requires { T{A{}..., Any{}}; })
    return field_count<T, A..., Any>();
  else
    return sizeof...(A);
}
// Inputs' fields that are not numeric: activity and calibration, each with its own name table.
constexpr std::size_t kEnumFields = 2;
}  // namespace

TEST_CASE("every numeric field of Inputs has exactly one row in the input table") {
  STATIC_REQUIRE(field_count<Inputs>() == std::size(kInputFields) + kEnumFields);
  // Member pointers have no order, so distinctness is checked pair by pair.
  for (std::size_t i = 0; i < std::size(kInputFields); ++i)
    for (std::size_t j = i + 1; j < std::size(kInputFields); ++j)
      CHECK(kInputFields[i].member != kInputFields[j].member);
  // Each row writes a different field: setting one row's member leaves every other row's value.
  for (const auto& f : kInputFields) {
    Inputs in = balanced_inputs();
    in.*f.member = f.balanced + 1.0;
    for (const auto& other : kInputFields)
      if (other.member != f.member) CHECK(in.*other.member == other.balanced);
  }
}

TEST_CASE("keys, flags and text ids are unique and lookups find each row") {
  std::set<std::string_view> keys, flags, texts;
  for (const auto& f : kInputFields) {
    keys.insert(f.key);
    flags.insert(f.cli_flag);
    texts.insert(f.text_id);
    CHECK(find_input_by_key(f.key) == &f);
    CHECK(find_input_by_flag(f.cli_flag) == &f);
    CHECK(find_input_by_member(f.member) == &f);
    CHECK(f.min < f.max);
    CHECK(f.balanced >= f.min);
    CHECK(f.balanced <= f.max);
    CHECK_FALSE(f.help.empty());
    CHECK(f.cli_flag.find("--") != 0);
  }
  CHECK(keys.size() == std::size(kInputFields));
  CHECK(flags.size() == std::size(kInputFields));
  CHECK(texts.size() == std::size(kInputFields));
  CHECK(find_input_by_key("hamstring") == nullptr);
  CHECK(find_input_by_flag("--hamstrings") == nullptr);
}

TEST_CASE("the keys and flags are the ones scenario files, reports and tour scripts already use") {
  CHECK(find_input_by_key("hip_flexor_tightness")->member == &Inputs::hip_flexor_tightness_pct);
  CHECK(find_input_by_key("pelvic_incidence_deg")->member == &Inputs::pelvic_incidence_deg);
  CHECK(find_input_by_flag("hip-flexor-tightness")->member == &Inputs::hip_flexor_tightness_pct);
  CHECK(find_input_by_flag("body-mass")->member == &Inputs::body_mass_kg);
  CHECK(find_input_by_flag("load-kg")->text_id == "slider.load");
}

TEST_CASE("balanced_inputs holds the table's balanced values and equals the defaults of Inputs") {
  const Inputs balanced = balanced_inputs();
  for (const auto& f : kInputFields) CHECK(balanced.*f.member == f.balanced);
  CHECK(balanced.activity == Activity::stand);
  CHECK(balanced.calibration == Calibration::article);
  CHECK(balanced == Inputs{});
  CHECK(balanced.hip_flexor_tightness_pct == 20.0);
  CHECK(balanced.pelvic_incidence_deg == 52.0);
}

TEST_CASE("with_balanced_muscles keeps the person, the activity and the calibration") {
  Inputs in;
  for (const auto& f : kInputFields) in.*f.member = f.min;
  in.activity = Activity::sit_slouched;
  in.calibration = Calibration::evidence;
  const Inputs out = with_balanced_muscles(in);
  for (const auto& f : kInputFields) {
    INFO(f.key);
    CHECK(out.*f.member == (f.group == InputGroup::muscle ? f.balanced : f.min));
  }
  CHECK(out.activity == Activity::sit_slouched);
  CHECK(out.calibration == Calibration::evidence);
}

TEST_CASE("validate names the flag and the allowed range of the field that is wrong") {
  for (const auto& f : kInputFields) {
    for (double bad : {f.min - 1.0, f.max + 1.0, std::nan(""), HUGE_VAL}) {
      Inputs in;
      in.*f.member = bad;
      const auto status = validate(in);
      REQUIRE_FALSE(status.ok());
      const std::string& message = status.error().message;
      INFO(message);
      CHECK(message.find(std::string(f.cli_flag)) == 0);
      char range[64];
      std::snprintf(range, sizeof range, "%g..%g", f.min, f.max);
      CHECK(message.find(range) != std::string::npos);
    }
    Inputs edge;
    edge.*f.member = f.min;
    CHECK(validate(edge).ok());
    edge.*f.member = f.max;
    CHECK(validate(edge).ok());
  }
}

TEST_CASE("activity and calibration names come from one table each and round-trip") {
  CHECK(std::size(kActivityNames) == kAllActivities.size());
  for (auto activity : kAllActivities) {
    CHECK(activity_name(activity) != "unknown");
    CHECK(activity_from_name(activity_name(activity)) == activity);
  }
  CHECK(std::size(kCalibrationNames) == kAllCalibrations.size());
  for (auto c : kAllCalibrations) CHECK(calibration_from_name(calibration_name(c)) == c);
  CHECK_FALSE(activity_from_name("sit").has_value());
  CHECK_FALSE(calibration_from_name("Article").has_value());
  CHECK(input_group_name(InputGroup::body) == "body");
}
