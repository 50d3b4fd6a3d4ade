#pragma once
// What the interface shows (UiModel, read-only, filled by the app each frame) and what the user
// asked for (UiActions, carried out by the app). The UI never changes state itself, so the same
// panels draw the window, the headless screenshot and the tests.
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "biomech/fatigue.h"
#include "biomech/inputs.h"
#include "biomech/model.h"
#include "content/library.h"
#include "ui/theme.h"

namespace ui {

enum class ViewRequest { side, front, back, oblique };

// A point of the anatomy on screen, for callouts and labels (pixels, origin top left).
struct ScreenAnchor {
  std::string id;  // structure or landmark id
  float x = 0.0f, y = 0.0f;
  bool visible = false;  // in front of the camera and inside the viewport
};

struct Rect {
  float x = 0.0f, y = 0.0f, w = 0.0f, h = 0.0f;
  float right() const { return x + w; }
  float bottom() const { return y + h; }
  bool contains(float px, float py) const { return px >= x && px <= right() && py >= y && py <= bottom(); }
  bool overlaps(const Rect& o) const {
    return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
  }
};

enum class LayerTarget { category, group, structure };
enum class LayerAction { show, hide, isolate, xray_on, xray_off, show_all };
struct LayerCommand {
  LayerTarget target = LayerTarget::category;
  std::string name;  // "muscle", "hamstrings", "muscle.semimembranosus.l"
  LayerAction action = LayerAction::show;
};
// What the layers panel shows as checked.
struct LayerState {
  bool bones = true, muscles = true, discs = true, tendons = true, skin = true;
  bool xray = false;
};

struct FatigueView {
  biomech::Task task = biomech::Task::walk;
  float duration_min = 20.0f;
  bool playing = false;
  float time_s = 0.0f;                             // playback position
  const biomech::FatigueSeries* series = nullptr;  // null until simulated
};

struct TourView {
  bool active = false;
  int step = 0;
  int step_count = 0;
};

// A colour scale of the anatomy, drawn as a legend with the same stops the renderer uses.
struct Legend {
  std::string title_id, low_id, high_id;                    // content text ids
  std::vector<std::pair<float, std::array<int, 3>>> stops;  // position 0..1, sRGB 0..255
  std::string low_value, high_value;                        // optional numbers at the ends ("0 MPa")
  double value_max = 1.0;                                   // the value at the top of the scale, in its units
};

struct UiModel {
  const content::Library* library = nullptr;
  content::Language language = content::Language::en;
  biomech::Inputs inputs;                              // what the sliders show (the animated state)
  const biomech::Outputs* outputs = nullptr;           // for `inputs`
  const biomech::Outputs* balanced_outputs = nullptr;  // balanced muscles, same activity and body
  std::string model_error;                             // the model could not be solved for these inputs
  float font_scale = 1.0f;
  ThemeKind theme = ThemeKind::calm;
  bool show_callouts = true;
  bool show_labels = true;
  bool show_ghost = false;
  bool presentation = false;
  bool can_undo = false, can_redo = false;
  LayerState layers;
  FatigueView fatigue;
  TourView tour;
  std::string hovered_structure;   // id under the mouse, empty when none
  std::string selected_structure;  // id whose card is open, empty when none
  std::vector<ScreenAnchor> anchors;
  std::vector<Legend> legends;
  int article_overlay = 0;               // index into library->overlays(): the article step shown
  bool show_evidence = true;             // evidence notes beside the article's claims
  std::vector<std::string> highlighted;  // structures the tour highlights
  std::string notice;                    // a problem to show (missing font, broken settings...)
  float window_w = 0.0f, window_h = 0.0f;
};

struct UiActions {
  std::optional<biomech::Inputs> set_inputs;      // immediate (slider drag)
  bool commit_inputs = false;                     // a drag or click ended: one undo step
  std::optional<biomech::Inputs> animate_inputs;  // glide there (presets, resets)
  bool undo = false, redo = false;
  std::optional<ViewRequest> view;
  bool frame_model = false;
  std::optional<float> font_scale;
  std::optional<ThemeKind> theme;
  std::optional<content::Language> language;
  std::optional<bool> show_callouts, show_labels, show_ghost, presentation;
  std::vector<LayerCommand> layers;
  std::optional<std::string> select_structure;  // "" closes the card
  bool tour_start = false, tour_next = false, tour_previous = false, tour_exit = false;
  std::optional<biomech::Task> fatigue_task;
  std::optional<float> fatigue_duration_min;
  std::optional<bool> fatigue_play;
  bool fatigue_restart = false;
  bool reset_layout = false;
  std::optional<int> article_overlay;
  std::optional<bool> show_evidence;
};

// The region of the window not covered by panels, where the 3D view is centred and callouts go.
struct PlacedCallout {
  std::string anchor_id;
  std::string text;
  Rect box;
  float anchor_x = 0.0f, anchor_y = 0.0f;
};

struct UiLayout {
  Rect viewport;                        // between the panels
  Rect scene;                           // the part of it for the anatomy: above the article panel
  Rect callout_area;                    // where callouts may go
  std::vector<PlacedCallout> callouts;  // as drawn this frame
};

}  // namespace ui
