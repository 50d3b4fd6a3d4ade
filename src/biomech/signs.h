#pragma once
// The article's signs, each with its value, a normal band and the source of that band, and whether
// the claim is the article's alone or supported by the evidence. One row per sign in kSigns; the UI
// reads the bands from there (or from each Sign), never retyping them.
#include <cstddef>
#include <string_view>

#include "biomech/enum_names.h"

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
inline constexpr EnumName<Support> kSupportNames[] = {
    {Support::article, "article"},
    {Support::evidence, "evidence"},
    {Support::partly, "partly"},
};
std::string_view support_name(Support support);

// Which side of the band the sign names: more tilt, a deeper arch, more posterior load and more
// strain risk lie above it, a low H:Q below. A pelvis tilted backwards is outside the tilt band but
// is not "tilted forward".
enum class SignDirection { above, below };

// What the signs are read from: one state's pelvis, lordosis and disc outputs, and the strengths.
struct SignInputs {
  double tilt_asis_psis_deg;
  double lordosis_excess_deg;     // lordosis − lordosis predicted by PI
  double posterior_stress_index;  // the larger of L4–L5 and L5–S1
  double strain_risk;             // quadriceps ÷ available hamstrings, 1 = balanced
  double hq_ratio;                // conventional, 60 °/s
};

struct SignSpec {
  SignId id;
  std::string_view name;
  double SignInputs::*value;
  double normal_min;
  double normal_max;
  std::string_view unit;
  std::string_view source;
  Support support;
  SignDirection direction;
};

// The bands and their sources:
// - anterior_tilt: Preece 2008 bone-shape ASIS–PSIS angle, mean 13° ± 1 SD (5°); the ±1 SD is a
//   design choice. 75–85 % of healthy adults tilt anteriorly (Herrington 2011) and muscle balance
//   explains little of it between people (docs/reference/biomechanics.md section 4.2): the article's.
// - exaggerated_arch: lordosis more than 10° above the PI prediction (Le Huec table; mirror of the
//   Schwab PI−LL rule, Terran 2013). Tilt and arch move together within a person (Levine & Whittle).
// - posterior_disc_overload: posterior-annulus stress index, 1 = standing balanced; more than 25 %
//   above is flagged (design threshold). Lordosis does load the facets and the posterior annulus
//   (Adams & Hutton 1985); that this causes wear is the article's step.
// - hamstring_strain_risk: quadriceps against the available hamstrings, 1 = balanced; flagged beyond
//   0.6 / 0.47 = 1.28, the Ardern 2015 H:Q threshold relative to the 0.6 norm. H:Q is no independent
//   injury risk factor (Kellis 2022): the article's claim.
// - hq_imbalance: conventional H:Q at 60 °/s. The band starts where Ardern 2015's imbalance
//   criterion ends (H:Q < 0.47), so the gauge and the sign agree on where imbalance begins, and ends
//   at the top of the published 60 °/s norms (0.6, Coombs & Garbutt 2002; 0.61, PLoS One 2012;
//   0.53–0.55 in a college cohort: docs/reference/biomechanics.md section 4.1, whose validation
//   table accepts 0.5–0.65). A ratio above the band is unusual at 60 °/s but is no sign.
inline constexpr SignSpec kSigns[] = {
    {SignId::anterior_tilt, "anterior_tilt", &SignInputs::tilt_asis_psis_deg, 8.0, 18.0, "deg",
     "Preece 2008 (13 ± 5 deg); Herrington 2011", Support::article, SignDirection::above},
    {SignId::exaggerated_arch, "exaggerated_arch", &SignInputs::lordosis_excess_deg, -10.0, 10.0, "deg",
     "Le Huec LL(PI) table; Schwab/Terran 2013 (10 deg); Levine & Whittle 1996", Support::partly,
     SignDirection::above},
    {SignId::posterior_disc_overload, "posterior_disc_overload", &SignInputs::posterior_stress_index, 0.0,
     1.25, "index", "Adams & Hutton 1980/1985; threshold: design", Support::partly, SignDirection::above},
    {SignId::hamstring_strain_risk, "hamstring_strain_risk", &SignInputs::strain_risk, 0.0, 0.6 / 0.47,
     "ratio", "Ardern 2015 (H:Q < 0.47); Kellis 2022 review: not predictive", Support::article,
     SignDirection::above},
    {SignId::hq_imbalance, "hq_imbalance", &SignInputs::hq_ratio, 0.47, 0.65, "ratio",
     "Coombs & Garbutt 2002 (0.6); Ardern 2015 (0.47)", Support::evidence, SignDirection::below},
};
inline constexpr std::size_t kSignCount = std::size(kSigns);

// The row of a sign (rows are in SignId order; a test keeps them so).
constexpr const SignSpec& sign_spec(SignId id) { return kSigns[static_cast<std::size_t>(id)]; }

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

Sign make_sign(const SignSpec& spec, const SignInputs& in);
Sign make_sign(SignId id, const SignInputs& in);

}  // namespace biomech
