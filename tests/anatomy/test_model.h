#pragma once
// A small rigged stand-in for models/lower_body.glb, built in memory: boxes for the pelvis,
// sacrum, lumbar vertebrae, discs, femurs, tibias, two muscles per leg (with fibre directions) and a
// skin, the joints
// of the real model's rig (joint.pelvis, joint.L5 ... joint.hip.l ...), landmarks and a gait clip.
// Tests break it on purpose by editing `doc` before calling glb(). Header-only so tests/render can
// use it too (nlohmann/json is header-only and found on the system include path).
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

#include "anatomy/model_schema.h"

namespace testmodel {

using nlohmann::json;

struct Part {
  std::string id, category, group, side;
  glm::vec3 min, max;
  std::string bottom_joint, top_joint;  // weights blend from bottom (min.y) to top (max.y)
};

struct JointSpec {
  std::string name, parent;
  glm::vec3 world;  // rest position
};

namespace schema = anatomy::schema;

inline std::string text(std::string_view s) { return std::string(s); }
inline std::string category(anatomy::Category c) { return text(anatomy::category_name(c)); }

// The real rig's joints, in the order of its skin: pelvis, sacrum, the lumbar joints from L5 up,
// T12, then hip, knee and ankle of the left and of the right leg.
inline const std::vector<JointSpec>& joints() {
  static const std::vector<JointSpec> list = [] {
    std::vector<JointSpec> j = {
        {text(schema::kPelvisJoint), "", {0.0f, 0.95f, 0.0f}},
        {text(schema::kSacrumJoint), text(schema::kPelvisJoint), {0.0f, 1.05f, -0.05f}},
    };
    // Each lumbar joint at the centre of the disc below its vertebra, 4 cm apart.
    std::string below = text(schema::kSacrumJoint);
    for (std::size_t i = 0; i < schema::kLumbarLevels.size(); ++i) {  // from L5-S1 up
      const std::string joint = text(schema::kLumbarLevels[schema::kLumbarLevels.size() - 1 - i].joint);
      j.push_back({joint, below, {0.0f, 1.10f + 0.04f * static_cast<float>(i), -0.05f}});
      below = joint;
    }
    j.push_back({text(schema::kT12Joint), below, {0.0f, 1.30f, -0.05f}});
    for (std::size_t s = 0; s < 2; ++s) {
      const float x = s == 0 ? 0.09f : -0.09f;
      j.push_back({text(schema::kHipJoints[s]), text(schema::kPelvisJoint), {x, 0.92f, 0.02f}});
      j.push_back({text(schema::kKneeJoints[s]), text(schema::kHipJoints[s]), {x, 0.48f, 0.02f}});
      j.push_back({text(schema::kAnkleJoints[s]), text(schema::kKneeJoints[s]), {x, 0.06f, 0.02f}});
    }
    return j;
  }();
  return list;
}

inline std::vector<Part> parts() {
  using anatomy::Category;
  const std::string pelvis = text(schema::kPelvisJoint), sacrum = text(schema::kSacrumJoint);
  std::vector<Part> list = {
      {"bone.pelvis",
       category(Category::bone),
       "pelvis",
       "",
       {-0.15f, 0.88f, -0.10f},
       {0.15f, 1.06f, 0.10f},
       pelvis,
       pelvis},
      {"bone.sacrum",
       category(Category::bone),
       "lumbar_spine",
       "",
       {-0.04f, 1.00f, -0.09f},
       {0.04f, 1.092f, -0.01f},
       sacrum,
       sacrum},
      {"skin",
       category(Category::skin),
       "skin",
       "",
       {-0.21f, 0.04f, -0.16f},
       {0.21f, 1.34f, 0.16f},
       pelvis,
       pelvis},
  };
  std::string below = sacrum;
  for (std::size_t i = 0; i < schema::kLumbarLevels.size(); ++i) {  // from L5-S1 up
    const auto& level = schema::kLumbarLevels[schema::kLumbarLevels.size() - 1 - i];
    const float y = 1.10f + 0.04f * static_cast<float>(i);
    const std::string joint = text(level.joint);
    list.push_back({text(level.vertebra),
                    category(Category::bone),
                    "lumbar_spine",
                    "",
                    {-0.03f, y + 0.008f, -0.09f},
                    {0.03f, y + 0.032f, -0.01f},
                    joint,
                    joint});
    list.push_back({text(level.disc),
                    category(Category::disc),
                    "lumbar_spine",
                    "",
                    {-0.03f, y - 0.008f, -0.09f},
                    {0.03f, y + 0.008f, -0.01f},
                    below,
                    joint});
    below = joint;
  }
  for (std::size_t s = 0; s < 2; ++s) {
    // "l" and "r" rather than the generator's "left" and "right": the importer reads both.
    const std::string side = s == 0 ? "l" : "r";
    const float x = s == 0 ? 1.0f : -1.0f;
    auto lr = [&](float a, float b) { return std::pair{std::min(a * x, b * x), std::max(a * x, b * x)}; };
    const std::string hip = text(schema::kHipJoints[s]), knee = text(schema::kKneeJoints[s]);
    auto [fx0, fx1] = lr(0.06f, 0.12f);
    list.push_back({"bone.femur." + side,
                    category(Category::bone),
                    "femur",
                    side,
                    {fx0, 0.50f, -0.03f},
                    {fx1, 0.90f, 0.05f},
                    hip,
                    hip});
    list.push_back({"bone.tibia." + side,
                    category(Category::bone),
                    "tibia",
                    side,
                    {fx0, 0.08f, -0.02f},
                    {fx1, 0.46f, 0.05f},
                    knee,
                    knee});
    auto [mx0, mx1] = lr(0.055f, 0.125f);
    list.push_back({"muscle.semimembranosus." + side,
                    category(Category::muscle),
                    "hamstrings",
                    side,
                    {mx0, 0.50f, -0.09f},
                    {mx1, 0.92f, -0.035f},
                    knee,
                    pelvis});
    list.push_back({"muscle.rectus_femoris." + side,
                    category(Category::muscle),
                    "quadriceps",
                    side,
                    {mx0, 0.50f, 0.055f},
                    {mx1, 0.92f, 0.11f},
                    knee,
                    pelvis});
  }
  return list;
}

struct Model {
  json doc;
  std::vector<std::uint8_t> bin;

