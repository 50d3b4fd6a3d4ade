// The CPU side of the anatomy renderer, without a GPU: what make_draw_list prepares from a scene.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <span>

#include "anatomy/gltf_importer.h"
#include "anatomy/test_model.h"
#include "render/draw_list.h"
#include "render/gpu_contract.h"
#include "render/moving_detail.h"

namespace {

anatomy::Scene test_scene(const testmodel::Model& model = testmodel::build()) {
  const auto bytes = model.glb();
  auto scene = anatomy::load_model_from_memory(std::span(bytes), {}, "test.glb");
  REQUIRE(scene.ok());
  return std::move(*scene);
}

const render::Draw& draw_of(const render::DrawList& list, const anatomy::Scene& scene, const char* id) {
  const int structure = *scene.find_structure(id);
  for (const render::Draw& d : list.draws)
    if (d.structure == structure) return d;
  FAIL("no draw for " << id);
  return list.draws.front();
}

}  // namespace

TEST_CASE("bones rigid to one joint are drawn unskinned with that joint, blended muscles skinned") {
  const auto scene = test_scene();
  auto list = render::make_draw_list(scene);
  REQUIRE(list.ok());
  const auto& skin = scene.skins.front();
  auto joint_index = [&](const char* name) {
    const int node = *scene.find_node(name);
    return static_cast<int>(std::find(skin.joints.begin(), skin.joints.end(), node) - skin.joints.begin());
  };
  const render::Draw& femur = draw_of(*list, scene, "bone.femur.l");
  CHECK_FALSE(femur.skinned());
  CHECK(femur.rigid_joint == joint_index("joint.hip.l"));
  CHECK(femur.joint_mask == 0);
  const render::Draw& l5 = draw_of(*list, scene, "bone.L5");
  CHECK(l5.rigid_joint == joint_index("joint.L5"));
  // The semimembranosus blends from the knee up to the pelvis: skinned, weighted on exactly those two.
  const render::Draw& muscle = draw_of(*list, scene, "muscle.semimembranosus.l");
  CHECK(muscle.skinned());
  CHECK(muscle.joint_mask == ((std::uint64_t{1} << joint_index("joint.knee.l")) |
                              (std::uint64_t{1} << joint_index("joint.pelvis"))));
  // A disc between two vertebrae blends too.
  CHECK(draw_of(*list, scene, "disc.L5-S1").skinned());
}

TEST_CASE("draws come outer layers first: muscles, tendons, bones, discs, then the skin") {
  const auto scene = test_scene();
  auto list = render::make_draw_list(scene);
  REQUIRE(list.ok());
  REQUIRE(list->draws.size() == scene.structures.size());
  for (std::size_t i = 1; i < list->draws.size(); ++i)
    CHECK(anatomy::category_info(list->draws[i - 1].category).layer_rank <=
          anatomy::category_info(list->draws[i].category).layer_rank);
  CHECK(list->draws.front().category == anatomy::Category::muscle);
  CHECK(list->draws.back().category == anatomy::Category::skin);
  // Within a layer the file's order stays (a stable sort): pelvis before sacrum before L5.
  std::vector<std::string> bones;
  for (const auto& d : list->draws)
    if (d.category == anatomy::Category::bone)
      bones.push_back(scene.structures[static_cast<std::size_t>(d.structure)].id);
  REQUIRE(bones.size() >= 3);
  CHECK(bones[0] == "bone.pelvis");
  CHECK(bones[1] == "bone.sacrum");
}

TEST_CASE("each draw's range of the shared arrays holds its primitive's vertices and triangles") {
  const auto scene = test_scene();
  auto list = render::make_draw_list(scene);
  REQUIRE(list.ok());
  std::size_t vertices = 0, indices = 0;
  for (const render::Draw& d : list->draws) {
    const auto& node = scene.nodes[static_cast<std::size_t>(d.node)];
    const auto& p = scene.meshes[static_cast<std::size_t>(node.mesh)].primitives.front();
    INFO(node.name);
    REQUIRE(d.index_count == static_cast<int>(p.indices.size()));
    for (std::size_t i = 0; i < p.indices.size(); ++i) {
      const std::uint32_t index = list->indices[d.first_index + i];
      REQUIRE(index == p.indices[i]);
      const render::Vertex& v = list->vertices[static_cast<std::size_t>(d.base_vertex) + index];
      CHECK(glm::vec3(v.position[0], v.position[1], v.position[2]) == p.positions[index]);
      CHECK(v.weights[0] + v.weights[1] + v.weights[2] + v.weights[3] == Approx(1.0f));
    }
    vertices += p.positions.size();
    indices += p.indices.size();
  }
  CHECK(list->vertices.size() == vertices);
  CHECK(list->indices.size() == indices);
  CHECK(indices / 3 == scene.triangle_count());
}

