#include "app/muscle_pulls.h"

#include <algorithm>
#include <optional>

#include "render/camera.h"

namespace app {
namespace {

// The arrow's length in the body (metres): long enough to show the direction, short enough to
// stay near the attachment it acts on.
constexpr float kArrowLength_m = 0.075f;

// One muscle of each group stands for it: the right side's, which the side view sees. The landmark
// pair runs from the attachment on the pelvis or the spine to the other end; the hamstrings pull
// from their common origin on the ischial tuberosity towards the long head of biceps femoris at
// the knee, the outermost.
struct PullLandmarks {
  biomech::MuscleGroup group;
  const char* name_id;
  const char* pelvis_end;
  const char* other_end;
};
constexpr PullLandmarks kPulls[] = {
    {biomech::MuscleGroup::hamstrings, "group.hamstrings", "ischial_tuberosity.r",
     "biceps_femoris_long.insertion.r"},
    {biomech::MuscleGroup::gluteus_maximus, "group.gluteals", "gluteus_maximus.origin.r",
     "gluteus_maximus.insertion.r"},
    {biomech::MuscleGroup::rectus_femoris, "muscle_name.rectus_femoris", "rectus_femoris.origin.r",
     "rectus_femoris.insertion.r"},
    {biomech::MuscleGroup::iliopsoas, "group.hip_flexors", "psoas_major.origin.r", "psoas_major.insertion.r"},
    {biomech::MuscleGroup::erector_spinae, "group.erector_spinae", "erector_spinae.origin.r",
     "erector_spinae.insertion.r"},
    {biomech::MuscleGroup::abdominals, "group.abdominals", "rectus_abdominis.origin.r",
     "rectus_abdominis.insertion.r"},
};

}  // namespace

std::vector<ui::MusclePull> muscle_pulls(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                                         const biomech::Outputs& outputs, const glm::mat4& view_projection,
                                         glm::vec2 window_px) {
  std::vector<ui::MusclePull> pulls;
  if (posed.world.size() != scene.nodes.size()) return pulls;
  for (const auto& p : kPulls) {
    const auto& m = outputs.muscle(p.group);
    if (m.force_n <= 0.0 || m.hip_moment_nm == 0.0) continue;
    const auto from = anatomy::landmark_position(scene, posed, p.pelvis_end),
               other = anatomy::landmark_position(scene, posed, p.other_end);
    if (!from || !other) continue;
    const glm::vec3 along = *other - *from;
    const float length = glm::length(along);
    if (length < 1e-4f) continue;
    const glm::vec3 tip = *from + along * (std::min(kArrowLength_m, 0.6f * length) / length);
    const auto a = render::project_to_screen(*from, view_projection, window_px);
    const auto b = render::project_to_screen(tip, view_projection, window_px);
    if (!a || !b) continue;
    pulls.push_back({p.name_id, *a, *b, m.force_n, m.hip_moment_nm > 0.0});
  }
  return pulls;
}

}  // namespace app