  // Appends raw bytes as a new bufferView + accessor and returns the accessor index.
  int add_accessor(const void* data, std::size_t bytes, int component_type, const char* type,
                   std::size_t count, const json& extra = json::object()) {
    while (bin.size() % 4) bin.push_back(0);
    json view = {{"buffer", 0}, {"byteOffset", bin.size()}, {"byteLength", bytes}};
    const auto* p = static_cast<const std::uint8_t*>(data);
    bin.insert(bin.end(), p, p + bytes);
    doc["bufferViews"].push_back(view);
    json accessor = {{"bufferView", doc["bufferViews"].size() - 1},
                     {"componentType", component_type},
                     {"count", count},
                     {"type", type}};
    accessor.update(extra);
    doc["accessors"].push_back(accessor);
    return static_cast<int>(doc["accessors"].size() - 1);
  }

  // The GLB container: 12-byte header, JSON chunk (space padded), BIN chunk (zero padded).
  std::vector<std::uint8_t> glb() const {
    json d = doc;
    d["buffers"] = json::array({{{"byteLength", bin.size()}}});
    std::string text = d.dump();
    while (text.size() % 4) text.push_back(' ');
    std::vector<std::uint8_t> body = bin;
    while (body.size() % 4) body.push_back(0);
    std::vector<std::uint8_t> out;
    out.reserve(28 + text.size() + body.size());
    auto u32 = [&out](std::uint32_t v) {
      for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    };
    // Byte by byte: GCC 12 at -O3 warns falsely (stringop-overflow) on inserting a list into an
    // empty vector.
    for (char magic : {'g', 'l', 'T', 'F'}) out.push_back(static_cast<std::uint8_t>(magic));
    u32(2);
    u32(static_cast<std::uint32_t>(12 + 8 + text.size() + 8 + body.size()));
    u32(static_cast<std::uint32_t>(text.size()));
    u32(0x4E4F534Au);  // "JSON"
    out.insert(out.end(), text.begin(), text.end());
    u32(static_cast<std::uint32_t>(body.size()));
    u32(0x004E4942u);  // "BIN\0"
    out.insert(out.end(), body.begin(), body.end());
    return out;
  }

