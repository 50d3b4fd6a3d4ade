#include "app/fatigue_playback.h"

#include <algorithm>

namespace app {
namespace {
// Playback speed of the fatigue view: one simulated minute per second of screen time.
constexpr float kSimulatedSecondsPerSecond = 60.0f;
// The model's rest between bouts, and its sampling step (biomech::simulate_fatigue).
constexpr double kRest_s = 0.0, kSampleStep_s = 5.0;
// How long the inputs must stay unchanged before the series is simulated for them.
constexpr float kSettle_s = 0.2f;
}  // namespace

void FatiguePlayback::simulate_if_changed(const biomech::Inputs& target) {
  if (series_ && simulated_for_ == target) return;
  simulated_for_ = target;
  auto series = biomech::simulate_fatigue(target, task_, duration_min_ * 60.0, kRest_s, kSampleStep_s);
  if (series)
    series_ = std::move(*series);
  else
    series_.reset();
}

void FatiguePlayback::apply(const ui::UiActions& a, const biomech::Inputs& target) {
  if (a.fatigue_task) task_ = *a.fatigue_task;
  if (a.fatigue_duration_min)
    duration_min_ = std::clamp(*a.fatigue_duration_min, ui::FatigueView::kMinDuration_min,
                               ui::FatigueView::kMaxDuration_min);
  if (a.fatigue_task || a.fatigue_duration_min) series_.reset();
  if (a.fatigue_restart) time_s_ = 0.0f;
  if (a.fatigue_play) {
    playing_ = *a.fatigue_play;
    if (playing_) {
      simulate_if_changed(target);
      if (series_ && !series_->samples.empty() &&
          time_s_ >= static_cast<float>(series_->samples.back().time_s))
        time_s_ = 0.0f;  // play again from the start
    }
  }
  if (!playing_ && (a.fatigue_task || a.fatigue_duration_min || a.commit_inputs)) simulate_if_changed(target);
}

bool FatiguePlayback::update(float delta_s, const biomech::Inputs& target) {
  if (!playing_ && !series_) {
    simulate_if_changed(target);  // the first series at once, so the plot is there from the start
  } else if (!playing_ && simulated_for_ != target) {
    if (settling_ != target) {
      settling_ = target;
      settle_s_ = 0.0f;
    } else if ((settle_s_ += delta_s) >= kSettle_s) {
      simulate_if_changed(target);
    }
  }
  if (!playing_ || !series_ || series_->samples.empty()) return playing_;
  time_s_ += delta_s * kSimulatedSecondsPerSecond;
  const auto end = static_cast<float>(series_->samples.back().time_s);
  if (time_s_ >= end) {
    time_s_ = end;
    playing_ = false;
  }
  return true;
}

std::optional<double> FatiguePlayback::hamstring_fatigue() const {
  if (!playing_ && time_s_ <= 0.0f) return std::nullopt;
  const biomech::FatigueSample* sample = view().sample();
  if (!sample) return std::nullopt;
  return sample->hamstrings.fatigued;
}

ui::FatigueView FatiguePlayback::view() const {
  ui::FatigueView v;
  v.task = task_;
  v.duration_min = duration_min_;
  v.playing = playing_;
  v.time_s = time_s_;
  v.series = series_ ? &*series_ : nullptr;
  return v;
}

}  // namespace app
