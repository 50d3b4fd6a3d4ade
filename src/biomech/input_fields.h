#pragma once
// One row per numeric field of biomech::Inputs. Every layer that names an input reads this table: the
// command-line parser and its --help, validation, scenario files, `report --json`, the sliders, the
// tour's slider names and the glide between states. Adding an input means adding one row here (and
// the member in Inputs, and its label in content/).
#include <span>
#include <string_view>

#include "biomech/inputs.h"

namespace biomech {

// Where the UI places an input.
enum class InputGroup { muscle, load, body };
inline constexpr EnumName<InputGroup> kInputGroupNames[] = {
    {InputGroup::muscle, "muscle"},
    {InputGroup::load, "load"},
    {InputGroup::body, "body"},
};
std::string_view input_group_name(InputGroup group);

struct InputField {
  double Inputs::*member;
  std::string_view key;       // JSON key of scenario files and `report --json`
  std::string_view cli_flag;  // command-line option without the leading dashes; tour scripts use it too
  std::string_view text_id;   // content id of the label; its help text is text_id + ".help" where present
  std::string_view unit;      // as printed after a value
  double min;
  double max;
  double balanced;  // the value of balanced_inputs()
  InputGroup group;
  bool glides;            // eased over time when a preset, undo or the tour sets it (otherwise it jumps)
  int decimals;           // digits after the point when the value is shown
  std::string_view help;  // one short English line for --help
};

// Ranges: strengths are percentages of normal; tightness (hip flexors, hamstrings, rectus femoris)
// 20 = normal: strength and length are separate inputs, as the article mixes "tight" and "weak"; body size
// spans adults; PI spans the published adult range 33–85° (Vaz 2002) with a margin. Balanced values: full
// strength, the normal tightness, Wilke's 20 kg lift, a 75 kg 1.75 m adult and the mean PI of 52°
// (docs/reference/biomechanics.md section 1.2).
inline constexpr InputField kInputFields[] = {
    {&Inputs::hamstrings_pct, "hamstrings", "hamstrings", "slider.hamstrings", "%", 0, 100, 100,
     InputGroup::muscle, true, 0, "hamstring strength, % of normal"},
    {&Inputs::quadriceps_pct, "quadriceps", "quadriceps", "slider.quadriceps", "%", 0, 100, 100,
     InputGroup::muscle, true, 0, "quadriceps strength, % of normal"},
    {&Inputs::hip_flexor_tightness_pct, "hip_flexor_tightness", "hip-flexor-tightness",
     "slider.hip_flexor_tightness", "%", 0, 100, 20, InputGroup::muscle, true, 0,
     "hip-flexor tightness, % (20 = normal)"},
    {&Inputs::hamstring_tightness_pct, "hamstring_tightness", "hamstring-tightness",
     "slider.hamstring_tightness", "%", 0, 100, 20, InputGroup::muscle, true, 0,
     "hamstring tightness (shortness), % (20 = normal)"},
    {&Inputs::quadriceps_tightness_pct, "quadriceps_tightness", "quadriceps-tightness",
     "slider.quadriceps_tightness", "%", 0, 100, 20, InputGroup::muscle, true, 0,
     "rectus femoris tightness (shortness), % (20 = normal)"},
    {&Inputs::glutes_pct, "glutes", "glutes", "slider.glutes", "%", 0, 100, 100, InputGroup::muscle, true, 0,
     "gluteus maximus strength, % of normal"},
    {&Inputs::abdominals_pct, "abdominals", "abdominals", "slider.abdominals", "%", 0, 100, 100,
     InputGroup::muscle, true, 0, "abdominal strength, % of normal"},
    {&Inputs::load_kg, "load_kg", "load-kg", "slider.load", "kg", 0, 50, 20, InputGroup::load, true, 0,
     "held load for the lifting activities, kg"},
    {&Inputs::body_mass_kg, "body_mass_kg", "body-mass", "slider.body_mass", "kg", 35, 200, 75,
     InputGroup::body, true, 0, "body mass, kg"},
    {&Inputs::height_m, "height_m", "height", "slider.height", "m", 1.40, 2.20, 1.75, InputGroup::body, true,
     2, "body height, m"},
    {&Inputs::pelvic_incidence_deg, "pelvic_incidence_deg", "pelvic-incidence", "slider.pelvic_incidence",
     "°", 25, 90, 52, InputGroup::body, true, 0, "pelvic incidence, degrees (bone shape)"},
};

// Lookups; nullptr when no row matches.
const InputField* find_input_by_key(std::string_view key);
const InputField* find_input_by_flag(std::string_view cli_flag);  // without dashes
const InputField* find_input_by_member(double Inputs::*member);

// The row of a member, found at compile time: a member without a row does not compile.
consteval const InputField& input_field(double Inputs::*member) {
  for (const auto& field : kInputFields)
    if (field.member == member) return field;
  throw "every numeric member of Inputs needs a row in kInputFields";
}

// Rejects a non-finite or out-of-range value with a message naming the flag and the range; never
// clamps.
core::Status check_input(const InputField& field, double value);

}  // namespace biomech
