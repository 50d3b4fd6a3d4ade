#pragma once
// The muscles that cross the lumbar levels, and the free body of each level: the flexing moment of
// everything above it (its weight, a held load) less what the passive tissues carry is balanced by
// these muscles, recruited by min/max (biomech/recruitment.h). The same forces compress the disc,
// fill the muscle readout (force, share of capacity, reserve) and drive nothing else: one story.
// Sagittal plane only; both sides of the body together.
#include <array>
#include <string_view>

#include "biomech/enum_names.h"
#include "biomech/level.h"

namespace biomech {

enum class TrunkMuscle {
  erector_spinae,
  multifidus,
  quadratus_lumborum,
  psoas,
  rectus_abdominis,
  external_oblique,
  internal_oblique,
};
inline constexpr std::array kAllTrunkMuscles = {
    TrunkMuscle::erector_spinae,     TrunkMuscle::multifidus,
    TrunkMuscle::quadratus_lumborum, TrunkMuscle::psoas,
    TrunkMuscle::rectus_abdominis,   TrunkMuscle::external_oblique,
    TrunkMuscle::internal_oblique,
};
inline constexpr std::size_t kTrunkMuscleCount = kAllTrunkMuscles.size();
inline constexpr EnumName<TrunkMuscle> kTrunkMuscleNames[] = {
    {TrunkMuscle::erector_spinae, "erector_spinae"},
    {TrunkMuscle::multifidus, "multifidus"},
    {TrunkMuscle::quadratus_lumborum, "quadratus_lumborum"},
    {TrunkMuscle::psoas, "psoas"},
    {TrunkMuscle::rectus_abdominis, "rectus_abdominis"},
    {TrunkMuscle::external_oblique, "external_oblique"},
    {TrunkMuscle::internal_oblique, "internal_oblique"},
};
std::string_view trunk_muscle_name(TrunkMuscle muscle);
inline constexpr std::size_t trunk_index(TrunkMuscle m) { return static_cast<std::size_t>(m); }

template <typename T>
using PerTrunkMuscle = std::array<T, kTrunkMuscleCount>;

// One row per muscle (trunk_muscles.cpp says where each number comes from, and which are design).
struct TrunkMuscleSpec {
  TrunkMuscle muscle;
  double max_force_n;         // both sides, at 1.75 m stature
  PerLevel<double> lever_m;   // sagittal moment arm at each level, + = extensor
  PerLevel<double> crossing;  // share of the muscle's force that crosses each level (fascicles)
  bool abdominal;             // scaled by the abdominals' strength slider
  bool driven_by_hip;         // force set by the hip (psoas), not recruited for the lumbar moment
};
const TrunkMuscleSpec& trunk_muscle_spec(TrunkMuscle muscle);

// Postural activation of the trunk muscles in quiet upright posture, both calibrations: design, at the
// few-percent level that surface EMG of quiet standing reports (no single source in the reference).
inline constexpr double kTrunkPosturalActivation = 0.02;
// Walking: the lumbar erector fires twice a stride, at each heel strike. Design: 5 % MVC mean over
// the cycle (surface EMG of gait reports activity of this order; no figure in the reference). The
// burst itself is not a floor: it answers the trunk's forward pitch when the heel strike brakes the
// pelvis (disc_loads.h, BodyLoad::braking_g), so it comes out of the same min/max solve.
inline constexpr double kWalkingExtensorMean = 0.05;
// Abdominal co-contraction while the back extensors work: design, a share of the extensors'
// activation (antagonist co-activity rises with the load: Granata & Marras 1995, direction only).
inline constexpr double kAbdominalCoContraction = 0.15;

struct TrunkDrive {
  bool upright = true;              // lying: the muscles rest
  double abdominal_strength = 1.0;  // slider / 100
  double psoas_force_n = 0.0;       // from the hip: the psoas part of the iliopsoas force
  double size_scale = 1.0;          // (height / 1.75 m)²: muscle cross-sections grow with body size
  double extensor_activation = kTrunkPosturalActivation;  // the back extensors' floor (walking: more)
};

struct TrunkLevel {
  PerTrunkMuscle<double> force_n{};   // force crossing this level
  double activation = 0.0;            // shared activation of the working side (min/max)
  int working_side = 0;               // +1 the extensors balance the moment, −1 the flexors
  double unmet_nm = 0.0;              // moment beyond the muscles' capacity (carried by passive tissue)
  double muscle_compression_n = 0.0;  // Σ forces crossing (lines taken along the spine's axis)
};

// Capacity of one muscle for this drive: strength × Fmax × size.
double trunk_capacity_n(TrunkMuscle muscle, const TrunkDrive& drive);
// The muscles' forces at `level` for a net moment `moment_nm` (+ = flexing, to be balanced by
// extensors) that the passive tissues have not carried.
TrunkLevel solve_trunk_level(Level level, double moment_nm, const TrunkDrive& drive);

// Passive flexion resistance of the lumbar tissues (discs, ligaments, fascia), Nm, for the share of
// this level's standing lordosis given up (0 = standing, 1 = flat); 0 in extension. Design curve:
// exponential, 40 Nm at a flat lumbar spine for 1.75 m (size³), the order of the full-flexion
// bending moments that in vitro lumbar segments resist (Adams & Dolan 1991) [U].
double passive_flexion_moment_nm(double relative_flexion, double height_m);

}  // namespace biomech
