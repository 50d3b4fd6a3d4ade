#include "app/soak_script.h"

#include <cmath>

#include "anatomy/view_preset.h"
#include "app/bench_script.h"

namespace app {
namespace {

// Every change has its own prime period, so the combinations drift instead of repeating in step.
bool at_period(int frame, int period) { return frame > 0 && frame % period == 0; }

template <class Array>
auto cycled(const Array& values, int turn) {
  return values[static_cast<std::size_t>(turn) % values.size()];
}

}  // namespace

ui::UiActions soak_actions(int frame, const SoakState& state, std::span<const std::string> structures) {
  const SoakPeriods& p = kSoakPeriods;
  ui::UiActions a;
  biomech::Inputs inputs = state.target;
  // Two sliders at different speeds, so the model is solved in states no preset has.
  inputs.hamstrings_pct = swept_hamstrings_pct(frame % 200, 200);
  inputs.quadriceps_pct = 50.0 + 50.0 * std::cos(static_cast<double>(frame) * 0.013);
  if (at_period(frame, p.activity)) inputs.activity = cycled(biomech::kAllActivities, frame / p.activity);
  a.set_inputs = inputs;
  a.commit_inputs = frame % 10 == 9;  // a drag ends now and then: the undo history grows and is capped

  if (at_period(frame, p.language))
    a.language = state.language == content::Language::en ? content::Language::de : content::Language::en;
  if (at_period(frame, p.tour)) {
    // Start the tour, walk a few steps, leave it; again and again.
    const int turn = (frame / p.tour) % 6;
    if (!state.tour_active)
      a.tour_start = true;
    else if (turn == 5)
      a.tour_exit = true;
    else
      a.tour_next = true;
  }
  if (at_period(frame, p.compare)) a.compare = !state.compare;
  if (at_period(frame, p.view)) {
    a.view = cycled(anatomy::kViewPresetNames, frame / p.view).first;
    a.frame_model = true;
  }
  if (at_period(frame, p.selection) && !structures.empty()) {
    const int turn = frame / p.selection;
    // Every fourth turn closes the card instead of opening another.
    a.select_structure = turn % 4 == 3 ? std::string() : cycled(structures, turn);
  }
  return a;
}

void SoakChanges::count(const SoakState& before, const SoakState& after) {
  activities += before.target.activity != after.target.activity;
  languages += before.language != after.language;
  tour_steps += before.tour_active != after.tour_active || before.tour_step != after.tour_step;
  compare_toggles += before.compare != after.compare;
  selections += before.selected != after.selected;
}

bool soak_samples_memory_at(int frame, int frames, int samples) {
  if (samples <= 0 || frames <= 0) return false;
  if (samples >= frames) return true;
  // Where the count of samples due so far steps up: exactly `samples` of them, evenly spread,
  // whether or not `samples` divides `frames`.
  const auto due = [&](long f) { return f * samples / frames; };
  return due(frame + 1) > due(frame);
}

}  // namespace app
