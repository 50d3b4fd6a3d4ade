// The ambient-occlusion baker on shapes whose answer is known, and in the generated model: the
// hollows of the pelvis and the spine darker than its convex landmarks.
#include "modelgen/glb_file.h"

#include "mesh.h"
#include "occlusion.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using modelgen_test::GlbFile;

void add_quad(modelgen::Mesh& m, glm::vec3 a, glm::vec3 b, glm::vec3 c, glm::vec3 d) {
  const auto base = static_cast<std::uint32_t>(m.positions.size());
  m.positions.insert(m.positions.end(), {a, b, c, d});
  m.indices.insert(m.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
}

// A floor 1 m square at y = 0.
modelgen::Mesh floor_plane() {
  modelgen::Mesh m;
  add_quad(m, {-0.5f, 0.0f, -0.5f}, {-0.5f, 0.0f, 0.5f}, {0.5f, 0.0f, 0.5f}, {0.5f, 0.0f, -0.5f});
  return m;
}

// A well open at the top: a square floor at y = 0, `half_width` from its centre to each of the four
// walls, and the walls 4 cm high.
modelgen::Mesh open_box(float half_width) {
  modelgen::Mesh m;
  const float h = half_width, top = 0.04f;
  add_quad(m, {-h, 0.0f, -h}, {-h, 0.0f, h}, {h, 0.0f, h}, {h, 0.0f, -h});
  add_quad(m, {-h, 0.0f, -h}, {h, 0.0f, -h}, {h, top, -h}, {-h, top, -h});
  add_quad(m, {-h, 0.0f, h}, {-h, top, h}, {h, top, h}, {h, 0.0f, h});
  add_quad(m, {-h, 0.0f, -h}, {-h, top, -h}, {-h, top, h}, {-h, 0.0f, h});
  add_quad(m, {h, 0.0f, -h}, {h, 0.0f, h}, {h, top, h}, {h, top, -h});
  return m;
}

modelgen::Mesh points_facing_up(const std::vector<glm::vec3>& points) {
  modelgen::Mesh m;
  m.positions = points;
  m.normals.assign(points.size(), glm::vec3(0.0f, 1.0f, 0.0f));
  return m;
}

}  // namespace

TEST_CASE("a point at the bottom of a deep box is far more occluded than one on an open plane") {
  const modelgen::Mesh plane = floor_plane(), deep = open_box(0.005f), wide = open_box(0.01f);
  const modelgen::OcclusionScene open({&plane}), deep_well({&deep}), wide_well({&wide});
  const auto on_plane = open.bake(points_facing_up({{0.0f, 0.0f, 0.0f}, {0.3f, 0.0f, -0.2f}}));
  const auto bottom = points_facing_up({{0.0f, 0.0f, 0.0f}});
  const float in_deep = deep_well.bake(bottom)[0], in_wide = wide_well.bake(bottom)[0];
  INFO("plane " << on_plane[0] << ", 1 cm wide well " << in_deep << ", 2 cm wide well " << in_wide);
  // Nothing above a flat floor: every ray escapes.
  CHECK(on_plane[0] == Approx(1.0f));
  CHECK(on_plane[1] == Approx(1.0f));
  // Walls 5 mm away on all sides and 4 cm high: only rays within 7 degrees of straight up escape, and
  // the others meet a wall within 2 cm of the 4 cm reach.
  CHECK(in_deep < 0.35f);
  CHECK(in_deep > 0.0f);
  // Walls twice as far away leave more light in, and still far less than the open plane.
  CHECK(in_wide > in_deep + 0.1f);
  CHECK(in_wide < 0.7f);
}

TEST_CASE("occlusion falls off with the distance to the occluder and stops at the reach") {
  // One wall standing on the floor along x = 0; points on the floor at growing distances from it.
  modelgen::Mesh wall;
  add_quad(wall, {0.0f, 0.0f, -0.5f}, {0.0f, 0.5f, -0.5f}, {0.0f, 0.5f, 0.5f}, {0.0f, 0.0f, 0.5f});
  const modelgen::OcclusionScene scene({&wall});
  const auto ao =
      scene.bake(points_facing_up({{0.002f, 0.0f, 0.0f}, {0.01f, 0.0f, 0.0f}, {0.05f, 0.0f, 0.0f}}));
  INFO("2 mm " << ao[0] << ", 10 mm " << ao[1] << ", 50 mm " << ao[2]);
  // Right beside the wall about half the hemisphere (the wall's side) is closed, and closed near.
  CHECK(ao[0] > 0.45f);
  CHECK(ao[0] < 0.75f);
  CHECK(ao[1] > ao[0]);
  CHECK(ao[1] < 1.0f);
  // Beyond the 4 cm reach the wall darkens nothing.
  CHECK(ao[2] == Approx(1.0f));
}

TEST_CASE("the bake is the same on every run and a ray finds the nearest surface") {
  const modelgen::Mesh box = open_box(0.01f);
  const modelgen::OcclusionScene scene({&box});
  const auto points = points_facing_up({{0.0f, 0.0f, 0.0f}, {0.005f, 0.0f, 0.003f}, {-0.008f, 0.0f, 0.0f}});
  CHECK(scene.bake(points) == scene.bake(points));
  CHECK(scene.triangle_count() == 10);
  // From the centre towards +x, the wall at x = 1 cm; straight up, out of the open top.
  CHECK(scene.nearest_hit({0.0f, 0.02f, 0.0f}, {1.0f, 0.0f, 0.0f}, 1.0f) == Approx(0.01f));
  CHECK(scene.nearest_hit({0.0f, 0.02f, 0.0f}, {0.0f, 1.0f, 0.0f}, 1.0f) == Approx(1.0f));
}

