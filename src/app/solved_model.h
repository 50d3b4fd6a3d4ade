#pragma once
// The biomechanics model solved for the session's inputs, kept beside them and recomputed only when
// what a result derives from compares unequal (the shape of OpenSim Creator's hellooscar
// `update_torus_if_params_changed()`): one owner for every solved value the app shows, so the
// renderer and the panels read results and never solve.
//
// What a change of the shown inputs costs (biomech::solve calls, counted by solve_count()):
//   - the current state: 1, on any change;
//   - the reference (balanced muscles in the same activity and body, unless a state is pinned):
//     1 when its own inputs change (activity, load, body data, calibration), 0 for a muscle slider;
//   - the tilt curve (pelvic tilt at hamstrings 0, 10 ... 100 %): 11 when anything but the
//     hamstrings changes, 0 for the hamstring slider, the one it plots against;
//   - the rest reference (balanced standing, the anatomical model's rest pose): once, ever.
// So a hamstring drag costs 1 solve a frame, another muscle slider 12, an activity change 13.
#include <array>
#include <optional>
#include <string>

#include "biomech/inputs.h"
#include "biomech/model.h"
#include "ui/ui_snapshot.h"

namespace app {

// What the current state is compared with: the ghost, "change from balanced" in the readouts and
// callouts, and the left side of a before/after view.
struct Reference {
  // Balanced muscles, same activity, body and calibration (biomech::with_balanced_muscles).
  // Otherwise the pinned state: a preset, a state set as reference, or a scenario file.
  std::optional<biomech::Inputs> pinned;

  biomech::Inputs inputs_for(const biomech::Inputs& current) const;
  bool operator==(const Reference&) const = default;
};

class SolvedModel {
 public:
  SolvedModel();  // solves the rest reference

  // Brings every result up to date with `inputs` and `reference`, solving only what changed.
  // Inputs the model rejects keep the last good results and set error().
  void update(const biomech::Inputs& inputs, const Reference& reference = {});

  // Null until the first good solve.
  const biomech::Outputs* current() const { return current_.value ? &*current_.value : nullptr; }
  const biomech::Outputs* reference() const { return reference_.value ? &*reference_.value : nullptr; }
  const biomech::Inputs* reference_inputs() const { return reference_.key ? &*reference_.key : nullptr; }
  // Balanced standing (biomech::balanced_inputs()): the state the model's rest pose shows, which
  // pose angles and disc colours are measured from.
  const biomech::Outputs& rest_reference() const { return rest_reference_; }
  const ui::TiltCurve* tilt_curve() const { return tilt_curve_.value ? &*tilt_curve_.value : nullptr; }
  // Why the current inputs could not be solved; empty when they were.
  const std::string& error() const { return error_; }

  // How many times biomech::solve has been called by this object: tests prove what a change costs.
  int solve_count() const { return solve_count_; }
  // How long the last biomech::solve call took, in microseconds: the bench reports it.
  double last_solve_us() const { return last_solve_us_; }

 private:
  // A value derived from a key, recomputed when the key compares unequal.
  template <class Value>
  struct Cached {
    std::optional<biomech::Inputs> key;
    std::optional<Value> value;
  };
  core::Result<biomech::Outputs> solve(const biomech::Inputs& inputs);

  Cached<biomech::Outputs> current_;
  Cached<biomech::Outputs> reference_;
  Cached<ui::TiltCurve> tilt_curve_;  // keyed by the inputs with the hamstrings at 0
  biomech::Outputs rest_reference_;
  std::string error_;
  int solve_count_ = 0;
  double last_solve_us_ = 0.0;
};

}  // namespace app
