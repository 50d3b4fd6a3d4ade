#pragma once
// The soak's scripted use (`posturelab bench --sweep soak`): a lesson of hours compressed into a few
// thousand frames. Every frame drags a slider; at their own periods the script switches the
// activity, the language, the tour step, the before/after view, the view and the selected
// structure, so every path that allocates (fonts, labels, poses, the tour's layers) runs many times
// and a leak shows as resident memory that keeps growing.
#include <span>
#include <string>

#include "biomech/inputs.h"
#include "content/language.h"
#include "ui/ui_actions.h"

namespace app {

// What the soak's script looks at before it acts: the session's state as the user sees it.
struct SoakState {
  biomech::Inputs target;  // the inputs the sliders show
  content::Language language = content::Language::en;
  bool tour_active = false;
  int tour_step = 0;
  bool compare = false;
  std::string selected;  // the structure whose card is open; empty for none
};

// The changes the soak saw the session carry out (state before and after each frame compared), so
// a run shows that every path it means to exercise did run.
struct SoakChanges {
  int activities = 0, languages = 0, tour_steps = 0, compare_toggles = 0, selections = 0;
  void count(const SoakState& before, const SoakState& after);
};

// How many frames lie between two changes of each kind (the slider moves every frame).
struct SoakPeriods {
  int activity = 37, language = 101, tour = 23, compare = 59, view = 43, selection = 17;
};
inline constexpr SoakPeriods kSoakPeriods{};

// What the user does at frame `frame` (from 0): `structures` are the model's structure ids, picked
// in turn (an empty list selects nothing).
ui::UiActions soak_actions(int frame, const SoakState& state, std::span<const std::string> structures);

// The frames at which the soak samples resident memory: exactly `samples` (or every frame when
// there are fewer), in even steps over `frames`, the last at the last frame.
bool soak_samples_memory_at(int frame, int frames, int samples);

}  // namespace app
