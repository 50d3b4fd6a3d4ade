#include "app/pose_from_model.h"

#include <algorithm>
#include <cmath>

#include "biomech/activity.h"

namespace app {
namespace {

float distance(const anatomy::Rig& rig, int a, int b, float fallback) {
  if (a < 0 || b < 0) return fallback;
  return glm::length(glm::vec3(rig.rest_world[static_cast<std::size_t>(a)][3]) -
                     glm::vec3(rig.rest_world[static_cast<std::size_t>(b)][3]));
}

}  // namespace

std::optional<biomech::MuscleGroup> muscle_group_of(std::string_view group) {
  using biomech::MuscleGroup;
  if (group == "hamstrings") return MuscleGroup::hamstrings;
  if (group == "gluteals") return MuscleGroup::gluteus_maximus;
  if (group == "quadriceps") return MuscleGroup::rectus_femoris;
  if (group == "hip_flexors") return MuscleGroup::iliopsoas;
  if (group == "erector_spinae") return MuscleGroup::erector_spinae;
  if (group == "abdominals") return MuscleGroup::abdominals;
  return std::nullopt;
}

namespace {

// "disc.L4-L5" / "bone.L4" -> the level whose facets and disc they are (a vertebra's facets with the
// one below: L4 with L4-L5, the sacrum with L5-S1).
std::optional<biomech::Level> level_of(const std::string& id) {
  using biomech::Level;
  static const std::pair<const char*, Level> table[] = {
      {"disc.L1-L2", Level::l1_l2}, {"disc.L2-L3", Level::l2_l3}, {"disc.L3-L4", Level::l3_l4},
      {"disc.L4-L5", Level::l4_l5}, {"disc.L5-S1", Level::l5_s1}, {"bone.L1", Level::l1_l2},
      {"bone.L2", Level::l2_l3},    {"bone.L3", Level::l3_l4},    {"bone.L4", Level::l4_l5},
      {"bone.L5", Level::l5_s1},    {"bone.sacrum", Level::l5_s1}};
  for (const auto& [name, level] : table)
    if (id == name) return level;
  return std::nullopt;
}

float clamp01(double v) { return static_cast<float>(std::clamp(v, 0.0, 1.0)); }

}  // namespace

bool is_sitting(biomech::Activity a) {
  using biomech::Activity;
  return a == Activity::sit_relaxed || a == Activity::sit_upright || a == Activity::sit_slouched ||
         a == Activity::sit_flexed;
}

anatomy::PoseParameters pose_from_model(const biomech::Inputs& inputs, const biomech::Outputs& outputs,
                                        const biomech::Outputs& rest_reference, const anatomy::Rig& rig) {
  using biomech::Activity;
  const biomech::Posture posture = biomech::posture_of(inputs.activity);
  anatomy::PoseParameters pose;
  pose.pelvis_tilt_deg = static_cast<float>(outputs.pelvis.rotation_deg);
  // Per level: the model's lordosis against balanced standing (both modules run L1-L2 ... L5-S1).
  static_assert(biomech::kAllLevels.size() == anatomy::kLumbarLevels);
  for (std::size_t i = 0; i < anatomy::kLumbarLevels; ++i) {
    const biomech::Level level = biomech::kAllLevels[i];
    pose.lumbar_extension_deg[i] =
        static_cast<float>(outputs.segment(level).lordosis_deg - rest_reference.segment(level).lordosis_deg);
  }
  // The thigh against the body's vertical.
  const float thigh = static_cast<float>(posture.thigh_flexion_deg);
  const float knee = static_cast<float>(-posture.knee_angle_deg);  // OpenSim: negative = flexion
  pose.thigh_flexion_deg = {thigh, thigh};
  pose.knee_flexion_deg = {knee, knee};
  const float thigh_m = distance(rig, rig.hip[0], rig.knee[0], 0.43f);
  const float shank_m = distance(rig, rig.knee[0], rig.ankle[0], 0.42f);
  const float t = glm::radians(thigh), k = glm::radians(knee);
  // Feet stay on the floor: lower the body by what the bent legs lose in height.
  const float drop = (thigh_m + shank_m) - (thigh_m * std::cos(t) + shank_m * std::cos(k - t));
  pose.body_offset_m = {0.0f, -drop, 0.0f};
  if (is_sitting(inputs.activity)) {
    // The shank hangs vertical from the knee; the ankle's plantar angle keeps the foot flat.
    pose.ankle_plantar_deg = {0.0f, 0.0f};
  }
  if (!posture.upright) {
    // Lying: the body turned onto the floor, the back (or the side) resting on it.
    const float hip_height = rig.hip_centre_m.y;
    if (inputs.activity == Activity::lie_side) {
      pose.body_pitch_deg = -90.0f;
      pose.body_roll_deg = 90.0f;
      pose.body_offset_m = {0.0f, 0.2f - hip_height, -0.3f};
    } else {
      pose.body_pitch_deg = -90.0f;
      pose.body_offset_m = {0.0f, 0.14f - hip_height, -0.3f};
    }
  }
  if (inputs.activity == Activity::walk) pose.animation = "gait";
  return pose;
}

bool discs_show_change(biomech::Activity activity) {
  return activity == biomech::Activity::stand || activity == biomech::Activity::walk;
}

float disc_change_value(double now, double before) {
  if (before <= 0.0) return 0.5f;
  const double change_pct = 100.0 * (now / before - 1.0);
  return clamp01(0.5 + 0.5 * change_pct / kDiscChangeLegendMax_pct);
}

std::vector<render::StructureStyle> styles_from_model(const anatomy::Scene& scene,
                                                      const biomech::Inputs& inputs,
                                                      const biomech::Outputs& outputs,
                                                      const biomech::Outputs& rest_reference,
                                                      const biomech::Outputs* comparison) {
  std::vector<render::StructureStyle> styles(scene.structures.size());
  for (std::size_t i = 0; i < scene.structures.size(); ++i) {
    const anatomy::Structure& s = scene.structures[i];
    render::StructureStyle& style = styles[i];
    if (s.category == anatomy::Category::muscle) {
      if (auto group = muscle_group_of(s.group)) {
        const auto& m = outputs.muscle(*group);
        // The vasti are quadriceps but not rectus femoris: their strength is the quadriceps input.
        const double strength = s.group == "quadriceps" ? inputs.quadriceps_pct : m.strength_pct;
        style.muscle_strength = clamp01(strength / 100.0);
        style.muscle_tension = clamp01(m.force_n / std::max(biomech::group_max_force_n(*group), 1.0) * 4.0);
      }
    }
    if (auto level = level_of(s.id)) {
      const auto& seg = outputs.segment(*level);
      if (comparison) {
        const auto& before = comparison->segment(*level);
        style.disc_anterior = disc_change_value(seg.pressure_mpa, before.pressure_mpa);
        style.disc_posterior = disc_change_value(seg.posterior_stress_index, before.posterior_stress_index);
        style.posterior_load = clamp01((seg.posterior_stress_index - 0.6) / 1.4);
        continue;
      }
      // More lordosis than balanced standing shifts the disc's load backwards (towards the facets),
      // flexion forwards; the mean is the model's pressure.
      const double extension = seg.lordosis_deg - rest_reference.segment(*level).lordosis_deg;
      const double shift = std::clamp(extension * 0.06, -0.8, 0.8);
      const double p = seg.pressure_mpa / kDiscPressureLegendMax_mpa;
      style.disc_anterior = clamp01(p * (1.0 - shift));
      style.disc_posterior = clamp01(p * (1.0 + shift));
      style.posterior_load = clamp01((seg.posterior_stress_index - 0.6) / 1.4);
    }
  }
  return styles;
}

}  // namespace app
