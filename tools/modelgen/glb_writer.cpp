#include "glb_writer.h"

#include "skeleton.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace modelgen {

namespace {

using json = nlohmann::ordered_json;

constexpr int gl_float = 5126;
constexpr int gl_unsigned_byte = 5121;
constexpr int gl_unsigned_short = 5123;
constexpr int gl_unsigned_int = 5125;
constexpr int array_buffer = 34962;
constexpr int element_array_buffer = 34963;

double round6(double v) {
  const double r = std::round(v * 1e6) / 1e6;
  return r == 0.0 ? 0.0 : r;  // no negative zero
}

json vec3_json(glm::vec3 v) { return json::array({round6(v.x), round6(v.y), round6(v.z)}); }

class Writer {
 public:
  json doc;
  std::vector<std::uint8_t> bin;

  Writer() {
    doc["asset"] = {{"version", "2.0"},
                    {"generator", "PostureLab modelgen (tools/modelgen)"},
                    {"copyright", "PostureLab project; generated procedurally, no third-party assets"}};
    doc["scene"] = 0;
    doc["scenes"] = json::array();
    doc["nodes"] = json::array();
    doc["meshes"] = json::array();
    doc["materials"] = json::array();
    doc["skins"] = json::array();
    doc["animations"] = json::array();
    doc["accessors"] = json::array();
    doc["bufferViews"] = json::array();
    doc["buffers"] = json::array();
  }

  int view(const void* data, std::size_t bytes, int target) {
    while (bin.size() % 4 != 0) {
      bin.push_back(0);
    }
    json v = {{"buffer", 0}, {"byteOffset", bin.size()}, {"byteLength", bytes}};
    if (target != 0) {
      v["target"] = target;
    }
    const auto* p = static_cast<const std::uint8_t*>(data);
    bin.insert(bin.end(), p, p + bytes);
    doc["bufferViews"].push_back(v);
    return static_cast<int>(doc["bufferViews"].size() - 1);
  }

  int accessor(int buffer_view, int component, std::size_t count, const char* type,
               json extra = json::object()) {
    json a = {{"bufferView", buffer_view}, {"componentType", component}, {"count", count}, {"type", type}};
    for (auto& [k, v] : extra.items()) {
      a[k] = v;
    }
    doc["accessors"].push_back(a);
    return static_cast<int>(doc["accessors"].size() - 1);
  }

  template <typename T>
  int floats(const std::vector<T>& values, const char* type, int target, bool with_bounds) {
    const int v = view(values.data(), values.size() * sizeof(T), target);
    json extra = json::object();
    if (with_bounds) {
      constexpr int n = static_cast<int>(sizeof(T) / sizeof(float));
      std::vector<float> lo(n, std::numeric_limits<float>::max());
      std::vector<float> hi(n, std::numeric_limits<float>::lowest());
      for (const T& value : values) {
        const auto* f = reinterpret_cast<const float*>(&value);
        for (int i = 0; i < n; ++i) {
          lo[static_cast<std::size_t>(i)] = std::min(lo[static_cast<std::size_t>(i)], f[i]);
          hi[static_cast<std::size_t>(i)] = std::max(hi[static_cast<std::size_t>(i)], f[i]);
        }
      }
      json jlo = json::array(), jhi = json::array();
      for (int i = 0; i < n; ++i) {
        jlo.push_back(static_cast<double>(lo[static_cast<std::size_t>(i)]));
        jhi.push_back(static_cast<double>(hi[static_cast<std::size_t>(i)]));
      }
      extra["min"] = jlo;
      extra["max"] = jhi;
    }
    return accessor(v, gl_float, values.size(), type, extra);
  }
};

json side_json(Side side) { return side_name(side); }

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

void add_materials(Writer& w) {
  struct M {
    const char* name;
    float r, g, b, a;
    float roughness;
    bool blend;
  };
  // Medical-illustration palette (linear factors): ivory bone, red-brown muscle, pearly tendon,
  // blue-grey disc, faint translucent skin.
  const M ms[] = {{"bone", 0.80f, 0.74f, 0.60f, 1.0f, 0.65f, false},
                  {"muscle", 0.50f, 0.10f, 0.08f, 1.0f, 0.55f, false},
                  {"tendon", 0.86f, 0.84f, 0.78f, 1.0f, 0.35f, false},
                  {"disc", 0.55f, 0.62f, 0.72f, 1.0f, 0.45f, false},
                  {"skin", 0.85f, 0.64f, 0.52f, 0.22f, 0.6f, true}};
  for (const M& m : ms) {
    json j = {{"name", m.name},
              {"pbrMetallicRoughness",
               {{"baseColorFactor", {m.r, m.g, m.b, m.a}},
                {"metallicFactor", 0.0},
                {"roughnessFactor", m.roughness}}}};
    if (m.blend) {
      j["alphaMode"] = "BLEND";
    }
    w.doc["materials"].push_back(j);
  }
}

int material_index(Material m) { return static_cast<int>(m); }

}  // namespace

