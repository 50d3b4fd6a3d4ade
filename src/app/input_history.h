#pragma once
// Undo and redo of the model's inputs (sliders, activity, calibration). A drag of a slider is one
// step: the UI commits the state when the drag ends, not on every frame of it.
#include <cstddef>
#include <optional>
#include <vector>

#include "biomech/inputs.h"

namespace app {

class InputHistory {
 public:
  explicit InputHistory(const biomech::Inputs& initial, std::size_t capacity = 200);

  // Records `state` as the newest step unless it equals the current one; clears the redo steps.
  void commit(const biomech::Inputs& state);
  std::optional<biomech::Inputs> undo();  // the state to return to, or nothing at the start
  std::optional<biomech::Inputs> redo();
  bool can_undo() const { return cursor_ > 0; }
  bool can_redo() const { return cursor_ + 1 < steps_.size(); }
  const biomech::Inputs& current() const { return steps_[cursor_]; }

 private:
  std::vector<biomech::Inputs> steps_;
  std::size_t cursor_ = 0;
  std::size_t capacity_;
};

}  // namespace app
