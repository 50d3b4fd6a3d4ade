// Software previews of the model (orthographic, z-buffered, Lambert-shaded) for people to look at:
// written to <build>/modelgen_preview/*.png. Also renders a strongly posed model, skinned on the
// CPU, to spot spikes and candy-wrapper twists.
#include "modelgen/glb_file.h"

#include <stb_image_write.h>
#include <catch2/catch.hpp>
#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>

using modelgen_test::GlbFile;

namespace {

struct Image {
  int w, h;
  std::vector<float> depth;
  std::vector<glm::vec3> rgb;
  Image(int width, int height)
      : w(width),
        h(height),
        depth(static_cast<std::size_t>(width * height), std::numeric_limits<float>::max()),
        rgb(static_cast<std::size_t>(width * height), glm::vec3(0.97f, 0.96f, 0.93f)) {}
};

struct Tri {
  glm::vec3 p[3];
  glm::vec3 colour;
  float alpha;
};

glm::vec3 colour_of(const std::string& category, const std::string& id) {
  if (category == "bone") return {0.90f, 0.86f, 0.74f};
  if (category == "muscle")
    return id.find("hamstr") != std::string::npos ? glm::vec3(0.6f, 0.1f, 0.1f)
                                                  : glm::vec3(0.66f, 0.20f, 0.16f);
  if (category == "tendon") return {0.93f, 0.92f, 0.86f};
  if (category == "disc") return {0.45f, 0.58f, 0.80f};
  return {0.90f, 0.70f, 0.60f};
}

void raster(Image& img, const Tri& t, const glm::mat3& view, float scale, glm::vec2 centre) {
  glm::vec3 s[3];
  for (int i = 0; i < 3; ++i) {
    const glm::vec3 v = view * t.p[i];
    s[i] = {(v.x - centre.x) * scale + static_cast<float>(img.w) * 0.5f,
            static_cast<float>(img.h) * 0.5f - (v.y - centre.y) * scale, -v.z};
  }
  const glm::vec3 n =
      glm::normalize(glm::cross(view * t.p[1] - view * t.p[0], view * t.p[2] - view * t.p[0]));
  const glm::vec3 light = glm::normalize(glm::vec3(-0.4f, 0.6f, 0.7f));
  const float shade = 0.35f + 0.65f * std::abs(glm::dot(n, light));
  const glm::vec3 c = t.colour * shade;
  const int x0 = std::max(0, static_cast<int>(std::floor(std::min({s[0].x, s[1].x, s[2].x}))));
  const int x1 = std::min(img.w - 1, static_cast<int>(std::ceil(std::max({s[0].x, s[1].x, s[2].x}))));
  const int y0 = std::max(0, static_cast<int>(std::floor(std::min({s[0].y, s[1].y, s[2].y}))));
  const int y1 = std::min(img.h - 1, static_cast<int>(std::ceil(std::max({s[0].y, s[1].y, s[2].y}))));
  const float area = (s[1].x - s[0].x) * (s[2].y - s[0].y) - (s[2].x - s[0].x) * (s[1].y - s[0].y);
  if (std::abs(area) < 1e-9f) return;
  for (int y = y0; y <= y1; ++y) {
    for (int x = x0; x <= x1; ++x) {
      const float px = static_cast<float>(x) + 0.5f, py = static_cast<float>(y) + 0.5f;
      const float w0 = ((s[1].x - px) * (s[2].y - py) - (s[2].x - px) * (s[1].y - py)) / area;
      const float w1 = ((s[2].x - px) * (s[0].y - py) - (s[0].x - px) * (s[2].y - py)) / area;
      const float w2 = 1.0f - w0 - w1;
      if (w0 < 0 || w1 < 0 || w2 < 0) continue;
      const float z = w0 * s[0].z + w1 * s[1].z + w2 * s[2].z;
      const auto at = static_cast<std::size_t>(y * img.w + x);
      if (z >= img.depth[at]) continue;
      if (t.alpha >= 1.0f) {
        img.depth[at] = z;
        img.rgb[at] = c;
      } else {
        img.rgb[at] = glm::mix(img.rgb[at], c, t.alpha);
      }
    }
  }
}

void write_png(const Image& img, const std::string& path) {
  std::vector<unsigned char> px(static_cast<std::size_t>(img.w * img.h * 3));
  for (std::size_t i = 0; i < img.rgb.size(); ++i) {
    for (int k = 0; k < 3; ++k) {
      px[i * 3 + static_cast<std::size_t>(k)] =
          static_cast<unsigned char>(std::clamp(img.rgb[i][k], 0.0f, 1.0f) * 255.0f + 0.5f);
    }
  }
  stbi_write_png(path.c_str(), img.w, img.h, 3, px.data(), img.w * 3);
}

// Joint world matrices for a pose given as extra local rotations (degrees about X, Y, Z).
std::vector<glm::mat4> skinning(const GlbFile& f, const std::map<std::string, glm::vec3>& pose,
                                glm::vec3 root_offset) {
  const auto& doc = f.doc;
  const auto& joints = doc["skins"][0]["joints"];
  const auto ibm = f.floats(doc["skins"][0]["inverseBindMatrices"]);
  std::map<std::size_t, std::size_t> parent;
  for (std::size_t i = 0; i < doc["nodes"].size(); ++i) {
    if (doc["nodes"][i].contains("children")) {
      for (const auto& c : doc["nodes"][i]["children"]) parent[c.get<std::size_t>()] = i;
    }
  }
  std::map<std::size_t, glm::mat4> world;
  std::function<glm::mat4(std::size_t)> world_of = [&](std::size_t node) -> glm::mat4 {
    if (world.count(node)) return world[node];
    const auto& n = doc["nodes"][node];
    glm::vec3 t(n["translation"][0].get<float>(), n["translation"][1].get<float>(),
                n["translation"][2].get<float>());
    if (!parent.count(node)) t += root_offset;
    glm::quat q(1, 0, 0, 0);
    const auto it = pose.find(n["name"].get<std::string>());
    if (it != pose.end()) {
      q = glm::angleAxis(glm::radians(it->second.y), glm::vec3(0, 1, 0)) *
          glm::angleAxis(glm::radians(it->second.z), glm::vec3(0, 0, 1)) *
          glm::angleAxis(glm::radians(it->second.x), glm::vec3(1, 0, 0));
    }
    glm::mat4 local = glm::mat4(1.0f);
    local[3] = glm::vec4(t, 1.0f);
    local = local * glm::mat4_cast(q);
    const glm::mat4 m = parent.count(node) ? world_of(parent[node]) * local : local;
    world[node] = m;
    return m;
  };
  std::vector<glm::mat4> out;
  for (std::size_t j = 0; j < joints.size(); ++j) {
    glm::mat4 inv;
    std::memcpy(&inv[0][0], &ibm[16 * j], 64);
    out.push_back(world_of(joints[j].get<std::size_t>()) * inv);
  }
  return out;
}

std::vector<Tri> triangles(const GlbFile& f, const std::vector<glm::mat4>* skin, bool with_skin,
                           bool bones_only = false) {
  std::vector<Tri> tris;
  const auto& doc = f.doc;
  for (const auto& node : doc["nodes"]) {
    if (!node.contains("mesh")) continue;
    const std::string category = node["extras"]["category"];
    const std::string group = node["extras"]["group"];
    if (category == "skin" && !with_skin) continue;
    if (bones_only && category != "bone") continue;
    const auto& p = doc["meshes"][node["mesh"].get<std::size_t>()]["primitives"][0];
    const auto pos = f.floats(p["attributes"]["POSITION"]);
    const auto joints = f.floats(p["attributes"]["JOINTS_0"]);
    const auto weights = f.floats(p["attributes"]["WEIGHTS_0"]);
    const auto idx = f.indices(p["indices"]);
    std::vector<glm::vec3> v(pos.size() / 3);
    for (std::size_t i = 0; i < v.size(); ++i) {
      glm::vec4 q(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2], 1.0f);
      if (skin) {
        glm::mat4 m(0.0f);
        for (std::size_t k = 0; k < 4; ++k) {
          m += (*skin)[static_cast<std::size_t>(joints[4 * i + k])] * weights[4 * i + k];
        }
        q = m * q;
      }
      v[i] = glm::vec3(q);
    }
    const glm::vec3 colour =
        colour_of(category, group == "hamstrings" ? "hamstr" : node["name"].get<std::string>());
    for (std::size_t t = 0; t + 2 < idx.size(); t += 3) {
      tris.push_back({{v[idx[t]], v[idx[t + 1]], v[idx[t + 2]]}, colour, category == "skin" ? 0.18f : 1.0f});
    }
  }
  // Opaque first, translucent skin last.
  std::stable_partition(tris.begin(), tris.end(), [](const Tri& t) { return t.alpha >= 1.0f; });
  return tris;
}

