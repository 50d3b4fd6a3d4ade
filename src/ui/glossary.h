#pragma once
// Help › Glossary: the terms the readouts, the disc table and the model switch use, each with the
// explanation its tooltip gives (one text for both places), in the order they appear on screen.

namespace ui {

struct GlossaryTerm {
  const char* term;
  const char* explanation;
};
inline constexpr GlossaryTerm kGlossary[] = {
    {"readout.pelvic_tilt", "readout.pelvic_tilt.help"},
    {"readout.sacral_slope", "readout.sacral_slope.help"},
    {"readout.lordosis", "readout.lordosis.help"},
    {"slider.pelvic_incidence", "slider.pelvic_incidence.help"},
    {"readout.hq_ratio", "readout.hq_ratio.help"},
    {"glossary.term.disc_pressure", "glossary.disc_pressure"},
    {"disc.posterior_load", "glossary.posterior_load"},
    {"disc.facet_share", "disc.facet_share.help"},
    {"glossary.term.calibration", "glossary.calibration"},
    {"calibration.article", "calibration.article.help"},
    {"calibration.evidence", "calibration.evidence.help"},
};

}  // namespace ui
