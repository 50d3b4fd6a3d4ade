#include "biomech/signs.h"

namespace biomech {

std::string_view sign_name(SignId id) { return sign_spec(id).name; }

std::string_view support_name(Support support) { return name_in(kSupportNames, support); }

Sign make_sign(const SignSpec& spec, const SignInputs& in) {
  Sign s;
  s.id = spec.id;
  s.value = in.*spec.value;
  s.normal_min = spec.normal_min;
  s.normal_max = spec.normal_max;
  s.unit = spec.unit;
  s.source = spec.source;
  s.support = spec.support;
  switch (spec.direction) {
    case SignDirection::above:
      s.present = s.value > s.normal_max;
      break;
    case SignDirection::below:
      s.present = s.value < s.normal_min;
      break;
  }
  return s;
}

Sign make_sign(SignId id, const SignInputs& in) { return make_sign(sign_spec(id), in); }

}  // namespace biomech
