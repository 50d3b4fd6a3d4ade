#pragma once
// The interactive state of one PostureLab window or screenshot, kept apart from GL and ImGui so it
// can be tested. One owner for each piece of it:
//   - the inputs: the gliding shown state and its target (InputAnimator), with undo/redo (InputHistory);
//   - the solved model beside them (SolvedModel: current, reference, rest reference, tilt curve),
//     recomputed only when the inputs compare unequal;
//   - the layers (LayerSet, with the tour's highlights), the selected and the hovered structure (ids);
//   - the tour, the classroom quiz (QuizRun), the article step, the fatigue playback
//     (FatiguePlayback) and the settings.
// The tour and the quiz are lessons: each borrows the user's own state (LentState) on starting and
// gives it back on leaving, through the same two functions.
// The UI's actions become state changes here, in small handlers whose ViewerEffects (camera, fonts)
// merge; the viewer carries those out and reads everything else from the session each frame.
//
// Two glides make the pelvis move smoothly, one after the other:
//   1. InputAnimator eases the *inputs* (smoothstep over 0.8 s for a preset, 1.2 s for a tour step,
//      0.4 s for undo/redo; a slider drag jumps), so the model is solved, the readouts and callouts
//      change, for every state in between;
//   2. anatomy::PoseAnimator (in AnatomyView) then follows the resulting *pose* exponentially
//      (time constant 0.18 s) and crossfades into and out of clips, which smooths the last step of a
//      drag and the jumps of activity changes. Headless frames skip it and show the target pose.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/view_preset.h"
#include "app/fatigue_playback.h"
#include "app/file_dialog.h"
#include "app/input_animator.h"
#include "app/input_history.h"
#include "app/layer_set.h"
#include "app/quiz.h"
#include "app/scenario.h"
#include "app/settings.h"
#include "app/solved_model.h"
#include "biomech/inputs.h"
#include "content/library.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace app {

// A file the File menu asks the viewer to open, save or export to (the viewer has the camera and
// the renderer); it tells the session how it went (Session::file_done).
struct FileRequest {
  ui::FileDialogKind kind = ui::FileDialogKind::open_scenario;
  std::filesystem::path path;
  ui::ExportChoice image;  // for an export
  bool operator==(const FileRequest&) const = default;
};

// What the viewer must carry out after an action: the camera, the fonts, files and quitting.
// Everything else it reads from the session.
struct ViewerEffects {
  std::optional<anatomy::ViewPreset> view;
  bool frame_model = false;
  bool style_changed = false;            // font scale, theme or presentation: rebuild the font atlas
  std::optional<ScenarioCamera> camera;  // an opened scenario's camera: wins over `view`
  std::optional<FileRequest> file;
  bool quit = false;

  // Adds what `later` asks for; a later view request wins.
  void merge(const ViewerEffects& later);
};

enum class SessionKey {
  undo,
  redo,
  tour_start,
  tour_next,
  tour_previous,
  escape,
  toggle_presentation,
  toggle_ghost,
  toggle_angles,
  toggle_pulls,
  toggle_compare,
  open_scenario,     // Ctrl+O: the open dialog
  save_scenario,     // Ctrl+S: the open file, or the save dialog when there is none
  save_scenario_as,  // Ctrl+Shift+S
  export_image,      // Ctrl+E
  print_handout      // Ctrl+P: the patient handout as a PDF
};

// A predict question's answer glides slower than a tour step: the class watches it happen.
inline constexpr float kQuizAnswerGlide_s = 2.0f;

// What a lesson (the tour or the quiz) borrows from the user while it runs and gives back after.
struct LentState {
  biomech::Inputs inputs;     // the user's own sliders, activity and calibration
  bool article_open = false;  // the article panel folded or open
  // The user's layers, kept only by a lesson that changes more of them than its highlights.
  std::optional<LayerSet> layers;
};

class Session {
 public:
  Session(const content::Library* library, const biomech::Inputs& start, const Settings& settings);

  // Advances the glide and the fatigue playback by delta_s and brings the solved model up to date;
  // true while something on screen still changes.
  bool update(float delta_s);

  ViewerEffects apply(const ui::UiActions& actions);
  ViewerEffects handle_key(SessionKey key);
  // Jumps (no glide) or glides to a tour step: screenshots of the tour jump.
  ViewerEffects go_to_tour_step(int step, bool animate);
  // Starts the quiz (or goes) at question `index` (from 0), unanswered; screenshots jump.
  ViewerEffects go_to_quiz_question(int index, bool animate);

  // The state as a scenario file keeps it, without the camera (the viewer's): the user's own inputs
  // (those before the tour, while it runs), the pinned reference, the before/after view, the
  // layers without the tour's highlights, the tour step, the language, the title and the note.
  Scenario scenario() const;
  // What the session cannot take from a file it read: a tour step past the tour's end. Checked
  // before open_scenario, which changes nothing until then.
  core::Status check_scenario(const Scenario& scenario) const;
  // Replaces the state with the scenario's (one undo step for the inputs); a running tour ends
  // without giving back what it borrowed, then the file's tour step starts it again.
  ViewerEffects open_scenario(const Scenario& scenario);
  const std::string& title() const { return title_; }
  const std::string& find_query() const { return find_query_; }
  const std::string& note() const { return note_; }
  // The scenario file Save writes: the one last opened or saved.
  const std::optional<std::filesystem::path>& scenario_path() const { return scenario_path_; }
  const FileDialog& file_dialog() const { return file_dialog_; }
  // How a FileRequest went: a scenario opened or saved becomes the open file and the newest recent
  // file; a failure, or what an opened file held that this version does not know, is shown (and a
  // failed save or export opens its dialog again on the same name).
  void file_done(const FileRequest& request, const core::Status& status,
                 const std::vector<std::string>& warnings = {});