  void write(const std::filesystem::path& path) const {
    const auto bytes = glb();
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  }
};

// A box subdivided along Y (so blended weights bend smoothly), flat normals per side.
inline void add_box(Model& m, const Part& part, int bottom, int top) {
  constexpr int kRings = 6;
  std::vector<float> pos, nrm, uv, wgt;
  std::vector<std::uint16_t> jnt;
  std::vector<std::uint16_t> idx;
  auto vertex = [&](glm::vec3 p, glm::vec3 n) {
    pos.insert(pos.end(), {p.x, p.y, p.z});
    nrm.insert(nrm.end(), {n.x, n.y, n.z});
    // u runs anterior (max z, 0) to posterior (min z, 1), as the real model's discs do.
    uv.insert(uv.end(), {(part.max.z - p.z) / (part.max.z - part.min.z),
                         (p.y - part.min.y) / (part.max.y - part.min.y)});
    const float t = bottom == top ? 0.0f : (p.y - part.min.y) / (part.max.y - part.min.y);
    const float w_top = t * t * (3.0f - 2.0f * t);
    if (bottom == top) {
      jnt.insert(jnt.end(), {static_cast<std::uint16_t>(bottom), 0, 0, 0});
      wgt.insert(wgt.end(), {1.0f, 0.0f, 0.0f, 0.0f});
    } else {
      jnt.insert(jnt.end(), {static_cast<std::uint16_t>(bottom), static_cast<std::uint16_t>(top), 0, 0});
      wgt.insert(wgt.end(), {1.0f - w_top, w_top, 0.0f, 0.0f});
    }
    return static_cast<std::uint16_t>(pos.size() / 3 - 1);
  };
  const glm::vec3 lo = part.min, hi = part.max;
  // Four sides: each a (kRings+1) x 2 strip.
  const glm::vec2 corners[4] = {{lo.x, hi.z}, {hi.x, hi.z}, {hi.x, lo.z}, {lo.x, lo.z}};
  const glm::vec3 normals[4] = {{0, 0, 1}, {1, 0, 0}, {0, 0, -1}, {-1, 0, 0}};
  for (int side = 0; side < 4; ++side) {
    const glm::vec2 a = corners[side], b = corners[(side + 1) % 4];
    std::uint16_t prev0 = 0, prev1 = 0;
    for (int r = 0; r <= kRings; ++r) {
      const float y = lo.y + (hi.y - lo.y) * static_cast<float>(r) / kRings;
      const auto v0 = vertex({a.x, y, a.y}, normals[side]);
      const auto v1 = vertex({b.x, y, b.y}, normals[side]);
      if (r > 0) idx.insert(idx.end(), {prev0, v0, prev1, prev1, v0, v1});
      prev0 = v0;
      prev1 = v1;
    }
  }
  for (int cap = 0; cap < 2; ++cap) {
    const float y = cap == 0 ? lo.y : hi.y;
    const glm::vec3 n(0.0f, cap == 0 ? -1.0f : 1.0f, 0.0f);
    std::uint16_t v[4];
    for (int c = 0; c < 4; ++c) v[c] = vertex({corners[c].x, y, corners[c].y}, n);
    if (cap == 0)
      idx.insert(idx.end(), {v[0], v[1], v[2], v[0], v[2], v[3]});
    else
      idx.insert(idx.end(), {v[0], v[2], v[1], v[0], v[3], v[2]});
  }
  const std::size_t n = pos.size() / 3;
  glm::vec3 mn(1e9f), mx(-1e9f);
  for (std::size_t i = 0; i < n; ++i) {
    mn = glm::min(mn, glm::vec3(pos[i * 3], pos[i * 3 + 1], pos[i * 3 + 2]));
    mx = glm::max(mx, glm::vec3(pos[i * 3], pos[i * 3 + 1], pos[i * 3 + 2]));
  }
  json minmax = {{"min", {mn.x, mn.y, mn.z}}, {"max", {mx.x, mx.y, mx.z}}};
  json attributes = {
      {"POSITION", m.add_accessor(pos.data(), pos.size() * 4, 5126, "VEC3", n, minmax)},
      {"NORMAL", m.add_accessor(nrm.data(), nrm.size() * 4, 5126, "VEC3", n)},
      {"TEXCOORD_0", m.add_accessor(uv.data(), uv.size() * 4, 5126, "VEC2", n)},
      {"JOINTS_0", m.add_accessor(jnt.data(), jnt.size() * 2, 5123, "VEC4", n)},
      {"WEIGHTS_0", m.add_accessor(wgt.data(), wgt.size() * 4, 5126, "VEC4", n)},
  };
  if (part.category == category(anatomy::Category::muscle)) {
    // The fibres of these box muscles run along their length, up the thigh.
    std::vector<float> fibres;
    for (std::size_t i = 0; i < n; ++i) fibres.insert(fibres.end(), {0.0f, 1.0f, 0.0f, 1.0f});
    attributes[text(schema::kFibreAttribute)] =
        m.add_accessor(fibres.data(), fibres.size() * 4, 5126, "VEC4", n);
  }
  const int indices = m.add_accessor(idx.data(), idx.size() * 2, 5123, "SCALAR", idx.size());
  m.doc["meshes"].push_back(
      {{"name", part.id}, {"primitives", {{{"attributes", attributes}, {"indices", indices}}}}});
  namespace key = schema::key;
  json extras = {{key::kId, part.id},     {key::kCategory, part.category}, {key::kGroup, part.group},
                 {key::kSide, part.side}, {key::kOrigin, nullptr},         {key::kInsertion, nullptr}};
  m.doc["nodes"].push_back(
      {{"name", part.id}, {"mesh", m.doc["meshes"].size() - 1}, {"skin", 0}, {"extras", extras}});
}

inline Model build() {
  Model m;
  m.doc = {{"asset", {{"version", "2.0"}, {"generator", "posturelab tests"}}},
           {"scene", 0},
           {"nodes", json::array()},
           {"meshes", json::array()},
           {"accessors", json::array()},
           {"bufferViews", json::array()}};
  const auto& js = joints();
  std::vector<int> joint_nodes;
  std::vector<float> inverse_bind;
  for (std::size_t i = 0; i < js.size(); ++i) {
    glm::vec3 local = js[i].world;
    for (const auto& p : js)
      if (p.name == js[i].parent) local -= p.world;
    // Like the real model: rig joints carry extras too, with category "joint" (not a structure).
    m.doc["nodes"].push_back(
        {{"name", js[i].name},
         {"translation", {local.x, local.y, local.z}},
         {"children", json::array()},
         {"extras", {{schema::key::kId, js[i].name}, {schema::key::kCategory, schema::kJointCategory}}}});
    joint_nodes.push_back(static_cast<int>(i));
    const float ibm[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -js[i].world.x, -js[i].world.y, -js[i].world.z,
                           1};
    inverse_bind.insert(inverse_bind.end(), ibm, ibm + 16);
  }
  for (std::size_t i = 0; i < js.size(); ++i)
    for (std::size_t p = 0; p < js.size(); ++p)
      if (js[p].name == js[i].parent) m.doc["nodes"][p]["children"].push_back(i);
  auto joint_index = [&](const std::string& name) {
    for (std::size_t i = 0; i < js.size(); ++i)
      if (js[i].name == name) return static_cast<int>(i);
    return -1;
  };
  const int ibm = m.add_accessor(inverse_bind.data(), inverse_bind.size() * 4, 5126, "MAT4", js.size());
  m.doc["skins"] = json::array({{{"joints", joint_nodes}, {"inverseBindMatrices", ibm}}});
  for (const Part& part : parts())
    add_box(m, part, joint_index(part.bottom_joint), joint_index(part.top_joint));
  // Landmarks hang under the joint they move with.
  struct Mark {
    const char* id;
    std::string_view joint;
    glm::vec3 world;
  };
  const Mark marks[] = {{"asis.l", schema::kPelvisJoint, {0.10f, 1.02f, 0.10f}},
                        {"psis.l", schema::kPelvisJoint, {0.04f, 1.04f, -0.10f}},
                        {"disc.L5-S1", "joint.L5", {0.0f, 1.10f, -0.05f}},
                        {"knee.l", schema::kKneeJoints[0], {0.09f, 0.48f, 0.02f}}};
  for (const Mark& mark : marks) {
    const int parent = joint_index(text(mark.joint));
    const glm::vec3 local = mark.world - js[static_cast<std::size_t>(parent)].world;
    m.doc["nodes"].push_back(
        {{"name", text(schema::kLandmarkPrefix) + mark.id},
         {"translation", {local.x, local.y, local.z}},
         {"extras", {{schema::key::kId, mark.id}, {schema::key::kCategory, schema::kLandmarkCategory}}}});
    m.doc["nodes"][static_cast<std::size_t>(parent)]["children"].push_back(m.doc["nodes"].size() - 1);
  }
  // A gait clip that swings the left thigh.
  const float times[] = {0.0f, 0.55f, 1.1f};
  const float s = 0.2588f, c = 0.9659f;  // sin/cos of 15 degrees
  const float rotations[] = {s, 0, 0, c, -s, 0, 0, c, s, 0, 0, c};
  const int input = m.add_accessor(times, sizeof times, 5126, "SCALAR", 3, {{"min", {0.0}}, {"max", {1.1}}});
  const int output = m.add_accessor(rotations, sizeof rotations, 5126, "VEC4", 3);
  m.doc["animations"] = json::array(
      {{{"name", "gait"},
        {"samplers", {{{"input", input}, {"output", output}, {"interpolation", "LINEAR"}}}},
        {"channels",
         {{{"sampler", 0},
           {"target", {{"node", joint_index(text(schema::kHipJoints[0]))}, {"path", "rotation"}}}}}}}});
  std::vector<int> roots;
  for (std::size_t i = 0; i < m.doc["nodes"].size(); ++i) {
    bool child = false;
    for (const auto& node : m.doc["nodes"])
      if (node.contains("children"))
        for (const auto& ch : node["children"]) child = child || ch.get<std::size_t>() == i;
    if (!child) roots.push_back(static_cast<int>(i));
  }
  m.doc["scenes"] = json::array({{{"nodes", roots}}});
  return m;
}

// The model with `extra` more joints in its skin than build() gives (bare nodes; the skin's inverse
// bind matrices dropped, identity by the spec, so no accessor count stands in the way): for the
// renderer's joint limit.
inline Model with_extra_joints(int extra) {
  Model model = build();
  auto& skin = model.doc["skins"][0];
  skin.erase("inverseBindMatrices");
  for (int i = 0; i < extra; ++i) {
    model.doc["nodes"].push_back({{"name", "extra_joint_" + std::to_string(i)}});
    skin["joints"].push_back(model.doc["nodes"].size() - 1);
  }
  return model;
}

}  // namespace testmodel