TEST_CASE("a muscle's fibre axis comes from its stored fibre directions, whatever their sign") {
  auto model = testmodel::build();
  const auto scene = test_scene(model);
  auto list = render::make_draw_list(scene);
  REQUIRE(list.ok());
  const int muscle = *scene.find_structure("muscle.rectus_femoris.r");
  CHECK(list->structures[static_cast<std::size_t>(muscle)].fibre_axis == glm::vec3(0.0f, 1.0f, 0.0f));

  // Fibres running obliquely, half of them stored pointing the other way: the axis follows them.
  const auto& node =
      scene.nodes[static_cast<std::size_t>(scene.structures[static_cast<std::size_t>(muscle)].node)];
  const std::size_t n = scene.meshes[static_cast<std::size_t>(node.mesh)].primitives.front().positions.size();
  const glm::vec3 oblique = glm::normalize(glm::vec3(0.0f, 1.0f, 1.0f));
  std::vector<float> fibres;
  for (std::size_t i = 0; i < n; ++i) {
    const glm::vec3 t = i % 2 ? -oblique : oblique;
    fibres.insert(fibres.end(), {t.x, t.y, t.z, 1.0f});
  }
  model.doc["meshes"][static_cast<std::size_t>(node.mesh)]["primitives"][0]["attributes"]["TANGENT"] =
      model.add_accessor(fibres.data(), fibres.size() * 4, 5126, "VEC4", n);
  const auto turned = test_scene(model);
  auto turned_list = render::make_draw_list(turned);
  REQUIRE(turned_list.ok());
  const glm::vec3 axis = turned_list->structures[static_cast<std::size_t>(muscle)].fibre_axis;
  CHECK(std::abs(glm::dot(axis, oblique)) == Approx(1.0f));

  // Without fibre directions a muscle's stripes run up the body.
  model.doc["meshes"][static_cast<std::size_t>(node.mesh)]["primitives"][0]["attributes"].erase("TANGENT");
  auto bare = render::make_draw_list(test_scene(model));
  REQUIRE(bare.ok());
  CHECK(bare->structures[static_cast<std::size_t>(muscle)].fibre_axis == glm::vec3(0.0f, 1.0f, 0.0f));
}

TEST_CASE("each structure's rest depth range spans its mesh from front to back") {
  const auto scene = test_scene();
  auto list = render::make_draw_list(scene);
  REQUIRE(list.ok());
  REQUIRE(list->structures.size() == scene.structures.size());
  REQUIRE(list->anchors.size() == scene.structures.size());
  const int pelvis = *scene.find_structure("bone.pelvis");
  CHECK(list->structures[static_cast<std::size_t>(pelvis)].rest_z_range.x == Approx(-0.10f));
  CHECK(list->structures[static_cast<std::size_t>(pelvis)].rest_z_range.y == Approx(0.10f));
}

TEST_CASE("a skin with more joints than the shaders hold is refused with the numbers") {
  auto scene = test_scene();
  scene.skins.front().joints.resize(render::gpu::kMaxJoints + 1, scene.skins.front().joints.front());
  auto list = render::make_draw_list(scene);
  REQUIRE_FALSE(list.ok());
  CHECK(list.error().message == "skins[0] has 65 joints; the renderer supports 64");
}

TEST_CASE("the bundled model's bones are all drawn rigid and its muscles have unit fibre axes") {
  const std::filesystem::path path = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models/lower_body.glb";
  REQUIRE(std::filesystem::exists(path));  // committed; tools/modelgen regenerates it
  auto scene = anatomy::load_model(path);
  REQUIRE(scene.ok());
  auto list = render::make_draw_list(*scene);
  REQUIRE(list.ok());
  std::size_t triangles = 0;
  for (const render::Draw& d : list->draws) {
    triangles += static_cast<std::size_t>(d.index_count) / 3;
    INFO(scene->structures[static_cast<std::size_t>(d.structure)].id);
    // Per-vertex skinning of the bones would cost about 5x the frame on llvmpipe.
    if (d.category == anatomy::Category::bone) CHECK_FALSE(d.skinned());
  }
  CHECK(triangles == scene->triangle_count());
  for (std::size_t s = 0; s < scene->structures.size(); ++s) {
    if (scene->structures[s].category != anatomy::Category::muscle) continue;
    INFO(scene->structures[s].id);
    CHECK(glm::length(list->structures[s].fibre_axis) == Approx(1.0f));
  }
}

