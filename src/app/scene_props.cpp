#include "app/scene_props.h"

#include <algorithm>

#include "app/pose_from_model.h"

namespace app {
namespace {
constexpr float kSoftTissue_m = 0.02f;  // skin and fat under the sitting bones
constexpr float kSeatDepth_m = 0.42f, kSeatWidth_m = 0.46f;
constexpr float kSeatBehind_m = 0.08f;  // the seat reaches this far behind the sitting bones
constexpr float kLowestSeat_m = 0.05f;
// A plain stool: a thin seat and four thin legs, so it never hides the thighs in a side view.
constexpr float kBoard_m = 0.035f, kLeg_m = 0.03f;
constexpr render::palette::Srgb kWood{96, 88, 80};
}  // namespace

std::vector<render::Prop> scene_props(const anatomy::Scene& scene, const anatomy::PosedScene& posed,
                                      biomech::Activity activity) {
  if (!is_sitting(activity)) return {};
  const auto left = scene.find_landmark("ischial_tuberosity.l");
  const auto right = scene.find_landmark("ischial_tuberosity.r");
  if (!left || !right) return {};
  const glm::vec3 mid = 0.5f * (anatomy::landmark_position(scene, posed, *left) +
                                anatomy::landmark_position(scene, posed, *right));
  const float top = std::max(kLowestSeat_m, mid.y - kSoftTissue_m);
  const glm::vec3 seat_centre{mid.x, top - kBoard_m * 0.5f, mid.z + kSeatDepth_m * 0.5f - kSeatBehind_m};
  std::vector<render::Prop> props;
  props.push_back({seat_centre, {kSeatWidth_m * 0.5f, kBoard_m * 0.5f, kSeatDepth_m * 0.5f}, kWood});
  const float leg_height = std::max(0.0f, top - kBoard_m);
  for (float sx : {-1.0f, 1.0f})
    for (float sz : {-1.0f, 1.0f}) {
      const glm::vec3 centre{seat_centre.x + sx * (kSeatWidth_m * 0.5f - kLeg_m), leg_height * 0.5f,
                             seat_centre.z + sz * (kSeatDepth_m * 0.5f - kLeg_m)};
      props.push_back({centre, {kLeg_m * 0.5f, leg_height * 0.5f, kLeg_m * 0.5f}, kWood});
    }
  return props;
}

}  // namespace app