glm::mat3 view_matrix(float yaw_deg, float pitch_deg) {
  const glm::mat3 yaw = glm::mat3_cast(glm::angleAxis(glm::radians(yaw_deg), glm::vec3(0, 1, 0)));
  const glm::mat3 pitch = glm::mat3_cast(glm::angleAxis(glm::radians(pitch_deg), glm::vec3(1, 0, 0)));
  return pitch * yaw;
}

int render(const std::vector<Tri>& tris, const glm::mat3& view, glm::vec2 centre, float scale, int w, int h,
           const std::string& path) {
  Image img(w, h);
  for (const Tri& t : tris) raster(img, t, view, scale, centre);
  write_png(img, path);
  int covered = 0;
  for (const float d : img.depth) covered += d < std::numeric_limits<float>::max() ? 1 : 0;
  return covered;
}

}  // namespace

TEST_CASE("preview images of the model are written for inspection (side, front, back, oblique, posed)") {
  const GlbFile f(modelgen_test::model_path());
  const std::string dir = std::string(POSTURELAB_BINARY_DIR) + "/modelgen_preview";
  std::filesystem::create_directories(dir);
  const auto rest = triangles(f, nullptr, true);
  // Viewing along -Z shows the front (the body faces +Z); yaw -90 shows the right side.
  CHECK(render(rest, view_matrix(0, 0), {0.0f, 0.66f}, 600.0f, 520, 860, dir + "/front.png") > 20000);
  CHECK(render(rest, view_matrix(-90, 0), {0.0f, 0.66f}, 600.0f, 520, 860, dir + "/side_right.png") > 20000);
  CHECK(render(rest, view_matrix(180, 0), {0.0f, 0.66f}, 600.0f, 520, 860, dir + "/back.png") > 20000);
  CHECK(render(rest, view_matrix(-40, 15), {0.0f, 0.66f}, 600.0f, 560, 860, dir + "/oblique.png") > 20000);
  const auto bones = triangles(f, nullptr, false);
  render(bones, view_matrix(-90, 0), {0.0f, 0.98f}, 1800.0f, 700, 800, dir + "/pelvis_side_right.png");
  render(bones, view_matrix(0, 0), {0.0f, 0.98f}, 1800.0f, 800, 700, dir + "/pelvis_front.png");
  render(bones, view_matrix(180, 0), {0.0f, 0.98f}, 1800.0f, 800, 700, dir + "/pelvis_back.png");
  render(bones, view_matrix(-35, 20), {0.0f, 0.98f}, 1800.0f, 800, 800, dir + "/pelvis_oblique.png");
  // The skeleton alone: the pelvis must read as a pelvis from the side, the front and obliquely.
  const auto skeleton = triangles(f, nullptr, false, true);
  render(skeleton, view_matrix(-90, 0), {0.0f, 0.98f}, 1800.0f, 700, 800,
         dir + "/pelvis_bones_side_right.png");
  render(skeleton, view_matrix(0, 0), {0.0f, 0.98f}, 1800.0f, 800, 700, dir + "/pelvis_bones_front.png");
  render(skeleton, view_matrix(180, 0), {0.0f, 0.98f}, 1800.0f, 800, 700, dir + "/pelvis_bones_back.png");
  render(skeleton, view_matrix(-35, 20), {0.0f, 0.98f}, 1800.0f, 800, 800, dir + "/pelvis_bones_oblique.png");
  render(skeleton, view_matrix(-60, -10), {0.0f, 0.98f}, 1800.0f, 800, 800,
         dir + "/pelvis_bones_anterolateral.png");
  render(skeleton, view_matrix(0, -75), {0.0f, 0.98f * 0.2588f}, 1800.0f, 800, 800,
         dir + "/pelvis_bones_top.png");
  // The whole skeleton, the lumbar spine close up, and the right knee.
  CHECK(render(skeleton, view_matrix(-90, 0), {0.0f, 0.66f}, 600.0f, 520, 860,
               dir + "/bones_side_right.png") > 10000);
  render(skeleton, view_matrix(0, 0), {0.0f, 0.66f}, 600.0f, 520, 860, dir + "/bones_front.png");
  render(skeleton, view_matrix(180, 0), {0.0f, 0.66f}, 600.0f, 520, 860, dir + "/bones_back.png");
  render(skeleton, view_matrix(-90, 0), {0.0f, 1.14f}, 3000.0f, 600, 800, dir + "/lumbar_side_right.png");
  render(skeleton, view_matrix(180, 0), {0.0f, 1.14f}, 3000.0f, 600, 800, dir + "/lumbar_back.png");
  render(skeleton, view_matrix(-90, 0), {0.0f, 0.51f}, 3000.0f, 600, 700, dir + "/knee_side_right.png");
  render(skeleton, view_matrix(0, 0), {0.086f, 0.51f}, 3000.0f, 600, 700, dir + "/knee_front_right.png");
  // From above, the pelvic inlet and the sacrum between the ilia (the legs and the spine left out).
  std::vector<Tri> pelvis_only;
  for (const Tri& t : skeleton) {
    const float y = (t.p[0].y + t.p[1].y + t.p[2].y) / 3.0f;
    if (y > 0.83f && y < 1.08f) pelvis_only.push_back(t);
  }
  render(pelvis_only, view_matrix(0, 90), {0.0f, 0.0f}, 2200.0f, 800, 700, dir + "/pelvis_from_above.png");
  // Strong pose: 30° anterior pelvic tilt, hips flexed 90°, knees 120°, lumbar flexion 20°.
  const std::map<std::string, glm::vec3> pose{{"joint.pelvis", {30, 0, 0}},  {"joint.hip.l", {-90, 0, 0}},
                                              {"joint.hip.r", {-90, 0, 0}},  {"joint.knee.l", {120, 0, 0}},
                                              {"joint.knee.r", {120, 0, 0}}, {"joint.L3", {10, 0, 0}},
                                              {"joint.L1", {10, 0, 0}}};
  const auto m = skinning(f, pose, {0.0f, 0.0f, 0.0f});
  const auto posed = triangles(f, &m, true);
  CHECK(render(posed, view_matrix(-90, 0), {0.0f, 0.8f}, 600.0f, 700, 800, dir + "/posed_side_right.png") >
        10000);
  render(triangles(f, &m, false), view_matrix(-60, 10), {0.0f, 0.8f}, 600.0f, 700, 800,
         dir + "/posed_oblique_noskin.png");
  const std::map<std::string, glm::vec3> tilt_back{
      {"joint.pelvis", {-30, 0, 0}}, {"joint.hip.l", {30, 0, 0}}, {"joint.hip.r", {30, 0, 0}}};
  const auto m2 = skinning(f, tilt_back, {});
  render(triangles(f, &m2, true), view_matrix(-90, 0), {0.0f, 0.66f}, 600.0f, 520, 860,
         dir + "/posterior_tilt_side_right.png");
}
