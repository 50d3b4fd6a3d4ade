#include "ui/callout_texts.h"

#include <cmath>

namespace ui {

const std::vector<std::string>& callout_anchor_ids() {
  static const std::vector<std::string> ids = {
      "bone.pelvis",
      "disc.L3-L4",
      "disc.L5-S1",
      // The muscles' callouts hang where each pulls on the pelvis, which the teaching view shows:
      // the hamstrings on the ischial tuberosity, rectus femoris below the ASIS.
      "landmark.ischial_tuberosity.r",
      "landmark.rectus_femoris.origin.r",
      "muscle.psoas_major.r",
  };
  return ids;
}

std::vector<CalloutText> callout_texts(const Texts& T, const UiSnapshot& snapshot) {
  std::vector<CalloutText> texts;
  if (!snapshot.outputs || !snapshot.reference_outputs) return texts;
  const auto& out = *snapshot.outputs;
  const auto& ref = *snapshot.reference_outputs;
  const auto& ids = callout_anchor_ids();

  const double tilt_change = out.pelvis.tilt_asis_psis_deg - ref.pelvis.tilt_asis_psis_deg;
  texts.push_back(
      {ids[0], T.library().format_change(T.language(), "live.pelvis.tilt_change", tilt_change, 0.25,
                                         content::Values().set("tilt_delta_deg", std::abs(tilt_change)))});
  const double arch_change = out.lumbar_lordosis_deg - ref.lumbar_lordosis_deg;
  texts.push_back({ids[1], T.library().format_change(
                               T.language(), "live.lordosis.change", arch_change, 0.25,
                               content::Values().set("lordosis_delta_deg", std::abs(arch_change)))});
  const auto& l5 = out.segment(biomech::Level::l5_s1);
  const auto& l5_ref = ref.segment(biomech::Level::l5_s1);
  if (l5_ref.posterior_stress_index > 0.0) {
    const double change_pct = 100.0 * (l5.posterior_stress_index / l5_ref.posterior_stress_index - 1.0);
    texts.push_back({ids[2], T.format("live.disc.posterior_change",
                                      content::Values()
                                          .set("disc_level", std::string(T("disc.level.L5-S1")))
                                          .set("posterior_load_change_pct", change_pct))});
  }
  // Each muscle callout is named and measured as its slider is: strength for the hamstrings and
  // the quadriceps (whose rectus femoris is the part that crosses the hip), tightness for the hip
  // flexors.
  struct MuscleCallout {
    biomech::MuscleGroup group;
    const char* name_id;
    std::size_t anchor;
    bool tightness;
  };
  const MuscleCallout muscles[] = {
      {biomech::MuscleGroup::hamstrings, "group.hamstrings", 3, false},
      {biomech::MuscleGroup::rectus_femoris, "group.quadriceps", 4, false},
      {biomech::MuscleGroup::iliopsoas, "group.hip_flexors", 5, true},
  };
  for (const auto& m : muscles) {
    const auto& now = out.muscle(m.group);
    const auto& before = ref.muscle(m.group);
    if (before.force_n <= 0.0) continue;
    // A muscle callout speaks only when that muscle's pull differs from balanced: "0 %" on every
    // muscle would crowd the anatomy and say nothing.
    const double change_pct = 100.0 * (now.force_n / before.force_n - 1.0);
    const bool slider_moved =
        m.tightness ? snapshot.inputs.hip_flexor_tightness_pct != biomech::Inputs{}.hip_flexor_tightness_pct
                    : now.strength_pct != before.strength_pct;
    if (std::abs(change_pct) < 1.0 && !slider_moved) continue;
    content::Values values;
    values.set("muscle", std::string(T(m.name_id))).set("force_change_pct", change_pct);
    if (m.tightness)
      values.set("hip_flexor_tightness_pct", snapshot.inputs.hip_flexor_tightness_pct);
    else
      values.set("strength_pct", now.strength_pct);
    texts.push_back(
        {ids[m.anchor], T.format(m.tightness ? "live.muscle.tightness_pull" : "live.muscle.pull", values)});
  }
  return texts;
}

}  // namespace ui
