#include "biomech/fatigue.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace biomech {

FatigueParameters knee_extensor_parameters() { return {0.00825, 0.00076, 14.85}; }
FatigueParameters elbow_parameters() { return {0.00912, 0.00094, 15.0}; }

Compartments fatigue_step(const Compartments& s, double target, const FatigueParameters& p, double dt_s) {
  // Controller C (Xia & Frey Law 2008; Ipuch/XiaMuscleModel f_C.m).
  double c = 0.0;
  if (s.active < target) {
    c = s.resting >= target - s.active ? p.develop_per_s * (target - s.active) : p.develop_per_s * s.resting;
  } else {
    c = p.relax_per_s * (target - s.active);
  }
  const double recovery = target <= 0.0 ? p.rest_recovery_multiplier * p.recovery_per_s : p.recovery_per_s;
  Compartments next;
  next.active = s.active + dt_s * (c - p.fatigue_per_s * s.active);
  next.resting = s.resting + dt_s * (-c + recovery * s.fatigued);
  next.fatigued = s.fatigued + dt_s * (p.fatigue_per_s * s.active - recovery * s.fatigued);
  return next;
}

double sustainable_load(const FatigueParameters& p) {
  return p.recovery_per_s / (p.fatigue_per_s + p.recovery_per_s);
}

double endurance_time_s(double target, const FatigueParameters& p, double max_s, double dt_s) {
  Compartments s;
  bool reached = false;
  const auto steps = static_cast<long>(max_s / dt_s);
  for (long i = 1; i <= steps; ++i) {
    s = fatigue_step(s, target, p, dt_s);
    if (!reached) {
      reached = s.active >= 0.99 * target;
    } else if (s.active < 0.99 * target) {
      return static_cast<double>(i) * dt_s;
    }
  }
  return std::numeric_limits<double>::infinity();
}

double task_demand(Task task, MuscleGroup group) {
  // Walking: time-weighted mean excitation of the OpenSim gait10dof18musc CMC reference (section 6):
  // hamstrings 0.14, glut_max 0.05, iliopsoas 0.16, rect_fem 0.03. Running: no figure in the
  // reference; design stand-in: the walking peak excitation held as the mean (0.65 / 0.26 / 0.80 /
  // 0.27), to show a harder task, not a measured one.
  const bool run = task == Task::run;
  switch (group) {
    case MuscleGroup::hamstrings:
      return run ? 0.65 : 0.14;
    case MuscleGroup::gluteus_maximus:
      return run ? 0.26 : 0.05;
    case MuscleGroup::iliopsoas:
      return run ? 0.80 : 0.16;
    case MuscleGroup::rectus_femoris:
      return run ? 0.27 : 0.03;
    case MuscleGroup::erector_spinae:
    case MuscleGroup::abdominals:
      return 0.0;  // the fatigue view follows the leg muscles only
  }
  return 0.0;
}
double quadriceps_task_demand(Task task) { return task == Task::run ? 0.36 : 0.07; }  // vasti, section 6

double hamstring_strain_risk(double hamstrings, double quadriceps, double capacity) {
  const double available = hamstrings * capacity;
  if (available <= 0.0) return std::numeric_limits<double>::infinity();
  return quadriceps / available;
}

core::Result<FatigueSeries> simulate_fatigue(const Inputs& inputs, Task task, double work_s, double rest_s,
                                             double sample_s) {
  if (auto status = validate(inputs); !status) return status.error();
  if (!(work_s >= 0 && rest_s >= 0 && work_s + rest_s <= 4 * 3600.0))
    return core::make_error("fatigue: work and rest must be 0 to 4 hours in total");
  if (!(sample_s >= 0.01)) return core::make_error("fatigue: sample interval must be at least 0.01 s");
  const auto params = knee_extensor_parameters();
  const double hamstrings = inputs.hamstrings_pct / 100.0, quadriceps = inputs.quadriceps_pct / 100.0;
  // TL = demand ÷ strength. A demand beyond this person's maximum cannot be met: the model drives the
  // group at its maximum (TL 1) and the series says so through the target above 1.
  FatigueSeries series;
  series.hamstring_target = hamstrings > 0 ? task_demand(task, MuscleGroup::hamstrings) / hamstrings
                                           : std::numeric_limits<double>::infinity();
  series.quadriceps_target =
      quadriceps > 0 ? quadriceps_task_demand(task) / quadriceps : std::numeric_limits<double>::infinity();
  const double ham_tl = std::min(1.0, series.hamstring_target),
               quad_tl = std::min(1.0, series.quadriceps_target);
  constexpr double dt = 0.002;
  Compartments ham, quad;
  // Design: fatigue raises tightness — the fatigued fraction adds up to 50 points to the normal 20 %.
  auto sample = [&](double t) {
    const double capacity = 1.0 - ham.fatigued;
    series.samples.push_back(FatigueSample{t, ham, quad, 20.0 + 50.0 * ham.fatigued,
                                           hamstring_strain_risk(hamstrings, quadriceps, capacity)});
  };
  sample(0.0);
  const auto total_steps = static_cast<long>(std::llround((work_s + rest_s) / dt));
  const auto work_steps = static_cast<long>(std::llround(work_s / dt));
  const auto every = std::max(1L, static_cast<long>(std::llround(sample_s / dt)));
  for (long i = 1; i <= total_steps; ++i) {
    const bool working = i <= work_steps;
    ham = fatigue_step(ham, working ? ham_tl : 0.0, params, dt);
    quad = fatigue_step(quad, working ? quad_tl : 0.0, params, dt);
    if (i % every == 0) sample(static_cast<double>(i) * dt);
  }
  return series;
}

}  // namespace biomech
