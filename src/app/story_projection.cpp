#include "app/story_projection.h"

#include <algorithm>
#include <cmath>

#include "app/angle_overlays.h"
#include "app/muscle_pulls.h"

namespace app {

ProjectedStory project_story(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                             const biomech::Outputs& outputs, const anatomy::PosedScene& reference_posed,
                             const biomech::Outputs& reference, const render::OrbitCamera& camera,
                             glm::vec2 window_px) {
  ProjectedStory story;
  const glm::mat4 view_projection =
      camera.projection_matrix(window_px.x / std::max(window_px.y, 1.0f)) * camera.view_matrix();
  story.landmarks = project_story_landmarks(scene, posed, view_projection, window_px);
  // A small margin: the landmarks are points on the bones' outlines and centres.
  story.region = story_region(story.landmarks, 0.025f * window_px.y);
  // The angles and the pulls are sagittal: drawn only while the camera looks from the side (within
  // about 35 degrees), where their projection is the angle itself and not a foreshortened one.
  const bool from_the_side =
      std::abs(std::sin(glm::radians(camera.yaw_deg()))) > 0.82f && std::abs(camera.pitch_deg()) < 35.0f;
  if (!from_the_side) return story;
  story.pulls = muscle_pulls(scene, posed, outputs, view_projection, window_px);
  story.angles =
      angle_overlays(scene, posed, outputs, reference_posed, reference, view_projection, window_px);
  return story;
}

}  // namespace app
