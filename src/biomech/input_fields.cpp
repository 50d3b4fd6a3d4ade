#include "biomech/input_fields.h"

#include <cmath>
#include <cstdio>

namespace biomech {

std::string_view input_group_name(InputGroup group) { return name_in(kInputGroupNames, group); }

const InputField* find_input_by_key(std::string_view key) {
  for (const auto& field : kInputFields)
    if (field.key == key) return &field;
  return nullptr;
}

const InputField* find_input_by_flag(std::string_view cli_flag) {
  for (const auto& field : kInputFields)
    if (field.cli_flag == cli_flag) return &field;
  return nullptr;
}

const InputField* find_input_by_member(double Inputs::*member) {
  for (const auto& field : kInputFields)
    if (field.member == member) return &field;
  return nullptr;
}

core::Status check_input(const InputField& field, double value) {
  const auto name = static_cast<int>(field.cli_flag.size());
  char buffer[200];
  if (!std::isfinite(value)) {
    std::snprintf(buffer, sizeof buffer, "%.*s must be a finite number (allowed %g..%g %.*s)", name,
                  field.cli_flag.data(), field.min, field.max, static_cast<int>(field.unit.size()),
                  field.unit.data());
    return core::make_error(buffer);
  }
  if (value < field.min || value > field.max) {
    std::snprintf(buffer, sizeof buffer, "%.*s = %g is out of range %g..%g %.*s", name, field.cli_flag.data(),
                  value, field.min, field.max, static_cast<int>(field.unit.size()), field.unit.data());
    return core::make_error(buffer);
  }
  return core::Status::success();
}

Inputs balanced_inputs() {
  Inputs in;
  for (const auto& field : kInputFields) in.*field.member = field.balanced;
  in.activity = Activity::stand;
  in.calibration = Calibration::article;
  return in;
}

Inputs with_balanced_muscles(const Inputs& inputs) {
  Inputs out = inputs;
  for (const auto& field : kInputFields)
    if (field.group == InputGroup::muscle) out.*field.member = field.balanced;
  return out;
}

core::Status validate(const Inputs& in) {
  for (const auto& field : kInputFields)
    if (auto status = check_input(field, in.*field.member); !status) return status;
  return core::Status::success();
}

namespace {
constexpr InputRange range_of(const InputField& f) { return {f.cli_flag, f.min, f.max, f.unit}; }
}  // namespace

InputRange hamstrings_range() { return range_of(input_field(&Inputs::hamstrings_pct)); }
InputRange quadriceps_range() { return range_of(input_field(&Inputs::quadriceps_pct)); }
InputRange hip_flexor_tightness_range() { return range_of(input_field(&Inputs::hip_flexor_tightness_pct)); }
InputRange glutes_range() { return range_of(input_field(&Inputs::glutes_pct)); }
InputRange abdominals_range() { return range_of(input_field(&Inputs::abdominals_pct)); }
InputRange load_range() { return range_of(input_field(&Inputs::load_kg)); }
InputRange body_mass_range() { return range_of(input_field(&Inputs::body_mass_kg)); }
InputRange height_range() { return range_of(input_field(&Inputs::height_m)); }
InputRange pelvic_incidence_range() { return range_of(input_field(&Inputs::pelvic_incidence_deg)); }

}  // namespace biomech