std::vector<std::uint8_t> write_glb(const Model& model) {
  Writer w;
  add_materials(w);
  const auto& js = joints();
  const int joint_nodes = static_cast<int>(js.size());
  const int first_structure = joint_nodes;
  const int first_landmark = first_structure + static_cast<int>(model.structures.size());

  // Joint nodes (0 .. joint_count-1), children: joints, then landmarks.
  for (int j = 0; j < joint_nodes; ++j) {
    const Joint& joint = js[static_cast<std::size_t>(j)];
    const glm::vec3 parent =
        joint.parent < 0 ? glm::vec3(0.0f) : js[static_cast<std::size_t>(joint.parent)].position;
    json node = {{"name", joint.name}, {"translation", vec3_json(joint.position - parent)}};
    json children = json::array();
    for (int c = 0; c < joint_nodes; ++c) {
      if (js[static_cast<std::size_t>(c)].parent == j) {
        children.push_back(c);
      }
    }
    for (std::size_t l = 0; l < model.landmarks.size(); ++l) {
      if (model.landmarks[l].joint == j) {
        children.push_back(first_landmark + static_cast<int>(l));
      }
    }
    if (!children.empty()) {
      node["children"] = children;
    }
    node["extras"] = {
        {"id", joint.name}, {"category", "joint"}, {"rest_position", vec3_json(joint.position)}};
    w.doc["nodes"].push_back(node);
  }

  // One mesh (one primitive) per structure, each on its own root node with the shared skin.
  for (std::size_t i = 0; i < model.structures.size(); ++i) {
    const Structure& s = model.structures[i];
    const Mesh& m = s.mesh;
    json attributes;
    attributes["POSITION"] = w.floats(m.positions, "VEC3", array_buffer, true);
    std::vector<glm::vec3> normals = m.normals;
    for (auto& n : normals) {
      n = glm::normalize(n);
    }
    attributes["NORMAL"] = w.floats(normals, "VEC3", array_buffer, false);
    if (!m.tangents.empty()) {
      std::vector<glm::vec4> tangents = m.tangents;
      for (auto& t : tangents) {
        t = glm::vec4(glm::normalize(glm::vec3(t)), 1.0f);
      }
      attributes["TANGENT"] = w.floats(tangents, "VEC4", array_buffer, false);
    }
    if (!m.uvs.empty()) {
      attributes["TEXCOORD_0"] = w.floats(m.uvs, "VEC2", array_buffer, false);
    }
    if (!m.occlusion.empty()) {
      // Baked ambient occlusion as a grey vertex colour: normalised unsigned bytes (a 256th is far
      // below what a screen shows), four per vertex because vertex attributes align to 4 bytes.
      std::vector<std::uint8_t> grey;
      grey.reserve(m.occlusion.size() * 4);
      for (const float ao : m.occlusion) {
        const auto g = static_cast<std::uint8_t>(std::lround(std::clamp(ao, 0.0f, 1.0f) * 255.0f));
        grey.insert(grey.end(), {g, g, g, 255});
      }
      attributes["COLOR_0"] = w.accessor(w.view(grey.data(), grey.size(), array_buffer), gl_unsigned_byte,
                                         m.occlusion.size(), "VEC4", {{"normalized", true}});
    }
    std::vector<std::uint8_t> joint_bytes;
    std::vector<glm::vec4> weights;
    for (const SkinInfluence& inf : m.skin) {
      for (glm::length_t k = 0; k < 4; ++k) {
        joint_bytes.push_back(static_cast<std::uint8_t>(inf.joints[k]));
      }
      weights.push_back(inf.weights);
    }
    attributes["JOINTS_0"] = w.accessor(w.view(joint_bytes.data(), joint_bytes.size(), array_buffer),
                                        gl_unsigned_byte, m.skin.size(), "VEC4");
    attributes["WEIGHTS_0"] = w.floats(weights, "VEC4", array_buffer, false);
    int indices = 0;
    if (m.positions.size() <= 65535) {
      std::vector<std::uint16_t> idx(m.indices.begin(), m.indices.end());
      indices = w.accessor(w.view(idx.data(), idx.size() * 2, element_array_buffer), gl_unsigned_short,
                           idx.size(), "SCALAR");
    } else {
      indices = w.accessor(w.view(m.indices.data(), m.indices.size() * 4, element_array_buffer),
                           gl_unsigned_int, m.indices.size(), "SCALAR");
    }
    json primitive = {{"attributes", attributes},
                      {"indices", indices},
                      {"material", material_index(s.material)},
                      {"mode", 4}};
    w.doc["meshes"].push_back({{"name", s.id}, {"primitives", json::array({primitive})}});
    json extras = {{"id", s.id},
                   {"name", s.name},
                   {"category", s.category},
                   {"group", s.group},
                   {"side", side_json(s.side)},
                   {"origin", nullable(s.origin)},
                   {"insertion", nullable(s.insertion)}};
    w.doc["nodes"].push_back(
        {{"name", s.id}, {"mesh", static_cast<int>(i)}, {"skin", 0}, {"extras", extras}});
  }

  // Landmark nodes under the joint they move with.
  for (const Landmark& l : model.landmarks) {
    const glm::vec3 parent = js[static_cast<std::size_t>(l.joint)].position;
    w.doc["nodes"].push_back({{"name", "landmark." + l.id},
                              {"translation", vec3_json(l.position - parent)},
                              {"extras",
                               {{"id", l.id},
                                {"category", "landmark"},
                                {"structure", l.structure},
                                {"side", side_json(l.side)},
                                {"joint", js[static_cast<std::size_t>(l.joint)].name},
                                {"rest_position", vec3_json(l.position)}}}});
  }

  // The rig: inverse bind matrices are pure translations to the joint's rest position.
  std::vector<float> ibm;
  json skin_joints = json::array();
  for (int j = 0; j < joint_nodes; ++j) {
    const glm::vec3 p = js[static_cast<std::size_t>(j)].position;
    const float m[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -p.x, -p.y, -p.z, 1};
    ibm.insert(ibm.end(), m, m + 16);
    skin_joints.push_back(j);
  }
  const int ibm_accessor = w.accessor(w.view(ibm.data(), ibm.size() * 4, 0), gl_float,
                                      static_cast<std::size_t>(joint_nodes), "MAT4");
  w.doc["skins"].push_back(
      {{"name", "rig"}, {"inverseBindMatrices", ibm_accessor}, {"skeleton", 0}, {"joints", skin_joints}});

  // Animations: one time accessor per animation, LINEAR samplers.
  for (const Animation& a : model.animations) {
    const int time_view = w.view(a.times.data(), a.times.size() * 4, 0);
    const int input = w.accessor(
        time_view, gl_float, a.times.size(), "SCALAR",
        {{"min", {static_cast<double>(a.times.front())}}, {"max", {static_cast<double>(a.times.back())}}});
    json samplers = json::array(), channels = json::array();
    for (const Channel& c : a.channels) {
      int output = 0;
      if (c.translation) {
        std::vector<glm::vec3> values;
        for (const auto& v : c.values) {
          values.emplace_back(v);
        }
        output = w.floats(values, "VEC3", 0, false);
      } else {
        output = w.floats(c.values, "VEC4", 0, false);
      }
      samplers.push_back({{"input", input}, {"interpolation", "LINEAR"}, {"output", output}});
      channels.push_back(
          {{"sampler", samplers.size() - 1},
           {"target", {{"node", c.joint}, {"path", c.translation ? "translation" : "rotation"}}}});
    }
    w.doc["animations"].push_back({{"name", a.name}, {"channels", channels}, {"samplers", samplers}});
  }

  json scene_nodes = json::array({0});
  for (int i = 0; i < static_cast<int>(model.structures.size()); ++i) {
    scene_nodes.push_back(first_structure + i);
  }
  w.doc["scenes"].push_back(
      {{"name", "lower_body"},
       {"nodes", scene_nodes},
       {"extras",
        {{"units", "metres"},
         {"frame",
          "+Y up, +Z anterior (the body faces +Z), +X the body's left, origin on the floor between the feet"},
         {"rotation_convention",
          "joint rotation about +X (right-hand rule): anterior pelvic tilt, lumbar flexion, hip extension, "
          "knee flexion, "
          "ankle plantarflexion are positive; see models/README.md"}}}});
  while (w.bin.size() % 4 != 0) {
    w.bin.push_back(0);
  }
  w.doc["buffers"].push_back({{"byteLength", w.bin.size()}});

  std::string text = w.doc.dump();
  while (text.size() % 4 != 0) {
    text.push_back(' ');
  }
  std::vector<std::uint8_t> out;
  auto u32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) {
      out.push_back(static_cast<std::uint8_t>((v >> (8 * i)) & 0xffu));
    }
  };
  const auto total = static_cast<std::uint32_t>(12 + 8 + text.size() + 8 + w.bin.size());
  u32(0x46546C67u);
  u32(2);
  u32(total);
  u32(static_cast<std::uint32_t>(text.size()));
  u32(0x4E4F534Au);
  out.insert(out.end(), text.begin(), text.end());
  u32(static_cast<std::uint32_t>(w.bin.size()));
  u32(0x004E4942u);
  out.insert(out.end(), w.bin.begin(), w.bin.end());
  return out;
}

}  // namespace modelgen
