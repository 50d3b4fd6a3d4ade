#pragma once
// The fatigue view's playback: the simulated walk or run for the committed inputs, played at one
// simulated minute per second. The series is recomputed when the task, the duration or the inputs
// change (and only while it is not playing, so a running playback is never cut short).
#include <optional>

#include "biomech/fatigue.h"
#include "biomech/inputs.h"
#include "ui/ui_actions.h"
#include "ui/ui_snapshot.h"

namespace app {

class FatiguePlayback {
 public:
  // Carries out the fatigue actions; `target` is the committed inputs the series is simulated for.
  void apply(const ui::UiActions& actions, const biomech::Inputs& target);
  // Advances playback; true while it plays. The series follows `target` once it has stayed the same
  // for a moment (a simulation costs about 7 ms, too much for every frame of a slider drag), so the
  // plot shows before anything is played.
  bool update(float delta_s, const biomech::Inputs& target);

  bool playing() const { return playing_; }
  // Hamstring fatigue (0..1) at the playback position, once playback has started.
  std::optional<double> hamstring_fatigue() const;
  ui::FatigueView view() const;

 private:
  void simulate_if_changed(const biomech::Inputs& target);

  biomech::Task task_ = biomech::Task::walk;
  float duration_min_ = 20.0f;
  bool playing_ = false;
  float time_s_ = 0.0f;
  std::optional<biomech::FatigueSeries> series_;
  std::optional<biomech::Inputs> simulated_for_;
  std::optional<biomech::Inputs> settling_;  // the target waiting to be simulated
  float settle_s_ = 0.0f;
};

}  // namespace app