  // The session's part of what the UI shows; the viewer adds the screen anchors and the legends.
  ui::UiSnapshot snapshot(float window_w, float window_h) const;

  const biomech::Inputs& shown_inputs() const { return animator_.shown(); }
  const biomech::Inputs& target_inputs() const { return animator_.target(); }
  const SolvedModel& solved() const { return solved_; }
  // The before/after view: the reference on the left, the current state on the right.
  bool compare() const { return compare_; }
  // What the current state is compared with (balanced muscles unless pinned); solved at once.
  void set_reference(const Reference& reference);
  const Reference& reference() const { return reference_; }
  const LayerSet& layers() const { return layers_; }
  const Settings& settings() const { return settings_; }
  bool presentation() const { return presentation_; }
  const std::string& selected_structure() const { return selected_; }
  const std::string& hovered_structure() const { return hovered_; }
  void set_hovered(std::string id) { hovered_ = std::move(id); }
  // The right-click menu of a structure (a model node id); refused for "" and while an identify
  // question of the quiz waits, whose answer the menu would name.
  void open_structure_menu(const std::string& id);
  void set_notice(std::string notice) { notice_ = std::move(notice); }
  bool tour_active() const { return tour_active_; }
  int tour_step() const { return tour_step_; }
  bool tour_finished() const { return tour_finished_; }
  int tour_step_count() const;
  // The quiz while it runs (null otherwise) and its questions in the current language.
  const QuizRun* quiz() const { return quiz_ ? &*quiz_ : nullptr; }
  int quiz_question_count() const;
  // The tour or the quiz runs: the user's own state is lent to it.
  bool lesson_active() const { return tour_active_ || quiz_.has_value(); }
  bool fatigue_playing() const { return fatigue_.playing(); }
  // Hamstring fatigue (0..1) at the playback position, when the fatigue view plays.
  std::optional<double> hamstring_fatigue() const { return fatigue_.hamstring_fatigue(); }

 private:
  // One handler per concern of UiActions, in the order apply() runs them.
  ViewerEffects apply_inputs(const ui::UiActions& a);
  ViewerEffects apply_view_settings(const ui::UiActions& a);
  void apply_layers(const ui::UiActions& a);
  ViewerEffects apply_tour(const ui::UiActions& a);
  ViewerEffects enter_tour_step(int step, bool animate);
  ViewerEffects leave_tour();
  // The lessons' shared loan: borrow once on starting, give back on leaving.
  void borrow_user_state();
  void give_back_user_state();
  // The quiz (session_quiz.cpp).
  ViewerEffects apply_quiz(const ui::UiActions& a);
  ViewerEffects enter_quiz_question(bool animate);
  ViewerEffects answer_quiz(const std::string& answer);
  ViewerEffects leave_quiz();
  const content::QuizQuestion* quiz_question() const;
  void show_quiz_layers(const content::QuizQuestion& question);
  // An identify question waits for a click: names, callouts and cards stay hidden.
  bool quiz_hides_names() const;
  void set_presentation(bool on, ViewerEffects& effects);
  ViewerEffects reset_all();
  ViewerEffects show_article_step(int index);
  // The File menu (session_files.cpp).
  ViewerEffects apply_files(const ui::UiActions& a);
  void open_file_dialog(ui::FileDialogKind kind);
  ViewerEffects save_scenario();
  content::Language language() const { return settings_.language; }

  const content::Library* library_;
  Settings settings_;
  InputHistory history_;
  InputAnimator animator_;
  Reference reference_;
  SolvedModel solved_;
  LayerSet layers_;
  FatiguePlayback fatigue_;
  bool presentation_ = false;
  bool tour_active_ = false;
  int tour_step_ = 0;
  bool tour_finished_ = false;     // past the last step: the end screen
  std::optional<LentState> lent_;  // the user's own state while a lesson runs
  std::optional<QuizRun> quiz_;
  int article_overlay_ = 0;
  bool show_evidence_ = true;
  bool article_open_ = false;  // the article panel shows its text, or only its title line
  bool compare_ = false;
  std::string hovered_, selected_, notice_;
  std::string find_query_;               // the search box's text (Find menu)
  std::string menu_structure_;           // the structure whose right-click menu shows
  bool structure_menu_pending_ = false;  // asked for; the UI opens it in its next frame
  std::string title_, note_;             // the scenario's, shown and saved with it
  std::optional<std::filesystem::path> scenario_path_;
  FileDialog file_dialog_;
};

// A tour step's target state: balanced (or the preset), then its slider values, activity and
// calibration. Body data and PI are kept from `current`.
biomech::Inputs tour_state_inputs(const content::TourState& state, const biomech::Inputs& current);

// The structures a tour step highlights, as the model names them: each id of the script with the
// aliases content gives it ("tendon.hamstrings" stands for the semimembranosus, semitendinosus and
// biceps femoris tendons). Base ids still stand for both sides.
std::vector<std::string> tour_highlights(const content::TourStep& step, const content::Library& library);
// The same for any list of structure ids (a quiz's target).
std::vector<std::string> with_aliases(const std::vector<std::string>& ids, const content::Library& library);

}  // namespace app
