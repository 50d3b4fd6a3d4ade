#pragma once
// The article's signs, each with its value, a normal range and the source of that range, and whether
// the claim is the article's alone or supported by the evidence.
#include <string_view>

namespace biomech {

enum class SignId {
  anterior_tilt,
  exaggerated_arch,
  posterior_disc_overload,
  hamstring_strain_risk,
  hq_imbalance
};
std::string_view sign_name(SignId id);  // "anterior_tilt" ...

enum class Support { article, evidence, partly };
std::string_view support_name(Support support);

struct Sign {
  SignId id = SignId::anterior_tilt;
  bool present = false;
  double value = 0.0;
  double normal_min = 0.0;
  double normal_max = 0.0;
  std::string_view unit;
  std::string_view source;
  Support support = Support::article;
  bool operator==(const Sign&) const = default;
};

struct SignInputs {
  double tilt_asis_psis_deg;
  double lordosis_excess_deg;     // lordosis − lordosis predicted by PI
  double posterior_stress_index;  // the larger of L4–L5 and L5–S1
  double strain_risk;             // quadriceps ÷ available hamstrings, 1 = balanced
  double hq_ratio;                // conventional, 60 °/s
};
Sign make_sign(SignId id, const SignInputs& in);

}  // namespace biomech
