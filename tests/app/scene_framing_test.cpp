// The stool and the camera's framing, on the real model posed by the real model outputs: pure
// geometry, no GL.
#include <catch2/catch.hpp>

#include "anatomy/gltf_importer.h"
#include "app/camera_framing.h"
#include "app/pose_from_model.h"
#include "app/scene_props.h"
#include "biomech/model.h"

namespace {
struct Posed {
  anatomy::Scene scene;
  anatomy::Rig rig;
  anatomy::PosedScene posed;
};

Posed posed_for(biomech::Activity activity) {
  auto path = anatomy::bundled_model_path();
  REQUIRE(path.ok());
  auto scene = anatomy::load_model(*path);
  REQUIRE(scene.ok());
  Posed p{std::move(*scene), {}, {}};
  p.rig = anatomy::make_rig(p.scene);
  biomech::Inputs inputs = biomech::balanced_inputs();
  inputs.activity = activity;
  auto outputs = biomech::solve(inputs);
  auto rest = biomech::solve(biomech::balanced_inputs());
  REQUIRE(outputs.ok());
  REQUIRE(rest.ok());
  p.posed = anatomy::evaluate_pose(p.scene, p.rig, app::pose_from_model(inputs, *outputs, *rest, p.rig));
  return p;
}

glm::vec3 landmark(const Posed& p, const char* id) {
  auto index = p.scene.find_landmark(id);
  REQUIRE(index.has_value());
  return anatomy::landmark_position(p.scene, p.posed, *index);
}
}  // namespace

TEST_CASE("sitting puts a stool just under the sitting bones, and standing has no furniture") {
  const Posed sitting = posed_for(biomech::Activity::sit_upright);
  const auto props = app::scene_props(sitting.scene, sitting.posed, biomech::Activity::sit_upright);
  REQUIRE(props.size() == 5);  // a seat and four legs
  const auto& seat = props[0];
  const float seat_top = seat.centre.y + seat.half_size_m.y;
  const float bones = landmark(sitting, "ischial_tuberosity.l").y;
  CHECK(seat_top < bones);
  CHECK(seat_top > bones - 0.05f);
  for (std::size_t i = 1; i < props.size(); ++i)
    CHECK(props[i].centre.y - props[i].half_size_m.y == Approx(0.0f).margin(1e-4));
  const Posed standing = posed_for(biomech::Activity::stand);
  CHECK(app::scene_props(standing.scene, standing.posed, biomech::Activity::stand).empty());
}

TEST_CASE("standing views frame the story from the knees up, and lying frames the body where it lies") {
  const Posed standing = posed_for(biomech::Activity::stand);
  const auto anchors = anatomy::make_structure_anchors(standing.scene);
  const anatomy::Aabb model{{-0.3f, 0.0f, -0.2f}, {0.3f, 1.3f, 0.2f}};
  const anatomy::Aabb story = app::framing_bounds(biomech::Activity::stand, model, standing.posed, anchors);
  CHECK(story.min.y == Approx(0.33f * 1.3f));
  CHECK(story.max.y == Approx(1.3f));
  const Posed lying = posed_for(biomech::Activity::lie_supine);
  const anatomy::Aabb bed = app::framing_bounds(biomech::Activity::lie_supine, model, lying.posed, anchors);
  // Lying, the body is long front to back and low: its bounds are no longer the standing ones.
  CHECK(bed.max.y < 0.6f);
  CHECK(bed.max.z - bed.min.z > 1.0f);
}