TEST_CASE("the bundled model's moving detail keeps a quarter of each large mesh, on its surface") {
  auto scene = anatomy::load_model(std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models/lower_body.glb");
  REQUIRE(scene.ok());
  auto list = render::make_draw_list(*scene);
  REQUIRE(list.ok());
  long full = 0, moving = 0;
  int simplified = 0;
  for (const render::Draw& d : list->draws) {
    const auto& node = scene->nodes[static_cast<std::size_t>(d.node)];
    const auto& p = scene->meshes[static_cast<std::size_t>(node.mesh)].primitives.front();
    INFO(node.name << ": " << d.index_count / 3 << " triangles, " << d.moving_index_count / 3 << " moving");
    full += d.index_count / 3;
    moving += (d.moving_index_count > 0 ? d.moving_index_count : d.index_count) / 3;
    if (d.moving_index_count == 0) {
      // Only small meshes stay whole.
      CHECK(d.index_count / 3 < 4 * static_cast<int>(render::kMovingDetailMinTriangles));
      continue;
    }
    ++simplified;
    REQUIRE(d.moving_index_count % 3 == 0);
    CHECK(d.moving_index_count <= d.index_count * 3 / 4);
    REQUIRE(d.moving_first_index + static_cast<std::size_t>(d.moving_index_count) <= list->indices.size());
    // Simplification removes vertices and never moves one, so the simplified mesh spans nearly the
    // same box: within 2 % of the mesh's size on every side.
    anatomy::Aabb box;
    for (int i = 0; i < d.moving_index_count; ++i) {
      const std::uint32_t index = list->indices[d.moving_first_index + static_cast<std::size_t>(i)];
      REQUIRE(index < p.positions.size());
      box.extend(p.positions[index]);
    }
    const glm::vec3 size = p.bounds.max - p.bounds.min;
    const float tolerance = 0.02f * std::max({size.x, size.y, size.z});
    CHECK(glm::all(glm::lessThanEqual(glm::abs(box.min - p.bounds.min), glm::vec3(tolerance))));
    CHECK(glm::all(glm::lessThanEqual(glm::abs(box.max - p.bounds.max), glm::vec3(tolerance))));
  }
  INFO(full << " triangles in full, " << moving << " while moving, " << simplified << " meshes simplified");
  CHECK(simplified > 20);
  CHECK(moving * 20 < full * 9);  // under 45 %
  CHECK(moving * 20 > full * 3);  // over 15 %
}

TEST_CASE("each vertex carries its primitive's baked occlusion, and 1 where a primitive has none") {
  auto scene = test_scene();
  const int pelvis = *scene.find_structure("bone.pelvis");
  const auto& node =
      scene.nodes[static_cast<std::size_t>(scene.structures[static_cast<std::size_t>(pelvis)].node)];
  auto& primitive = scene.meshes[static_cast<std::size_t>(node.mesh)].primitives.front();
  for (std::size_t v = 0; v < primitive.occlusion.size(); ++v)
    primitive.occlusion[v] = static_cast<float>(v % 5) * 0.25f;
  // A scene made by other code than the importer may leave it empty: drawn fully open.
  const int sacrum = *scene.find_structure("bone.sacrum");
  const auto& sacrum_node =
      scene.nodes[static_cast<std::size_t>(scene.structures[static_cast<std::size_t>(sacrum)].node)];
  scene.meshes[static_cast<std::size_t>(sacrum_node.mesh)].primitives.front().occlusion.clear();
  auto list = render::make_draw_list(scene);
  REQUIRE(list.ok());
  const render::Draw& pelvis_draw = draw_of(*list, scene, "bone.pelvis");
  for (std::size_t v = 0; v < primitive.positions.size(); ++v)
    CHECK(list->vertices[static_cast<std::size_t>(pelvis_draw.base_vertex) + v].occlusion ==
          static_cast<float>(v % 5) * 0.25f);
  const render::Draw& sacrum_draw = draw_of(*list, scene, "bone.sacrum");
  const auto sacrum_vertices =
      scene.meshes[static_cast<std::size_t>(sacrum_node.mesh)].primitives.front().positions.size();
  for (std::size_t v = 0; v < sacrum_vertices; ++v)
    CHECK(list->vertices[static_cast<std::size_t>(sacrum_draw.base_vertex) + v].occlusion == 1.0f);
}
