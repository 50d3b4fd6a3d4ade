// The validation table at the end of docs/reference/biomechanics.md (section 7), case by case: "#N" in a
// test name is the case number in that table.
#include <catch2/catch.hpp>

#include "biomech/activity.h"
#include "biomech/disc_loads.h"
#include "biomech/model.h"
#include "biomech/solved.h"

using namespace biomech;

namespace {
Inputs with_pi(double pi) {
  Inputs in;
  in.pelvic_incidence_deg = pi;
  return in;
}
}  // namespace

TEST_CASE("#1 pelvic tilt plus sacral slope equals pelvic incidence exactly, for any PI and rotation") {
  for (double pi : {25.0, 33.3, 40.0, 51.7, 52.0, 64.123456789, 85.0, 90.0})
    for (double h : {0.0, 17.3, 50.0, 100.0})
      for (auto activity : kAllActivities)
        for (auto mode : {Calibration::article, Calibration::evidence}) {
          Inputs in = with_pi(pi);
          in.hamstrings_pct = h;
          in.hip_flexor_tightness_pct = 100 - h;
          in.activity = activity;
          in.calibration = mode;
          const auto out = solved(in);
          CHECK(out.pelvis.pelvic_tilt_deg + out.pelvis.sacral_slope_deg == out.pelvis.pelvic_incidence_deg);
          CHECK(out.pelvis.pelvic_incidence_deg == Approx(pi).margin(1e-9));
        }
}

TEST_CASE("#2 the default adult (PI 52) stands with PT 12, SS 40 and lordosis about 61") {
  const auto out = solved(Inputs{});
  CHECK(out.pelvis.pelvic_tilt_deg == Approx(12.0).margin(0.5));
  CHECK(out.pelvis.sacral_slope_deg == Approx(40.0).margin(0.5));
  CHECK(out.lumbar_lordosis_deg == Approx(61.0).margin(1.0));
  CHECK(out.pelvis.pelvic_tilt_deg >= 0.0);
  CHECK(out.pelvis.pelvic_tilt_deg <= 27.0);
  CHECK(out.pelvis.sacral_slope_deg >= 24.0);
  CHECK(out.pelvis.sacral_slope_deg <= 55.0);
  CHECK(out.pelvis.tilt_asis_psis_deg == Approx(13.0));  // Preece 2008 bone-shape mean
}

TEST_CASE("#3 PI 40 and 64 give Le Huec's PT 8 / 16 and lordosis 53 / 70") {
  const auto low = solved(with_pi(40));
  const auto high = solved(with_pi(64));
  CHECK(low.pelvis.pelvic_tilt_deg == Approx(8.0).margin(1.0));
  CHECK(high.pelvis.pelvic_tilt_deg == Approx(16.0).margin(1.0));
  CHECK(low.lumbar_lordosis_deg == Approx(53.0).margin(10.0));
  CHECK(high.lumbar_lordosis_deg == Approx(70.0).margin(10.0));
}

TEST_CASE("#6 at PI 50 lordosis lies mostly at L4-S1: 68 %, L5-S1 43 %, L1-L2 under 5 %") {
  const auto out = solved(with_pi(50));
  const double total = out.lumbar_lordosis_deg;
  const double l4s1 = out.segment(Level::l4_l5).lordosis_deg + out.segment(Level::l5_s1).lordosis_deg;
  CHECK(l4s1 / total == Approx(0.68).margin(0.10));
  CHECK(out.segment(Level::l5_s1).lordosis_deg / total == Approx(0.43).margin(0.05));
  CHECK(out.segment(Level::l1_l2).lordosis_deg / total <= 0.05);
  double sum = 0.0;
  for (const auto& s : out.segments) sum += s.lordosis_deg;
  CHECK(sum == Approx(total));
}

TEST_CASE("#8 relaxed standing at 70 kg loads L4-L5 at 0.50 MPa with 0.5-1.0 kN compression") {
  Inputs in;
  in.body_mass_kg = 70;
  in.calibration = Calibration::evidence;  // the measured-level tone the constants are fitted with
  const auto out = solved(in);
  CHECK(out.segment(Level::l4_l5).pressure_mpa == Approx(0.50).margin(0.01));
  CHECK(out.segment(Level::l4_l5).compression_n >= 500.0);
  CHECK(out.segment(Level::l4_l5).compression_n <= 1000.0);
}

TEST_CASE("#9 #10 lying supine gives 0.10 MPa and standing flexed forward 1.1 MPa (2.2x standing)") {
  Inputs in;
  in.body_mass_kg = 70;
  in.calibration = Calibration::evidence;
  const double standing = solved(in).segment(Level::l4_l5).pressure_mpa;
  in.activity = Activity::lie_supine;
  CHECK(solved(in).segment(Level::l4_l5).pressure_mpa == Approx(0.10).margin(0.01));
  in.activity = Activity::stand_flexed;
  const double flexed = solved(in).segment(Level::l4_l5).pressure_mpa;
  CHECK(flexed == Approx(1.10).margin(0.02));
  CHECK(flexed / standing == Approx(2.2).margin(0.1));
}

