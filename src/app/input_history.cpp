#include "app/input_history.h"

#include <algorithm>

namespace app {

InputHistory::InputHistory(const biomech::Inputs& initial, std::size_t capacity)
    : steps_{initial}, capacity_(std::max<std::size_t>(capacity, 2)) {}

void InputHistory::commit(const biomech::Inputs& state) {
  if (state == steps_[cursor_]) return;
  steps_.resize(cursor_ + 1);
  steps_.push_back(state);
  if (steps_.size() > capacity_) steps_.erase(steps_.begin());
  cursor_ = steps_.size() - 1;
}

std::optional<biomech::Inputs> InputHistory::undo() {
  if (!can_undo()) return std::nullopt;
  return steps_[--cursor_];
}

std::optional<biomech::Inputs> InputHistory::redo() {
  if (!can_redo()) return std::nullopt;
  return steps_[++cursor_];
}

}  // namespace app
