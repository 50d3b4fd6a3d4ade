#pragma once
// What the interface shows this frame: a read-only snapshot the app fills from the session (inputs,
// solved results, layers, selection, tour) and the viewer (screen anchors, legends). The UI never
// changes state itself and never solves the model: it draws the snapshot and returns UiActions
// (ui_actions.h), so the same panels draw the window, the headless screenshot and the tests.
#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "anatomy/model_schema.h"
#include "anatomy/screen_anchor.h"
#include "biomech/fatigue.h"
#include "biomech/inputs.h"
#include "biomech/model.h"
#include "content/library.h"
#include "content/structure_search.h"
#include "ui/angle_overlay.h"
#include "ui/file_dialog_view.h"
#include "ui/geometry.h"
#include "ui/muscle_pull.h"
#include "ui/theme.h"

namespace ui {

// How muscles are coloured on the anatomy (the app maps it onto the renderer's colouring).
enum class MuscleColour { natural, strength, tension };

// What the layers panel shows as checked: derived by the app from the one set of layers it holds.
struct LayerCheckboxes {
  // Indexed by anatomy::Category: bone, muscle, tendon, disc, skin.
  std::array<bool, 5> shown{true, true, true, true, true};
  bool xray = false;
  bool category(anatomy::Category c) const { return shown[static_cast<std::size_t>(c)]; }
  bool operator==(const LayerCheckboxes&) const = default;
};

struct FatigueView {
  // The simulated duration the slider offers; the session clamps requests to the same range.
  static constexpr float kMinDuration_min = 1.0f;
  static constexpr float kMaxDuration_min = 90.0f;
  biomech::Task task = biomech::Task::walk;
  float duration_min = 20.0f;
  bool playing = false;
  float time_s = 0.0f;                             // playback position
  const biomech::FatigueSeries* series = nullptr;  // null until simulated

  // The sample at the playback position (the nearest earlier one); null without a series.
  const biomech::FatigueSample* sample() const {
    if (!series || series->samples.empty()) return nullptr;
    const auto& samples = series->samples;
    auto it = std::upper_bound(samples.begin(), samples.end(), static_cast<double>(time_s),
                               [](double t, const biomech::FatigueSample& s) { return t < s.time_s; });
    return it == samples.begin() ? &samples.front() : &*(it - 1);
  }
};

struct TourView {
  bool active = false;
  int step = 0;
  int step_count = 0;
  bool finished = false;  // past the last step: the end screen
};

// The classroom quiz while it runs: where it is and how it goes.
struct QuizView {
  bool active = false;
  int question = 0;  // index into library->quiz()
  int question_count = 0;
  int score = 0;
  bool answered = false;  // the current question has its answer: right or wrong, the explanation
  bool finished = false;  // past the last question: the end screen
  bool right = false;     // the answer given was right
  std::string given;      // the answer given: a choice id, or the structure clicked
};

// Pelvic tilt (ASIS–PSIS) at hamstring strength 0, 10 ... 100 % with every other input as shown:
// the readouts' plot. Computed by the app beside the other solved results.
struct TiltCurve {
  static constexpr std::size_t kPoints = 11;
  static constexpr double kStep_pct = 10.0;
  std::array<float, kPoints> tilt_deg{};
  bool operator==(const TiltCurve&) const = default;
};

// A colour scale of the anatomy, drawn as a legend with the same stops the renderer uses.
struct Legend {
  enum class Kind { muscle_strength, muscle_tension, disc_pressure, disc_change };
  Kind kind = Kind::muscle_strength;
  std::string title_id, low_id, high_id;                    // content text ids
  std::vector<std::pair<float, std::array<int, 3>>> stops;  // position 0..1, sRGB 0..255
  std::string low_value, high_value;                        // optional numbers at the ends ("0 MPa")
  double value_min = 0.0;  // the value at the bottom of the scale, in its units
  double value_max = 1.0;  // the value at the top
};

struct UiSnapshot {
  const content::Library* library = nullptr;
  content::Language language = content::Language::en;
  biomech::Inputs inputs;  // what the sliders show (the gliding state)
  // The solved model, owned by the session (null when not solved).
  const biomech::Outputs* outputs = nullptr;            // for `inputs`
  const biomech::Outputs* reference_outputs = nullptr;  // what "change from balanced" compares with:
                                                        // balanced muscles, same activity and body
  const TiltCurve* tilt_curve = nullptr;
  std::string model_error;  // the model could not be solved for these inputs
  float font_scale = 1.0f;
  ThemeKind theme = ThemeKind::calm;
  bool show_callouts = true;
  bool show_ghost = false;
  MuscleColour muscle_colour = MuscleColour::strength;
  bool presentation = false;
  bool can_undo = false, can_redo = false;
  LayerCheckboxes layers;
  FatigueView fatigue;
  TourView tour;
  QuizView quiz;
  std::string find_query;  // the search box's text
  std::vector<content::StructureMatch> find_results;
  std::string menu_structure;  // the structure whose right-click menu shows (a model node id)
  bool open_structure_menu =
      false;  // a right click asked for it: open it this frame    // what it finds, best first
  std::string hovered_structure;                        // id under the mouse, empty when none
  std::string selected_structure;                       // id whose card is open, empty when none
  std::optional<biomech::MuscleGroup> selected_muscle;  // the model's group of that structure, if any
  std::vector<anatomy::ScreenAnchor> anchors;           // where the callouts' structures are on screen
  // The pelvis, the lumbar spine and the discs on screen: the story callouts never cover.
  std::optional<Rect> story_region;
  bool show_angles = true;
  std::vector<AngleOverlay> angles;  // drawn on the anatomy when show_angles
  bool show_pulls = true;
  std::vector<MusclePull> pulls;  // the muscles' pull on the pelvis, drawn when show_pulls
  std::vector<Legend> legends;
  int article_overlay = 0;        // index into library->overlays(): the article step shown
  bool show_evidence = true;      // evidence notes beside the article's claims
  bool article_open = true;       // the article panel's text, or only its title line
  bool compare = false;           // the before/after view
  bool reference_pinned = false;  // the reference is a pinned state, not balanced muscles
  std::optional<std::pair<Rect, Rect>> compare_rects;  // the before/after view's halves, this frame
  std::vector<std::string> highlighted;                // structures the tour highlights
  std::string notice;                                  // a problem to show (missing font, broken settings...)
  bool show_welcome = false;  // the first-run welcome (the window only, until it has been read)
  float window_w = 0.0f, window_h = 0.0f;
  // The File menu: its dialog and the recent scenario files, newest first.
  FileDialogView file_dialog;
  std::vector<std::string> recent_files;
  // The panels and the menu; false for an exported image, which draws at most the labels.
  bool panels = true;
};

}  // namespace ui
