#include "ui/callout_texts.h"

#include <cmath>
#include <optional>
#include <string_view>

namespace ui {
namespace {

// Where each kind of callout hangs.
constexpr const char* kPelvis = "bone.pelvis";
constexpr const char* kArch = "disc.L3-L4";
constexpr const char* kLowestDisc = "disc.L5-S1";
constexpr const char* kLowestVertebra = "bone.L5";
// The muscles' callouts hang where each pulls on the pelvis, which the teaching view shows: the
// hamstrings on the ischial tuberosity, rectus femoris below the ASIS.
constexpr const char* kHamstrings = "landmark.ischial_tuberosity.r";
constexpr const char* kRectusFemoris = "landmark.rectus_femoris.origin.r";
constexpr const char* kHipFlexors = "muscle.psoas_major.r";

struct Context {
  const Texts& T;
  const UiSnapshot& snapshot;
  const biomech::Outputs& out;
  const biomech::Outputs& ref;
};

double tilt_change(const Context& c) {
  return c.out.pelvis.tilt_asis_psis_deg - c.ref.pelvis.tilt_asis_psis_deg;
}

std::optional<CalloutText> pelvis_tilt(const Context& c) {
  return CalloutText{kPelvis, c.T.format("live.pelvis.tilt",
                                         content::Values().set("tilt_deg", c.out.pelvis.tilt_asis_psis_deg))};
}

std::optional<CalloutText> pelvis_tilt_change(const Context& c) {
  const double change = tilt_change(c);
  return CalloutText{kPelvis,
                     c.T.library().format_change(c.T.language(), "live.pelvis.tilt_change", change, 0.25,
                                                 content::Values().set("tilt_delta_deg", std::abs(change)))};
}

std::optional<CalloutText> evidence_sweep(const Context& c) {
  return CalloutText{kPelvis, c.T.format("live.calibration.evidence_sweep",
                                         content::Values().set("tilt_delta_deg", std::abs(tilt_change(c))))};
}

std::optional<CalloutText> lordosis_value(const Context& c) {
  return CalloutText{kArch, c.T.format("live.lordosis.value",
                                       content::Values().set("lordosis_deg", c.out.lumbar_lordosis_deg))};
}

std::optional<CalloutText> lordosis_change(const Context& c) {
  const double change = c.out.lumbar_lordosis_deg - c.ref.lumbar_lordosis_deg;
  return CalloutText{
      kArch, c.T.library().format_change(c.T.language(), "live.lordosis.change", change, 0.25,
                                         content::Values().set("lordosis_delta_deg", std::abs(change)))};
}

std::optional<CalloutText> disc_posterior_change(const Context& c) {
  const auto& now = c.out.segment(biomech::Level::l5_s1);
  const auto& before = c.ref.segment(biomech::Level::l5_s1);
  if (before.posterior_stress_index <= 0.0) return std::nullopt;
  const double change_pct = 100.0 * (now.posterior_stress_index / before.posterior_stress_index - 1.0);
  return CalloutText{kLowestDisc, c.T.format("live.disc.posterior_change",
                                             content::Values()
                                                 .set("disc_level", std::string(c.T("disc.level.L5-S1")))
                                                 .set("posterior_load_change_pct", change_pct))};
}

std::optional<CalloutText> facet_share(const Context& c) {
  const auto& now = c.out.segment(biomech::Level::l5_s1);
  return CalloutText{kLowestVertebra, c.T.format("live.disc.facet_share",
                                                 content::Values()
                                                     .set("disc_level", std::string(c.T("disc.level.L5-S1")))
                                                     .set("facet_share_pct", 100.0 * now.facet_share))};
}

std::optional<CalloutText> hq_ratio(const Context& c) {
  if (!c.out.hq_ratio) return std::nullopt;
  return CalloutText{kHamstrings,
                     c.T.format("live.hq.ratio", content::Values().set("hq_ratio", *c.out.hq_ratio))};
}

std::optional<CalloutText> fatigue_level(const Context& c) {
  const biomech::FatigueSample* sample = c.snapshot.fatigue.sample();
  if (!sample) return std::nullopt;
  return CalloutText{kHamstrings, c.T.format("live.fatigue.level",
                                             content::Values()
                                                 .set("fatigue_pct", 100.0 * sample->hamstrings.fatigued)
                                                 .set("elapsed_min", sample->time_s / 60.0))};
}

// The pull of a muscle group against the reference, named and measured as its slider is: strength
// for the hamstrings and the quadriceps (whose rectus femoris is the part that crosses the hip),
// tightness for the hip flexors. Silent when neither the pull nor the slider changed: "0 %" on every
// muscle would crowd the anatomy and say nothing.
std::optional<CalloutText> muscle_pull(const Context& c, biomech::MuscleGroup group, const char* name_id,
                                       const char* anchor, bool tightness) {
  const auto& now = c.out.muscle(group);
  const auto& before = c.ref.muscle(group);
  if (before.force_n <= 0.0) return std::nullopt;
  const double change_pct = 100.0 * (now.force_n / before.force_n - 1.0);
  const bool slider_moved =
      tightness ? c.snapshot.inputs.hip_flexor_tightness_pct != biomech::Inputs{}.hip_flexor_tightness_pct
                : now.strength_pct != before.strength_pct;
  if (std::abs(change_pct) < 1.0 && !slider_moved) return std::nullopt;
  content::Values values;
  values.set("muscle", std::string(c.T(name_id))).set("force_change_pct", change_pct);
  if (tightness)
    values.set("hip_flexor_tightness_pct", c.snapshot.inputs.hip_flexor_tightness_pct);
  else
    values.set("strength_pct", now.strength_pct);
  return CalloutText{anchor,
                     c.T.format(tightness ? "live.muscle.tightness_pull" : "live.muscle.pull", values)};
}

// The one table of the live templates a callout can show (a tour step names them in its
// "callouts"), each with what it says and where it hangs.
struct CalloutTemplate {
  std::string_view id;
  std::optional<CalloutText> (*make)(const Context&);
};
constexpr CalloutTemplate kTemplates[] = {
    {"live.pelvis.tilt", pelvis_tilt},
    {"live.pelvis.tilt_change", pelvis_tilt_change},
    {"live.calibration.evidence_sweep", evidence_sweep},
    {"live.lordosis.value", lordosis_value},
    {"live.lordosis.change", lordosis_change},
    {"live.disc.posterior_change", disc_posterior_change},
    {"live.disc.facet_share", facet_share},
    {"live.hq.ratio", hq_ratio},
    {"live.fatigue.level", fatigue_level},
};

void add(std::vector<CalloutText>& texts, std::optional<CalloutText> text) {
  if (text) texts.push_back(std::move(*text));
}

}  // namespace

const std::vector<std::string>& callout_anchor_ids() {
  static const std::vector<std::string> ids = {kPelvis,     kArch,          kLowestDisc, kLowestVertebra,
                                               kHamstrings, kRectusFemoris, kHipFlexors};
  return ids;
}

bool is_callout_template(std::string_view id) {
  for (const auto& t : kTemplates)
    if (t.id == id) return true;
  return false;
}

std::vector<CalloutText> callout_texts(const Texts& T, const UiSnapshot& snapshot) {
  std::vector<CalloutText> texts;
  if (!snapshot.outputs || !snapshot.reference_outputs) return texts;
  const Context c{T, snapshot, *snapshot.outputs, *snapshot.reference_outputs};
  // In the tour, the step's own callouts: what the step talks about, and nothing else.
  if (snapshot.tour.active) {
    const auto steps = T.library().tour(T.language());
    if (snapshot.tour.step >= 0 && snapshot.tour.step < static_cast<int>(steps.size()))
      for (const std::string& id : steps[static_cast<std::size_t>(snapshot.tour.step)].callouts)
        for (const auto& t : kTemplates)
          if (t.id == id) add(texts, t.make(c));
    return texts;
  }
  add(texts, pelvis_tilt_change(c));
  add(texts, lordosis_change(c));
  add(texts, disc_posterior_change(c));
  add(texts, muscle_pull(c, biomech::MuscleGroup::hamstrings, "group.hamstrings", kHamstrings, false));
  add(texts, muscle_pull(c, biomech::MuscleGroup::rectus_femoris, "group.quadriceps", kRectusFemoris, false));
  add(texts, muscle_pull(c, biomech::MuscleGroup::iliopsoas, "group.hip_flexors", kHipFlexors, true));
  return texts;
}

}  // namespace ui
