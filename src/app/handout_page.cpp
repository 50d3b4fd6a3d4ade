#include "app/handout_page.h"

#include "biomech/level.h"
#include "core/version.h"

namespace app {
namespace {

using content::Values;

class Words {
 public:
  Words(const content::Library& library, content::Language language)
      : library_(library), language_(language) {}
  std::string operator()(std::string_view id) const { return std::string(library_.text(language_, id)); }
  std::string format(std::string_view id, const Values& values) const {
    return library_.format(language_, id, values);
  }
  std::string change(std::string_view base, double change, double same_within, const Values& values) const {
    return library_.format_change(language_, base, change, same_within, values);
  }
  std::string number(double value, int decimals, bool sign = false) const {
    return content::format_number(value, decimals, language_, sign);
  }
  std::string degrees(double value, int decimals = 1) const { return number(value, decimals) + "°"; }
  // "5 to 15°" style ranges come from content, so the words between the numbers are the language's.
  const content::Overlay* overlay(std::string_view id) const { return library_.overlay(language_, id); }
  const content::EvidenceNote* evidence(std::string_view id) const {
    return library_.evidence(language_, id);
  }
  content::Language language() const { return language_; }

 private:
  const content::Library& library_;
  content::Language language_;
};

std::string disc_label(const Words& T, biomech::Level level) {
  return T("disc.level." + std::string(biomech::level_name(level)));
}

handout::Table readouts(const Words& T, const HandoutRequest& request, const biomech::Outputs& out,
                        const biomech::Outputs& ref) {
  handout::Table table;
  table.column_shares = {0.23, 0.11, 0.13, 0.53};
  table.rows.push_back({T("handout.column.measure"), T("handout.column.current"),
                        T(request.state.reference ? "handout.column.pinned" : "handout.column.reference"),
                        T("handout.column.normal")});
  // The usual ranges are the signs' and the gauges' own (biomech/signs.cpp, the readouts panel), so
  // paper and window never disagree about what is usual.
  const biomech::Sign& tilt = out.sign(biomech::SignId::anterior_tilt);
  table.rows.push_back(
      {T("readout.pelvic_tilt"), T.degrees(out.pelvis.tilt_asis_psis_deg),
       T.degrees(ref.pelvis.tilt_asis_psis_deg),
       T.format("handout.normal.pelvic_tilt",
                Values().set("normal_min", tilt.normal_min).set("normal_max", tilt.normal_max))});
  // Sacral slope: mean +- 2 SD 24-55 degrees (Mac-Thiong et al. 2011), as the gauge shows it.
  table.rows.push_back(
      {T("readout.sacral_slope"), T.degrees(out.pelvis.sacral_slope_deg),
       T.degrees(ref.pelvis.sacral_slope_deg),
       T.format("handout.normal.sacral_slope", Values().set("normal_min", 24.0).set("normal_max", 55.0))});
  const biomech::Sign& arch = out.sign(biomech::SignId::exaggerated_arch);
  table.rows.push_back({T("readout.lordosis"), T.degrees(out.lumbar_lordosis_deg),
                        T.degrees(ref.lumbar_lordosis_deg),
                        T.format("handout.normal.lordosis",
                                 Values()
                                     .set("normal_min", out.expected_lordosis_deg + arch.normal_min)
                                     .set("normal_max", out.expected_lordosis_deg + arch.normal_max)
                                     .set("pelvic_incidence_deg", out.pelvis.pelvic_incidence_deg))});
  for (biomech::Level level : {biomech::Level::l4_l5, biomech::Level::l5_s1}) {
    const std::string mpa = " " + T("unit.mpa");
    table.rows.push_back(
        {T.format("handout.row.disc", Values().set("disc_level", disc_label(T, level))),
         T.number(out.segment(level).pressure_mpa, 2) + mpa,
         T.number(ref.segment(level).pressure_mpa, 2) + mpa,
         T(level == biomech::Level::l4_l5 ? "handout.normal.disc" : "handout.normal.disc_lower")});
  }
  if (out.hq_ratio && ref.hq_ratio)
    table.rows.push_back({T("readout.hq_ratio"), T.number(*out.hq_ratio, 2), T.number(*ref.hq_ratio, 2),
                          T("handout.normal.hq_ratio")});
  return table;
}

// The changes against the reference, one line each, in the window's own callout words.
handout::Paragraph changes(const Words& T, const biomech::Outputs& out, const biomech::Outputs& ref) {
  const double tilt = out.pelvis.tilt_asis_psis_deg - ref.pelvis.tilt_asis_psis_deg;
  const double arch = out.lumbar_lordosis_deg - ref.lumbar_lordosis_deg;
  std::string text =
      "• " + T.change("live.pelvis.tilt_change", tilt, 0.05, Values().set("tilt_delta_deg", std::abs(tilt))) +
      "\n";
  text +=
      "• " + T.change("live.lordosis.change", arch, 0.05, Values().set("lordosis_delta_deg", std::abs(arch)));
  const auto& seg = out.segment(biomech::Level::l5_s1);
  const auto& seg_ref = ref.segment(biomech::Level::l5_s1);
  if (seg_ref.posterior_stress_index > 0.0) {
    const double change = 100.0 * (seg.posterior_stress_index / seg_ref.posterior_stress_index - 1.0);
    text += "\n• " + T.format("live.disc.posterior_change",
                              Values()
                                  .set("disc_level", disc_label(T, biomech::Level::l5_s1))
                                  .set("posterior_load_change_pct", change));
  }
  // Why the pressure in the centre of a disc can fall while the back of it carries more: the
  // window says it under its disc table, and a reader of the figures above needs it as much.
  const auto& l45 = out.segment(biomech::Level::l4_l5);
  text += "\n• " + disc_label(T, biomech::Level::l4_l5) + ": " +
          T("disc.story." + std::string(biomech::load_story_name(l45.story)));
  return {{{text, false}}};
}

// The overlay's short text; its "more" too when asked.
std::string overlay_text(const Words& T, std::string_view id, bool more = false) {
  const content::Overlay* overlay = T.overlay(id);
  if (!overlay) return {};
  return more ? overlay->text + " " + overlay->more : overlay->text;
}

handout::Paragraph evidence(const Words& T, std::string_view id) {
  const content::EvidenceNote* note = T.evidence(id);
  if (!note) return {};
  return {{{T("handout.evidence_lead") + " ", true}, {note->text, false}}};
}

// A title in the language's quotation marks: English “…”, German „…“.
std::string quoted(content::Language language, const std::string& text) {
  return language == content::Language::de ? "\u201E" + text + "\u201C" : "\u201C" + text + "\u201D";
}

std::vector<handout::Paragraph> small_print(const Words& T, const content::Library& library,
                                            const HandoutRequest& request) {
  std::vector<handout::Paragraph> lines;
  const std::string mode = std::string(biomech::calibration_name(request.state.inputs.calibration));
  lines.push_back(
      {{{T("calibration." + mode + ".viewport") + ". ", true}, {T("calibration." + mode + ".help"), false}}});
  std::string source = T("handout.source_lead") + " ";
  std::string credit;
  if (const content::Reference* article = library.reference("article"))
    credit = quoted(T.language(), article->title) + " (" + T("references.article_credit") + "). ";
  lines.push_back({{{source, true}, {credit + T("references.article_note"), false}}});
  lines.push_back({{{T("app.disclaimer") + ". ", true},
                    {T("about.not_medical_advice") + " " + T("handout.estimate_note") + " " +
                         T.format("handout.made_with", Values().set("version", std::string(core::version()))),
                     false}}});
  return lines;
}

}  // namespace

handout::Page handout_page(const content::Library& library, const HandoutRequest& request,
                           const biomech::Outputs& current, const biomech::Outputs& reference,
                           HandoutPictures pictures, const std::string& date) {
  const Words T(library, request.language);
  handout::Page page;
  page.paper = request.paper;
  // The scenario's title (a patient's name, a date) goes under the page's own, which says what it is.
  page.title = T("handout.title");
  page.subtitle =
      (request.state.title.empty() ? "" : request.state.title + " · ") + T("handout.subtitle") + " · " + date;
  page.author = "PostureLab";
  page.subject = T("handout.title");

  const biomech::Inputs& in = request.state.inputs;
  // Each caption leads with the picture's pelvic tilt: the change is a few degrees, easier to read
  // as a number than to see at this size.
  auto tilt = [&T](const biomech::Outputs& out) {
    return T.format("live.pelvis.tilt", Values().set("tilt_deg", out.pelvis.tilt_asis_psis_deg)) + ". ";
  };
  pictures.reference.caption =
      tilt(reference) + T(request.state.reference ? "handout.picture.pinned" : "handout.picture.reference");
  pictures.current.caption =
      tilt(current) + T("handout.picture.current") + ": " +
      T.format("live.state.summary", Values()
                                         .set("hamstrings_pct", in.hamstrings_pct)
                                         .set("quadriceps_pct", in.quadriceps_pct)
                                         .set("hip_flexor_tightness_pct", in.hip_flexor_tightness_pct)
                                         .set("glutes_pct", in.glutes_pct)
                                         .set("abdominals_pct", in.abdominals_pct));
  page.blocks.push_back(handout::PictureRow{{std::move(pictures.reference), std::move(pictures.current)}});

  page.blocks.push_back(handout::Heading{T("handout.readouts")});
  page.blocks.push_back(readouts(T, request, current, reference));

  page.blocks.push_back(handout::Heading{T("handout.explanation")});
  page.blocks.push_back(changes(T, current, reference));
  // The article's mechanism and what studies found about it, in a few sentences written for the
  // page (the window's overlays tell the same at length).
  page.blocks.push_back(handout::Paragraph{{{T("handout.explanation.text"), false}}});

  page.blocks.push_back(handout::Heading{T("handout.exercises")});
  page.blocks.push_back(handout::Paragraph{{{overlay_text(T, "article.treat.programme", true) + " " +
                                                 overlay_text(T, "article.treat.release_first"),
                                             false}}});
  handout::Paragraph studies = evidence(T, "evidence.exercise_posture");
  if (const content::EvidenceNote* foam = T.evidence("evidence.foam_rolling"))
    studies.runs.push_back({" " + foam->text, false});
  page.blocks.push_back(std::move(studies));

  if (!request.state.note.empty()) page.blocks.push_back(handout::Box{T("handout.note"), request.state.note});
  page.small_print = small_print(T, library, request);
  return page;
}

}  // namespace app
