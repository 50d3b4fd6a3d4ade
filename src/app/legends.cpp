#include "app/legends.h"

#include <string>

#include "app/pose_from_model.h"
#include "content/format.h"
#include "render/colour_scales.h"

namespace app {
namespace {
ui::Legend legend(ui::Legend::Kind kind, const render::ColourScale& scale, std::string title, std::string low,
                  std::string high) {
  ui::Legend l;
  l.kind = kind;
  l.title_id = std::move(title);
  l.low_id = std::move(low);
  l.high_id = std::move(high);
  for (const auto& stop : scale.stops)
    l.stops.push_back({stop.value, {stop.colour.r, stop.colour.g, stop.colour.b}});
  return l;
}
}  // namespace

std::vector<ui::Legend> anatomy_legends(const content::Library* library, content::Language language,
                                        ui::MuscleColour muscle_colour, bool disc_change) {
  std::vector<ui::Legend> legends;
  using Kind = ui::Legend::Kind;
  if (muscle_colour == ui::MuscleColour::strength)
    legends.push_back(legend(Kind::muscle_strength, render::muscle_strength_scale(), "legend.muscle_strength",
                             "legend.muscle_strength.weak", "legend.muscle_strength.normal"));
  if (muscle_colour == ui::MuscleColour::tension)
    legends.push_back(legend(Kind::muscle_tension, render::muscle_tension_scale(), "legend.muscle_tension",
                             "legend.muscle_tension.slack", "legend.muscle_tension.taut"));
  const std::string percent =
      library ? std::string(library->text(language, "unit.percent")) : std::string("%");
  if (disc_change) {
    ui::Legend change = legend(Kind::disc_change, render::disc_change_scale(), "legend.disc_change",
                               "legend.disc_change.less", "legend.disc_change.more");
    change.low_value = content::format_number(-kDiscChangeLegendMax_pct, 0, language) + " " + percent;
    change.high_value = "+" + content::format_number(kDiscChangeLegendMax_pct, 0, language) + " " + percent;
    change.value_min = -kDiscChangeLegendMax_pct;
    change.value_max = kDiscChangeLegendMax_pct;
    legends.push_back(std::move(change));
    return legends;
  }
  ui::Legend discs = legend(Kind::disc_pressure, render::disc_pressure_scale(), "legend.disc_pressure",
                            "legend.disc_pressure.low", "legend.disc_pressure.high");
  const std::string mpa = library ? std::string(library->text(language, "unit.mpa")) : std::string("MPa");
  discs.low_value = content::format_number(0.0, 0, language) + " " + mpa;
  discs.high_value = content::format_number(kDiscPressureLegendMax_mpa, 1, language) + " " + mpa;
  discs.value_max = kDiscPressureLegendMax_mpa;
  legends.push_back(std::move(discs));
  return legends;
}

}  // namespace app