TEST_CASE("the article's postural tone compresses the standing discs a little more than measured") {
  // The same body constants; the article's 10 % hip tone includes the psoas, which crosses L1-S1.
  Inputs in;
  in.body_mass_kg = 70;
  const double article = solved(in).segment(Level::l4_l5).pressure_mpa;
  in.calibration = Calibration::evidence;
  const double evidence = solved(in).segment(Level::l4_l5).pressure_mpa;
  CHECK(article > evidence);
  CHECK(article < 1.15 * evidence);
}

TEST_CASE("#13 the facets carry about 16 % standing erect and about 0 % sitting (slight flexion)") {
  CHECK(solved(Inputs{}).segment(Level::l4_l5).facet_share == Approx(0.16).margin(0.01));
  Inputs sitting;
  sitting.activity = Activity::sit_relaxed;
  CHECK(solved(sitting).segment(Level::l4_l5).facet_share == Approx(0.0).margin(0.02));
}

TEST_CASE("#17 in the evidence calibration the full hamstring sweep moves standing tilt by at most 2 deg") {
  Inputs weak;
  weak.calibration = Calibration::evidence;
  weak.hamstrings_pct = 0;
  Inputs strong = weak;
  strong.hamstrings_pct = 100;
  const double change = solved(weak).pelvis.pelvic_tilt_deg - solved(strong).pelvis.pelvic_tilt_deg;
  CHECK(std::abs(change) <= 2.0);
  CHECK(std::abs(change) > 0.0);
}

TEST_CASE("#19 the default H:Q ratio is the 0.6 norm and halves with half-strength hamstrings") {
  CHECK(*solved(Inputs{}).hq_ratio == Approx(0.6));
  Inputs in;
  in.hamstrings_pct = 50;
  CHECK(*solved(in).hq_ratio == Approx(0.3));
  CHECK(solved(in).sign(SignId::hq_imbalance).present);
  CHECK_FALSE(solved(Inputs{}).sign(SignId::hq_imbalance).present);
}

TEST_CASE("#21 the body above L4-L5 weighs 0.5-0.55 of body mass (de Leva segments)") {
  CHECK(mass_fraction_above(Level::l4_l5) >= 0.50);
  CHECK(mass_fraction_above(Level::l4_l5) <= 0.55);
  for (std::size_t i = 1; i < kAllLevels.size(); ++i)
    CHECK(mass_fraction_above(kAllLevels[i]) > mass_fraction_above(kAllLevels[i - 1]));
}

TEST_CASE("the calibrated constants stay physically plausible") {
  for (auto mode : kAllCalibrations) {
    INFO(calibration_name(mode));
    const auto& c = disc_calibration(mode);
    // gait2392's torso COM lies 0.32 m above its lumbar joint (near L5-S1), five segments below
    // the thoracolumbar junction from which com_height_m is measured.
    const double above_lumbar_joint = 5 * kLumbarSegment_m + c.com_height_m;
    CHECK(c.com_height_m > 0.0);
    CHECK(above_lumbar_joint > 0.10);
    CHECK(above_lumbar_joint < 0.40);
    // Resting forearms hand the seat at least the arms' lower halves (de Leva 0.045 BM) and at most
    // half of everything above L4-L5.
    CHECK(c.seat_carried_fraction > 0.045);
    CHECK(c.seat_carried_fraction < 0.5 * mass_fraction_above(Level::l4_l5));
    CHECK(c.standing_com_offset_m > -0.02);  // about over the disc, standing upright
    CHECK(c.standing_com_offset_m < 0.08);
    CHECK(c.resting_force_per_kg > 0.0);
    CHECK(c.standing_psoas_force_n > 0.0);
  }
}

TEST_CASE("the straight-knee bends follow the measured lumbopelvic rhythm (Esola 1996)") {
  const Posture flexed = posture_of(Activity::stand_flexed);
  CHECK(flexed.trunk_inclination_deg() == Approx(30.0));
  // The first 30 deg of a bend: 1.9 deg of lumbar flexion for each deg of hip flexion.
  CHECK(flexed.lumbar_flexion_deg / flexed.pelvis_rotation_deg == Approx(1.9));
  // Deeper, the hips take over: from 30 to 60 deg the ratio is 0.9.
  const Posture lift = posture_of(Activity::lift_rounded);
  CHECK(lift.trunk_inclination_deg() == Approx(60.0));
  CHECK((lift.lumbar_flexion_deg - flexed.lumbar_flexion_deg) /
            (lift.pelvis_rotation_deg - flexed.pelvis_rotation_deg) ==
        Approx(0.9));
  CHECK(lift.hip_flexion_deg() > 2.0 * flexed.hip_flexion_deg());
}
