#include "biomech/hip_task.h"

#include <cmath>

#include "biomech/fatigue.h"
#include "biomech/recruitment.h"
#include "core/units.h"

namespace biomech {
namespace {

// gait2392 torso COM 46.8 cm above and 6.0 cm behind the hip centre at neutral (section 3.2) [C];
// de Leva trunk length 0.5319 m (suprasternale → hip centre) of a 1.741 m man for the shoulders.
constexpr double kComAboveHip_m = 0.468, kComBehindHip_m = 0.060,
                 kShouldersAboveHip_m = 0.5319 * 1.75 / 1.741;
constexpr MuscleGroup kHipGroups[] = {MuscleGroup::hamstrings, MuscleGroup::gluteus_maximus,
                                      MuscleGroup::rectus_femoris, MuscleGroup::iliopsoas};

}  // namespace

double mass_fraction_above_hips() { return 0.0694 + 2 * (0.0271 + 0.0162 + 0.0061) + 0.4346; }

HipTask hip_task(const Posture& posture, double trunk_inclination_deg, double body_mass_kg, double height_m,
                 double load_kg, const JointAngles& joints, const MuscleState& muscles) {
  HipTask out;
  if (posture.upright && (!posture.seated || posture.pelvis_held)) {
    double per_leg = 0.0;  // the groups are one leg's muscles (muscles.h)
    if (!posture.seated) {
      const double scale = height_m / 1.75;
      const double a = core::deg_to_rad(trunk_inclination_deg);
      const double weight = core::kg_to_newtons(mass_fraction_above_hips() * body_mass_kg);
      const double arm =
          scale * (kComAboveHip_m * std::sin(a) - kComBehindHip_m * std::cos(a) + kComBehindHip_m);
      const double load_arm = scale * kShouldersAboveHip_m * std::sin(a) + posture.load_reach_m;
      out.moment_nm = weight * arm + core::kg_to_newtons(load_kg) * load_arm;
      per_leg = 0.5 * out.moment_nm;
    } else {
      // Held upright on the seat: the passive tension of the hip's muscles at these joint angles
      // (+ = tips the pelvis forward; the stretched hamstrings pull it back) is the task.
      for (MuscleGroup g : kHipGroups) {
        const GroupMoment m = group_moment(g, joints, muscles, 0.0);
        per_leg += m.hip_moment_nm;
      }
      out.moment_nm = 2.0 * per_leg;
    }

    std::array<Actuator, std::size(kHipGroups)> actuators{};
    std::array<double, std::size(kHipGroups)> forces{};
    for (std::size_t i = 0; i < std::size(kHipGroups); ++i) {
      actuators[i].lever_m = group_hip_moment_arm_m(kHipGroups[i], joints.hip_flexion_deg);
      actuators[i].capacity_n = group_strength(kHipGroups[i], muscles) * group_max_force_n(kHipGroups[i]);
    }
    // The muscles answer the moment: a forward tip needs a backward (posterior-tilt) pull.
    const Recruitment r = recruit(actuators, -per_leg, forces);
    out.activation = r.activation;
    out.unmet_nm = -r.unmet_nm;
    for (std::size_t i = 0; i < std::size(kHipGroups); ++i)
      out.force_n[static_cast<std::size_t>(kHipGroups[i])] = forces[i];
  }
  return out;
}

}  // namespace biomech
