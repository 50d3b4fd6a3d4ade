#pragma once
// Muscle fatigue, the article's second mechanism: the three-compartment controller model with
// recovery (3CC-r) — Xia & Frey Law 2008, Looft et al. 2018 (docs/reference/biomechanics.md section 6).
#include <vector>

#include "biomech/inputs.h"
#include "biomech/muscles.h"
#include "core/result.h"

namespace biomech {

struct FatigueParameters {
  double fatigue_per_s;                   // F
  double recovery_per_s;                  // R
  double rest_recovery_multiplier = 1.0;  // r of 3CC-r (1 = the original 3CC)
  double develop_per_s = 10.0;            // L_D (Xia & Frey Law Script.m)
  double relax_per_s = 10.0;              // L_R
};
// Knee extensors, Rakshit et al. 2021: F 0.00825, R 0.00076, r 14.85 (from a MyoSuite-derived file
// [U]); used for the hamstrings too, as no hamstring values were found (stated assumption, section 6).
FatigueParameters knee_extensor_parameters();
// Elbow: F 0.00912, R 0.00094 (MyoHub/myosuite, citing Frey-Law 2012 and Looft 2018), r 15 (Looft
// 2018 default).
FatigueParameters elbow_parameters();

struct Compartments {
  double active = 0.0;
  double resting = 1.0;
  double fatigued = 0.0;
  bool operator==(const Compartments&) const = default;
};

// One explicit Euler step toward target load `target` (fraction of MVC). r multiplies R at rest
// (target 0), Looft 2018.
Compartments fatigue_step(const Compartments& state, double target, const FatigueParameters& p, double dt_s);
// Highest load held indefinitely: R / (F + R).
double sustainable_load(const FatigueParameters& p);
// Time a sustained contraction at `target` is held before M_A < 0.99·target (dt 2 ms), at most max_s.
double endurance_time_s(double target, const FatigueParameters& p, double max_s = 3600.0,
                        double dt_s = 0.002);

enum class Task { walk, run };

struct FatigueSample {
  double time_s = 0.0;
  Compartments hamstrings;
  Compartments quadriceps;
  double hamstring_tightness_pct = 0.0;  // rises with the fatigued fraction
  double hamstring_strain_risk = 0.0;    // 1 = balanced and rested
  bool operator==(const FatigueSample&) const = default;
};
struct FatigueSeries {
  double hamstring_target = 0.0;  // target load of the task, fraction of this person's MVC
  double quadriceps_target = 0.0;
  std::vector<FatigueSample> samples;
  bool operator==(const FatigueSeries&) const = default;
};
// Task demand ÷ strength drives each group; `work_s` of the task, then `rest_s` of rest, sampled
// every `sample_s`.
core::Result<FatigueSeries> simulate_fatigue(const Inputs& inputs, Task task, double work_s, double rest_s,
                                             double sample_s = 1.0);

// Mean activation a task demands of a group at normal strength (fraction of MVC).
double task_demand(Task task, MuscleGroup group);
double quadriceps_task_demand(Task task);

// Strain-risk index of the hamstrings: quadriceps strength against the hamstrings' available
// capacity (strength × unfatigued fraction), 1 for balanced and rested.
double hamstring_strain_risk(double hamstrings, double quadriceps, double hamstring_capacity);

}  // namespace biomech
