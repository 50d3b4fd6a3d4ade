#pragma once
// What the user asked for this frame, returned by the panels and carried out by the app's session.
#include <optional>
#include <string>
#include <vector>

#include "anatomy/model_schema.h"
#include "anatomy/view_preset.h"
#include "biomech/fatigue.h"
#include "biomech/inputs.h"
#include "content/language.h"
#include "ui/file_dialog_view.h"
#include "ui/theme.h"
#include "ui/ui_snapshot.h"

namespace ui {

enum class LayerAction { show, hide, isolate };
enum class LayerTargetKind { category, group, structure };
struct LayerCommand {
  LayerAction action = LayerAction::show;
  LayerTargetKind target = LayerTargetKind::category;
  anatomy::Category category = anatomy::Category::bone;  // target == category
  std::string name;  // target == group: "hamstrings"; structure: "muscle.semimembranosus.l"

  static LayerCommand for_category(LayerAction action, anatomy::Category category) {
    return {action, LayerTargetKind::category, category, {}};
  }
  static LayerCommand for_group(LayerAction action, std::string group) {
    return {action, LayerTargetKind::group, anatomy::Category::muscle, std::move(group)};
  }
  static LayerCommand for_structure(LayerAction action, std::string id) {
    return {action, LayerTargetKind::structure, anatomy::Category::bone, std::move(id)};
  }
  bool operator==(const LayerCommand&) const = default;
};

struct UiActions {
  std::optional<biomech::Inputs> set_inputs;      // immediate (slider drag)
  bool commit_inputs = false;                     // a drag or click ended: one undo step
  std::optional<biomech::Inputs> animate_inputs;  // glide there (presets, resets)
  bool undo = false, redo = false;
  std::optional<anatomy::ViewPreset> view;
  bool frame_model = false;
  std::optional<float> font_scale;
  std::optional<ThemeKind> theme;
  std::optional<content::Language> language;
  std::optional<bool> show_callouts, show_ghost, show_angles, show_pulls, presentation;
  std::optional<MuscleColour> muscle_colour;
  bool show_all_layers = false;                 // carried out before `layers`
  std::vector<LayerCommand> layers;             // in order
  std::optional<bool> xray;                     // soft tissue see-through; after `layers`
  std::optional<std::string> select_structure;  // "" closes the card
  bool tour_start = false, tour_next = false, tour_previous = false, tour_exit = false;
  // The classroom quiz: start (or start again), an answer choice's id, on to the next question, leave.
  bool quiz_start = false, quiz_restart = false, quiz_next = false, quiz_exit = false;
  std::optional<std::string> quiz_answer;
  // Find a structure: the search box's text, and a structure picked from its results (base id).
  std::optional<std::string> find_query;
  std::optional<std::string> find_structure;
  // The right-click menu: it opened (the request is done); "x-ray the rest" of a structure.
  bool structure_menu_opened = false;
  std::optional<std::string> xray_rest_of;
  std::optional<biomech::Task> fatigue_task;
  std::optional<float> fatigue_duration_min;
  std::optional<bool> fatigue_play;
  bool fatigue_restart = false;
  std::optional<int> article_overlay;
  std::optional<bool> show_evidence;
  std::optional<bool> article_open;  // the article panel's text shown, or only its title line
  std::optional<bool> compare;       // the before/after view
  // "Reset everything": balanced muscles (same activity and calibration), every layer shown, the
  // teaching view, balanced as the reference, one picture.
  bool reset_all = false;
  bool pin_reference = false;    // "Set as reference": compare with the current state from now on
  bool unpin_reference = false;  // compare with balanced muscles again
  bool dismiss_notice = false;   // the banner's close button: the user has read it
  bool dismiss_welcome = false;  // the first-run welcome's button
  // The File menu. Save writes the open scenario's file, or asks where when there is none.
  std::optional<FileDialogKind> open_file_dialog;
  bool save_scenario = false;
  std::optional<std::string> open_recent;         // a path from the recent files
  std::optional<std::string> file_dialog_path;    // the path field edited
  std::optional<std::string> file_dialog_choose;  // an entry of the listing clicked (its name)
  std::optional<ExportChoice> export_choice;
  std::optional<std::string> scenario_title, scenario_note;
  bool file_dialog_confirm = false, file_dialog_cancel = false;
  bool quit = false;
};

}  // namespace ui
