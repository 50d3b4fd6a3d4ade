#pragma once
// The six muscle groups that act on the pelvis in the sagittal plane, with gait2392 geometry
// (docs/reference/biomechanics.md sections 3.3–3.6). Moments here are about the hip axis and act on the
// pelvis: positive = anterior pelvic tilt (for a fixed femur that is the hip-flexion direction).
#include <array>
#include <string_view>

#include "biomech/enum_names.h"

namespace biomech {

enum class MuscleGroup { hamstrings, gluteus_maximus, rectus_femoris, iliopsoas, erector_spinae, abdominals };
inline constexpr std::array kAllMuscleGroups = {
    MuscleGroup::hamstrings, MuscleGroup::gluteus_maximus, MuscleGroup::rectus_femoris,
    MuscleGroup::iliopsoas,  MuscleGroup::erector_spinae,  MuscleGroup::abdominals,
};
inline constexpr std::size_t kMuscleGroupCount = kAllMuscleGroups.size();
inline constexpr EnumName<MuscleGroup> kMuscleGroupNames[] = {
    {MuscleGroup::hamstrings, "hamstrings"},         {MuscleGroup::gluteus_maximus, "gluteus_maximus"},
    {MuscleGroup::rectus_femoris, "rectus_femoris"}, {MuscleGroup::iliopsoas, "iliopsoas"},
    {MuscleGroup::erector_spinae, "erector_spinae"}, {MuscleGroup::abdominals, "abdominals"},
};
std::string_view muscle_group_name(MuscleGroup group);

// Strengths as fractions of normal (slider / 100); tightness as fractions (0.2 = normal). Strength sets
// the muscles' tone and capacity; tightness their passive tension at a given length.
struct MuscleState {
  double hamstrings = 1.0;
  double quadriceps = 1.0;
  double glutes = 1.0;
  double abdominals = 1.0;
  double hip_flexor_tightness = 0.2;
  double hamstring_tightness = 0.2;
  double quadriceps_tightness = 0.2;  // rectus femoris
};

// Joint angles that set muscle lengths: hip flexion (+ = flexion) and knee angle (OpenSim, − = flexion).
struct JointAngles {
  double hip_flexion_deg = 0.0;
  double knee_angle_deg = 0.0;
};

struct GroupMoment {
  double force_n = 0.0;          // tone + passive force along the muscle
  double hip_moment_nm = 0.0;    // on the pelvis, + = anterior tilt
  double tone_force_n = 0.0;     // the active part: postural tone
  double passive_force_n = 0.0;  // the passive part: tension by length and tightness
};

// Summed maximum isometric force of a group (gait2392, both sides are not summed: right leg model
// used for both legs together, see the .cpp).
double group_max_force_n(MuscleGroup group);
// Strength fraction of a group for these sliders (iliopsoas and erector spinae have no slider: 1).
double group_strength(MuscleGroup group, const MuscleState& m);
// Hip moment arm (m, + = flexor / anterior tilt) of a group, Fmax-weighted over its members.
double group_hip_moment_arm_m(MuscleGroup group, double hip_flexion_deg);

// Force and pelvic moment of one group: tone (tone_fraction × strength × Fmax) plus passive tissue.
GroupMoment group_moment(MuscleGroup group, const JointAngles& joints, const MuscleState& m,
                         double tone_fraction);
// Sum over the groups: the muscles' moment on the pelvis about the hip axis.
double pelvis_muscle_moment_nm(const JointAngles& joints, const MuscleState& m, double tone_fraction);

// Passive hip moment of hamstrings + iliopsoas + gluteus maximus with the knee straight, gait2392 +
// Thelen 2003 (docs/reference/biomechanics.md section 3.6), interpolated; + = flexion.
double passive_hip_moment_nm(double hip_flexion_deg);
// Rectus femoris passive hip-flexion moment at hip 0° against knee angle (section 3.6).
double rectus_femoris_passive_moment_nm(double knee_angle_deg);
// Extra passive iliopsoas force (N) from hip-flexor tightness beyond normal, at this hip flexion.
double iliopsoas_tightness_force_n(double hip_flexion_deg, double tightness);
// Thelen 2003 passive force-length curve, F_PE/F0 for normalized fiber length (0 when slack).
double thelen_passive_force(double normalized_fiber_length);

// Muscle-tendon length change (mm, + = longer) of a group from the balanced standing neutral.
double group_length_change_mm(MuscleGroup group, const JointAngles& joints,
                              double lumbar_extension_change_deg);

}  // namespace biomech
