#include "app/solved_model.h"

#include <chrono>
#include <cstdio>

namespace app {
biomech::Inputs Reference::inputs_for(const biomech::Inputs& current) const {
  return pinned ? *pinned : biomech::with_balanced_muscles(current);
}

core::Result<biomech::Outputs> SolvedModel::solve(const biomech::Inputs& inputs) {
  ++solve_count_;
  const auto start = std::chrono::steady_clock::now();
  auto solved = biomech::solve(inputs);
  last_solve_us_ =
      std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  return solved;
}

SolvedModel::SolvedModel() {
  // Balanced inputs always solve; a failure here is a broken model, reported once.
  if (auto rest = solve(biomech::balanced_inputs()))
    rest_reference_ = std::move(*rest);
  else
    std::fprintf(stderr, "posturelab: error: the balanced state does not solve: %s\n",
                 rest.error().message.c_str());
}

void SolvedModel::update(const biomech::Inputs& inputs, const Reference& reference) {
  if (current_.key != inputs) {
    current_.key = inputs;
    if (auto solved = solve(inputs)) {
      current_.value = std::move(*solved);
      error_.clear();
    } else {
      error_ = solved.error().message;  // the last good results stay on screen
    }
  }
  const biomech::Inputs reference_inputs = reference.inputs_for(inputs);
  if (reference_.key != reference_inputs) {
    reference_.key = reference_inputs;
    if (auto solved = solve(reference_inputs)) reference_.value = std::move(*solved);
  }
  biomech::Inputs curve_key = inputs;
  curve_key.hamstrings_pct = 0.0;
  if (tilt_curve_.key != curve_key) {
    tilt_curve_.key = curve_key;
    tilt_curve_.value.emplace();
    for (std::size_t i = 0; i < ui::TiltCurve::kPoints; ++i) {
      biomech::Inputs probe = curve_key;
      probe.hamstrings_pct = ui::TiltCurve::kStep_pct * static_cast<double>(i);
      auto solved = solve(probe);
      if (!solved) {
        tilt_curve_.value.reset();
        break;
      }
      tilt_curve_.value->tilt_deg[i] = static_cast<float>(solved->pelvis.tilt_asis_psis_deg);
    }
  }
}

}  // namespace app
