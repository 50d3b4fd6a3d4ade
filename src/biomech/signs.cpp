#include "biomech/signs.h"

namespace biomech {

std::string_view sign_name(SignId id) {
  switch (id) {
    case SignId::anterior_tilt:
      return "anterior_tilt";
    case SignId::exaggerated_arch:
      return "exaggerated_arch";
    case SignId::posterior_disc_overload:
      return "posterior_disc_overload";
    case SignId::hamstring_strain_risk:
      return "hamstring_strain_risk";
    case SignId::hq_imbalance:
      return "hq_imbalance";
  }
  return "unknown";
}

std::string_view support_name(Support support) {
  switch (support) {
    case Support::article:
      return "article";
    case Support::evidence:
      return "evidence";
    case Support::partly:
      return "partly";
  }
  return "unknown";
}

Sign make_sign(SignId id, const SignInputs& in) {
  Sign s;
  s.id = id;
  switch (id) {
    case SignId::anterior_tilt:
      // Band: Preece 2008 bone-shape ASIS–PSIS angle, mean 13° ± 1 SD (5°). Design choice of ±1 SD;
      // 75–85 % of healthy adults tilt anteriorly (Herrington 2011), and muscle balance explains
      // little of it between people (section 4.2): the article's sign.
      s.value = in.tilt_asis_psis_deg;
      s.normal_min = 8.0;
      s.normal_max = 18.0;
      s.unit = "deg";
      s.source = "Preece 2008 (13 ± 5 deg); Herrington 2011";
      s.support = Support::article;
      break;
    case SignId::exaggerated_arch:
      // Lordosis more than 10° above the PI prediction (Le Huec table; mirror of the Schwab PI−LL
      // rule, Terran 2013). Tilt and arch do move together within a person (Levine & Whittle 1996).
      s.value = in.lordosis_excess_deg;
      s.normal_min = -10.0;
      s.normal_max = 10.0;
      s.unit = "deg";
      s.source = "Le Huec LL(PI) table; Schwab/Terran 2013 (10 deg); Levine & Whittle 1996";
      s.support = Support::partly;
      break;
    case SignId::posterior_disc_overload:
      // Posterior-annulus stress index, 1 = standing balanced; more than 25 % above is flagged
      // (design threshold). Lordosis does load the facets and the posterior annulus (Adams & Hutton
      // 1985); that this causes wear is the article's step.
      s.value = in.posterior_stress_index;
      s.normal_min = 0.0;
      s.normal_max = 1.25;
      s.unit = "index";
      s.source = "Adams & Hutton 1980/1985; threshold: design";
      s.support = Support::partly;
      break;
    case SignId::hamstring_strain_risk:
      // Quadriceps against the available hamstrings, 1 = balanced; flagged beyond 0.6 / 0.47 = 1.28,
      // the Ardern 2015 H:Q threshold relative to the 0.6 norm. H:Q is no independent injury risk
      // factor (Kellis 2022): the article's claim.
      s.value = in.strain_risk;
      s.normal_min = 0.0;
      s.normal_max = 0.6 / 0.47;
      s.unit = "ratio";
      s.source = "Ardern 2015 (H:Q < 0.47); Kellis 2022 review: not predictive";
      s.support = Support::article;
      break;
    case SignId::hq_imbalance:
      // Conventional H:Q at 60 °/s: imbalance below 0.47 (Ardern 2015); normal ≈ 0.6 (Coombs 2002).
      // Upper bound 1.0 (design: hamstrings as strong as the quadriceps).
      s.value = in.hq_ratio;
      s.normal_min = 0.47;
      s.normal_max = 1.0;
      s.unit = "ratio";
      s.source = "Coombs & Garbutt 2002 (0.6); Ardern 2015 (0.47)";
      s.support = Support::evidence;
      break;
  }
  // Each sign names one direction: more tilt, a deeper arch, more posterior load, more strain risk,
  // a lower H:Q. A pelvis tilted backwards is outside the band but is not "tilted forward".
  s.present = id == SignId::hq_imbalance ? s.value < s.normal_min : s.value > s.normal_max;
  return s;
}

}  // namespace biomech
