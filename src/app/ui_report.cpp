#include "app/ui_report.h"

#include <nlohmann/json.hpp>

#include "app/state.h"

namespace app {
namespace {
nlohmann::json rect(const ui::Rect& r) { return {{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}}; }

nlohmann::json scene_json(const SceneReport& scene, const Session& session) {
  nlohmann::json out;
  out["name"] = scene.name;
  out["rect"] = rect(scene.rect);
  out["landmarks"] = nlohmann::json::array();
  for (const auto& l : scene.landmarks)
    if (l.on_screen) out["landmarks"].push_back({{"id", l.id}, {"x", l.pixel.x}, {"y", l.pixel.y}});
  // The angles and pulls as drawn: listed while they are shown, with the model's values.
  out["overlays"] = nlohmann::json::array();
  if (session.settings().show_angles)
    for (const auto& a : scene.angles)
      out["overlays"].push_back({{"kind", std::string(ui::angle_kind_name(a.kind))},
                                 {"deg", a.deg},
                                 {"reference_deg", a.reference_deg}});
  out["pulls"] = nlohmann::json::array();
  if (session.settings().show_pulls)
    for (const auto& p : scene.pulls)
      out["pulls"].push_back({{"muscle", p.name_id},
                              {"force_n", p.force_n},
                              {"tips_forward", p.tips_forward},
                              {"from", {{"x", p.from.x}, {"y", p.from.y}}},
                              {"to", {{"x", p.to.x}, {"y", p.to.y}}}});
  return out;
}
}  // namespace

std::string ui_report_json(const ui::UiLayout& layout, const std::vector<UiLayer::WindowInfo>& windows,
                           const Session& session, int width_px, int height_px,
                           const std::vector<SceneReport>& scenes) {
  nlohmann::json report;
  report["window"] = {{"w", width_px}, {"h", height_px}};
  report["language"] = std::string(content::language_code(session.settings().language));
  report["welcome_seen"] = session.settings().welcome_seen;
  report["presentation"] = session.presentation();
  report["calibration"] = std::string(biomech::calibration_name(session.shown_inputs().calibration));
  report["tour"] = {{"active", session.tour_active()},
                    {"step", session.tour_step() + 1},
                    {"finished", session.tour_finished()}};
  if (const QuizRun* quiz = session.quiz())
    report["quiz"] = {{"active", true},
                      {"question", quiz->question() + 1},
                      {"score", quiz->score()},
                      {"answered", quiz->phase() == QuizPhase::answered},
                      {"finished", quiz->phase() == QuizPhase::finished}};
  else
    report["quiz"] = {{"active", false}};
  report["selected"] = session.selected_structure();
  const ui::FileDialogView& dialog = session.file_dialog().view();
  report["file_dialog"] = {{"open", dialog.open}, {"path", dialog.path}};
  report["scenario_file"] = session.scenario_path() ? session.scenario_path()->string() : std::string();
  report["viewport"] = rect(layout.viewport);
  report["scene"] = rect(layout.scene);
  report["callout_area"] = rect(layout.callout_area);
  if (layout.story_region) report["story_region"] = rect(*layout.story_region);
  report["callouts"] = nlohmann::json::array();
  for (const auto& c : layout.callouts)
    report["callouts"].push_back({{"anchor", c.anchor_id},
                                  {"text", c.text},
                                  {"box", rect(c.box)},
                                  {"anchor_x", c.anchor_x},
                                  {"anchor_y", c.anchor_y},
                                  {"faded", c.faded}});
  report["windows"] = nlohmann::json::array();
  for (const auto& w : windows)
    report["windows"].push_back({{"name", w.name}, {"box", rect({w.x, w.y, w.w, w.h})}});
  if (!scenes.empty()) {
    const nlohmann::json current = scene_json(scenes.back(), session);
    for (const char* key : {"landmarks", "overlays", "pulls"}) report[key] = current[key];
  }
  if (scenes.size() > 1) {
    report["scenes"] = nlohmann::json::array();
    for (const auto& scene : scenes) report["scenes"].push_back(scene_json(scene, session));
  }
  report["inputs"] = inputs_json(session.shown_inputs());
  return report.dump(2) + "\n";
}

}  // namespace app