namespace {

const GlbFile& glb() {
  static const GlbFile file(modelgen_test::model_path());
  return file;
}

struct BakedMesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  std::vector<float> occlusion;
};

BakedMesh baked(const std::string& id) {
  for (const auto& mesh : glb().doc["meshes"]) {
    if (mesh["name"] != id) continue;
    const auto& attributes = mesh["primitives"][0]["attributes"];
    BakedMesh out;
    const auto pos = glb().floats(attributes["POSITION"]);
    const auto nrm = glb().floats(attributes["NORMAL"]);
    for (std::size_t i = 0; i + 2 < pos.size(); i += 3) {
      out.positions.emplace_back(pos[i], pos[i + 1], pos[i + 2]);
      out.normals.emplace_back(nrm[i], nrm[i + 1], nrm[i + 2]);
    }
    if (!attributes.contains("COLOR_0")) return out;
    const auto& accessor = glb().doc["accessors"][attributes["COLOR_0"].get<std::size_t>()];
    REQUIRE(accessor["componentType"] == 5121);
    REQUIRE(accessor["normalized"] == true);
    const auto grey = glb().floats(attributes["COLOR_0"]);
    for (std::size_t i = 0; i + 3 < grey.size(); i += 4) out.occlusion.push_back(grey[i] / 255.0f);
    return out;
  }
  FAIL("no mesh " << id);
  return {};
}

glm::vec3 landmark(const std::string& id) { return glb().landmark(id); }

// The mean occlusion of the vertices v of `mesh` for which `chosen(v)` holds; fails when there are none.
template <typename Chosen>
float mean_where(const BakedMesh& mesh, Chosen chosen) {
  double sum = 0.0;
  std::size_t count = 0;
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    if (!chosen(v)) continue;
    sum += mesh.occlusion[v];
    ++count;
  }
  REQUIRE(count > 0);
  return static_cast<float>(sum / static_cast<double>(count));
}

}  // namespace

TEST_CASE("every structure of the model carries its baked occlusion, one value per vertex") {
  for (const auto& mesh : glb().doc["meshes"]) {
    const BakedMesh m = baked(mesh["name"]);
    INFO(mesh["name"].get<std::string>());
    REQUIRE(m.occlusion.size() == m.positions.size());
    const auto [lo, hi] = std::minmax_element(m.occlusion.begin(), m.occlusion.end());
    CHECK(*lo >= 0.0f);
    CHECK(*hi <= 1.0f);
    CHECK(*hi > 0.8f);  // every part has open, convex surface somewhere
  }
}

TEST_CASE("the acetabulum of the model is darker than the anterior superior iliac spine") {
  const BakedMesh pelvis = baked("bone.pelvis");
  for (const char* side : {"l", "r"}) {
    const glm::vec3 hip = landmark(std::string("hip_centre.") + side);
    const glm::vec3 asis = landmark(std::string("asis.") + side);
    // The socket's surface lies about a femoral head's radius (24 mm) from the hip centre.
    const float socket =
        mean_where(pelvis, [&](std::size_t v) { return glm::distance(pelvis.positions[v], hip) < 0.03f; });
    const float spine =
        mean_where(pelvis, [&](std::size_t v) { return glm::distance(pelvis.positions[v], asis) < 0.012f; });
    INFO(side << ": acetabulum " << socket << ", ASIS " << spine);
    CHECK(socket < 0.5f);
    CHECK(spine > 0.85f);
  }
}

TEST_CASE("the vertebral endplates under the discs are darker than the spinous processes") {
  float endplates_sum = 0.0f, spinous_sum = 0.0f;
  for (const char* level : {"L1", "L2", "L3", "L4", "L5"}) {
    const BakedMesh vertebra = baked(std::string("bone.") + level);
    const glm::vec3 centre = landmark(std::string("vertebra_centre.") + level);
    float back = 1e9f;
    for (const glm::vec3& p : vertebra.positions) back = std::min(back, p.z);
    // The body's top and bottom faces: within 12 mm of its axis, facing up or down.
    const float endplates = mean_where(vertebra, [&](std::size_t v) {
      const glm::vec3 p = vertebra.positions[v];
      return glm::length(glm::vec2(p.x - centre.x, p.z - centre.z)) < 0.012f &&
             std::abs(glm::normalize(vertebra.normals[v]).y) > 0.8f;
    });
    // The tip of the spinous process: the last centimetre at the back.
    const float spinous =
        mean_where(vertebra, [&](std::size_t v) { return vertebra.positions[v].z < back + 0.01f; });
    INFO(level << ": endplates " << endplates << ", spinous process " << spinous);
    CHECK(endplates < spinous - 0.3f);
    endplates_sum += endplates;
    spinous_sum += spinous;
  }
  INFO("mean of L1-L5: endplates " << endplates_sum / 5.0f << ", spinous processes " << spinous_sum / 5.0f);
  CHECK(endplates_sum / 5.0f < 0.45f);
  CHECK(spinous_sum / 5.0f > 0.8f);
}
