#include "anatomy/gltf_reader.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <string_view>

#include <glm/gtc/type_ptr.hpp>
#include <glm/gtx/matrix_decompose.hpp>

#include "anatomy/container_check.h"
#include "anatomy/file_guard.h"
#include "anatomy/gltf_strict.h"
#include "anatomy/model_limits.h"

namespace anatomy {
namespace {

using core::make_error;

std::string at(std::string_view array, std::size_t index) {
  return std::string(array) + "[" + std::to_string(index) + "]";
}

// The model needs no textures; images are accepted and ignored instead of decoded.
bool ignore_image(tinygltf::Image*, const int, std::string*, std::string*, int, int, const unsigned char*,
                  int, void*) {
  return true;
}

// ---- accessors ---------------------------------------------------------------------------------------

int component_size(int component_type) {
  switch (component_type) {
    case TINYGLTF_COMPONENT_TYPE_BYTE:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE:
      return 1;
    case TINYGLTF_COMPONENT_TYPE_SHORT:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT:
      return 2;
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT:
    case TINYGLTF_COMPONENT_TYPE_FLOAT:
      return 4;
    default:
      return 0;
  }
}

int component_count(int type) {
  switch (type) {
    case TINYGLTF_TYPE_SCALAR:
      return 1;
    case TINYGLTF_TYPE_VEC2:
      return 2;
    case TINYGLTF_TYPE_VEC3:
      return 3;
    case TINYGLTF_TYPE_VEC4:
      return 4;
    case TINYGLTF_TYPE_MAT4:
      return 16;
    default:
      return 0;
  }
}

std::string type_name(int type) {
  switch (type) {
    case TINYGLTF_TYPE_SCALAR:
      return "SCALAR";
    case TINYGLTF_TYPE_VEC2:
      return "VEC2";
    case TINYGLTF_TYPE_VEC3:
      return "VEC3";
    case TINYGLTF_TYPE_VEC4:
      return "VEC4";
    case TINYGLTF_TYPE_MAT4:
      return "MAT4";
    default:
      return "type " + std::to_string(type);
  }
}

enum class Kind { floats, integers };

// The most elements one accessor may hold (anatomy/model_limits.h): the bundled model's largest has
// about 30 000; two million leaves room for far finer meshes and bounds what a hostile file can make
// us allocate (2 M mat4 of doubles would be 256 MB; the vec3 positions of that many vertices 48 MB).
constexpr std::size_t kMaxAccessorElements = kModelLimits.accessor_elements;

// Counts beyond the table's limits, refused before anything is imported: "nodes: 5000; a PostureLab
// model may have at most 4096".
core::Status check_counts(const tinygltf::Model& model) {
  auto over = [](const char* what, std::size_t count, std::size_t limit) -> core::Status {
    if (count <= limit) return {};
    return make_error(std::string(what) + ": " + std::to_string(count) +
                      "; a PostureLab model may have at most " + std::to_string(limit));
  };
  const ModelLimits& l = kModelLimits;
  if (auto s = over("nodes", model.nodes.size(), l.nodes); !s) return s;
  if (auto s = over("meshes", model.meshes.size(), l.meshes); !s) return s;
  if (auto s = over("skins", model.skins.size(), l.skins); !s) return s;
  if (auto s = over("animations", model.animations.size(), l.animations); !s) return s;
  for (std::size_t m = 0; m < model.meshes.size(); ++m)
    if (auto s = over((at("meshes", m) + ".primitives").c_str(), model.meshes[m].primitives.size(),
                      l.primitives_per_mesh);
        !s)
      return s;
  return {};
}

// Reads any accessor into doubles after checking that every byte it names lies inside its buffer.
// `allowed` lists the component types the attribute may use (glTF 2.0 section 3.7.2.1).
core::Result<std::vector<double>> read_accessor(const tinygltf::Model& model, int index, int expected_type,
                                                std::initializer_list<int> allowed, Kind kind,
                                                std::size_t expected_count = 0) {
  if (index < 0 || static_cast<std::size_t>(index) >= model.accessors.size())
    return make_error("accessor index " + std::to_string(index) + " does not exist (" +
                      std::to_string(model.accessors.size()) + " accessors)");
  const auto& accessor = model.accessors[static_cast<std::size_t>(index)];
  const std::string where = at("accessors", static_cast<std::size_t>(index));
  if (accessor.sparse.isSparse) return make_error(where + ": sparse accessors are not supported");
  if (accessor.type != expected_type)
    return make_error(where + ": type " + type_name(accessor.type) + ", expected " +
                      type_name(expected_type));
  if (std::find(allowed.begin(), allowed.end(), accessor.componentType) == allowed.end())
    return make_error(where + ": component type " + std::to_string(accessor.componentType) +
                      " is not allowed here");
  if (expected_count && accessor.count != expected_count)
    return make_error(where + ": " + std::to_string(accessor.count) + " elements, expected " +
                      std::to_string(expected_count));
  // Checked before anything is allocated or multiplied: a count near 2^64 / 3 made the size
  // arithmetic wrap, pass the bounds check and write past the allocation; a count without a buffer
  // view (zeros by the specification) made a few hundred bytes of JSON cost gigabytes.
  if (accessor.count > kMaxAccessorElements)
    return make_error(where + ": " + std::to_string(accessor.count) + " elements, more than the " +
                      std::to_string(kMaxAccessorElements) + " a PostureLab model may have in one accessor");
  const auto components = static_cast<std::size_t>(component_count(accessor.type));
  const auto csize = static_cast<std::size_t>(component_size(accessor.componentType));
  std::vector<double> out(accessor.count * components, 0.0);
  if (accessor.count == 0) return out;
  if (accessor.bufferView < 0) return out;  // all zeros by the specification
  if (static_cast<std::size_t>(accessor.bufferView) >= model.bufferViews.size())
    return make_error(where + ": bufferView " + std::to_string(accessor.bufferView) + " does not exist");
  const auto& view = model.bufferViews[static_cast<std::size_t>(accessor.bufferView)];
  const std::string view_where = at("bufferViews", static_cast<std::size_t>(accessor.bufferView));
  if (view.buffer < 0 || static_cast<std::size_t>(view.buffer) >= model.buffers.size())
    return make_error(view_where + ": buffer " + std::to_string(view.buffer) + " does not exist");
  const auto& buffer = model.buffers[static_cast<std::size_t>(view.buffer)];
  if (view.byteOffset > buffer.data.size() || view.byteLength > buffer.data.size() - view.byteOffset)
    return make_error(view_where + ": bytes " + std::to_string(view.byteOffset) + ".." +
                      std::to_string(view.byteOffset + view.byteLength) + " lie outside buffers[" +
                      std::to_string(view.buffer) + "] (" + std::to_string(buffer.data.size()) + " bytes)");
  const std::size_t element = components * csize;
  const std::size_t stride = view.byteStride ? view.byteStride : element;
  if (stride < element)
    return make_error(view_where + ": byteStride " + std::to_string(stride) + " is smaller than an element");
  const std::size_t needed = accessor.byteOffset + stride * (accessor.count - 1) + element;
  if (accessor.byteOffset > view.byteLength || needed > view.byteLength)
    return make_error(where + ": " + std::to_string(accessor.count) + " elements from byte " +
                      std::to_string(accessor.byteOffset) + " need " + std::to_string(needed) +
                      " bytes but " + view_where + " has " + std::to_string(view.byteLength));
  const unsigned char* base = buffer.data.data() + view.byteOffset + accessor.byteOffset;
  const bool normalize = kind == Kind::floats && accessor.componentType != TINYGLTF_COMPONENT_TYPE_FLOAT;
  for (std::size_t e = 0; e < accessor.count; ++e) {
    for (std::size_t c = 0; c < components; ++c) {
      const unsigned char* p = base + e * stride + c * csize;
      double v = 0.0;
      switch (accessor.componentType) {
        case TINYGLTF_COMPONENT_TYPE_BYTE: {
          std::int8_t x;
          std::memcpy(&x, p, 1);
          v = normalize ? std::max(x / 127.0, -1.0) : x;
          break;
        }
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: {
          std::uint8_t x;
          std::memcpy(&x, p, 1);
          v = normalize ? x / 255.0 : x;
          break;
        }
        case TINYGLTF_COMPONENT_TYPE_SHORT: {
          std::int16_t x;
          std::memcpy(&x, p, 2);
          v = normalize ? std::max(x / 32767.0, -1.0) : x;
          break;
        }
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: {
          std::uint16_t x;
          std::memcpy(&x, p, 2);
          v = normalize ? x / 65535.0 : x;
          break;
        }
        case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: {
          std::uint32_t x;
          std::memcpy(&x, p, 4);
          v = x;
          break;
        }
        case TINYGLTF_COMPONENT_TYPE_FLOAT: {
          float x;
          std::memcpy(&x, p, 4);
          v = x;
          break;
        }
        default:
          break;
      }
      if (!std::isfinite(v))
        return make_error(where + ": element " + std::to_string(e) + " is not a finite number");
      out[e * components + c] = v;
    }
  }
  return out;
}

constexpr auto kFloat = TINYGLTF_COMPONENT_TYPE_FLOAT;
constexpr auto kUByte = TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE;
constexpr auto kUShort = TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT;
constexpr auto kUInt = TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT;

template <typename Vec>
std::vector<Vec> to_vectors(const std::vector<double>& flat) {
  constexpr auto n = static_cast<std::size_t>(Vec::length());
  std::vector<Vec> out(flat.size() / n);
  for (std::size_t i = 0; i < out.size(); ++i)
    for (std::size_t c = 0; c < n; ++c)
      out[i][static_cast<typename Vec::length_type>(c)] =
          static_cast<typename Vec::value_type>(flat[i * n + c]);
  return out;
}

// ---- meshes ------------------------------------------------------------------------------------------

// COLOR_0 as baked ambient occlusion: VEC3 or VEC4 of floats or of normalised unsigned bytes or
// shorts (glTF 2.0, section 3.7.2.1), each of red, green and blue within 0..1; the value is their mean
// (the generator writes grey), alpha is not used.
core::Result<std::vector<float>> read_occlusion(const tinygltf::Model& model, int index, std::size_t count) {
  int type = TINYGLTF_TYPE_VEC3;
  if (index >= 0 && static_cast<std::size_t>(index) < model.accessors.size()) {
    const auto& accessor = model.accessors[static_cast<std::size_t>(index)];
    const std::string where = at("accessors", static_cast<std::size_t>(index));
    if (accessor.type != TINYGLTF_TYPE_VEC3 && accessor.type != TINYGLTF_TYPE_VEC4)
      return make_error(where + ": type " + type_name(accessor.type) + ", expected VEC3 or VEC4");
    type = accessor.type;
    if (accessor.componentType != TINYGLTF_COMPONENT_TYPE_FLOAT && !accessor.normalized)
      return make_error(where + ": unsigned integer colours must be normalized (\"normalized\": true)");
  }
  auto values = read_accessor(model, index, type,
                              {TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE,
                               TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT},
                              Kind::floats, count);
  if (!values) return values.error();
  const auto components = static_cast<std::size_t>(component_count(type));
  std::vector<float> out(count);
  for (std::size_t e = 0; e < count; ++e) {
    double sum = 0.0;
    for (std::size_t c = 0; c < 3; ++c) {
      const double v = (*values)[e * components + c];
      if (v < 0.0 || v > 1.0)
        return make_error(at("accessors", static_cast<std::size_t>(index)) + ": element " +
                          std::to_string(e) + " has a colour component of " + std::to_string(v) +
                          ", outside 0..1");
      sum += v;
    }
    out[e] = static_cast<float>(sum / 3.0);
  }
  return out;
}

void compute_normals(Primitive& p) {
  p.normals.assign(p.positions.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < p.indices.size(); t += 3) {
    const auto a = p.indices[t], b = p.indices[t + 1], c = p.indices[t + 2];
    const glm::vec3 n = glm::cross(p.positions[b] - p.positions[a], p.positions[c] - p.positions[a]);
    p.normals[a] += n;
    p.normals[b] += n;
    p.normals[c] += n;
  }
  for (auto& n : p.normals) n = glm::length(n) > 0.0f ? glm::normalize(n) : glm::vec3(0.0f, 1.0f, 0.0f);
}

core::Result<Primitive> import_primitive(const tinygltf::Model& model, const tinygltf::Primitive& source,
                                         const std::string& where) {
  Primitive p;
  if (source.mode != TINYGLTF_MODE_TRIANGLES && source.mode != -1)
    return make_error(where + ": mode " + std::to_string(source.mode) + " is not supported (triangles only)");
  auto attribute = [&](const char* name) -> int {
    auto it = source.attributes.find(name);
    return it == source.attributes.end() ? -1 : it->second;
  };
  const int position = attribute("POSITION");
  if (position < 0) return make_error(where + ": has no POSITION attribute");
  auto positions = read_accessor(model, position, TINYGLTF_TYPE_VEC3, {kFloat}, Kind::floats);
  if (!positions) return make_error(where + ".attributes.POSITION: " + positions.error().message);
  p.positions = to_vectors<glm::vec3>(*positions);
  const std::size_t n = p.positions.size();
  for (const auto& v : p.positions) p.bounds.extend(v);

  if (int normal = attribute("NORMAL"); normal >= 0) {
    auto normals = read_accessor(model, normal, TINYGLTF_TYPE_VEC3, {kFloat}, Kind::floats, n);
    if (!normals) return make_error(where + ".attributes.NORMAL: " + normals.error().message);
    p.normals = to_vectors<glm::vec3>(*normals);
  }
  if (int uv = attribute("TEXCOORD_0"); uv >= 0) {
    auto uvs = read_accessor(model, uv, TINYGLTF_TYPE_VEC2, {kFloat, kUByte, kUShort}, Kind::floats, n);
    if (!uvs) return make_error(where + ".attributes.TEXCOORD_0: " + uvs.error().message);
    p.uvs = to_vectors<glm::vec2>(*uvs);
  }
  if (int tangent = attribute("TANGENT"); tangent >= 0) {
    auto tangents = read_accessor(model, tangent, TINYGLTF_TYPE_VEC4, {kFloat}, Kind::floats, n);
    if (!tangents) return make_error(where + ".attributes.TANGENT: " + tangents.error().message);
    p.tangents = to_vectors<glm::vec4>(*tangents);
  }
  if (int colour = attribute("COLOR_0"); colour >= 0) {
    auto occlusion = read_occlusion(model, colour, n);
    if (!occlusion) return make_error(where + ".attributes.COLOR_0: " + occlusion.error().message);
    p.occlusion = std::move(*occlusion);
  } else {
    p.occlusion.assign(n, 1.0f);
  }
  const int joints = attribute("JOINTS_0"), weights = attribute("WEIGHTS_0");
  if ((joints < 0) != (weights < 0)) return make_error(where + ": JOINTS_0 and WEIGHTS_0 must come together");
  if (joints >= 0) {
    auto j = read_accessor(model, joints, TINYGLTF_TYPE_VEC4, {kUByte, kUShort}, Kind::integers, n);
    if (!j) return make_error(where + ".attributes.JOINTS_0: " + j.error().message);
    auto w = read_accessor(model, weights, TINYGLTF_TYPE_VEC4, {kFloat, kUByte, kUShort}, Kind::floats, n);
    if (!w) return make_error(where + ".attributes.WEIGHTS_0: " + w.error().message);
    p.joints = to_vectors<glm::u16vec4>(*j);
    p.weights = to_vectors<glm::vec4>(*w);
    for (std::size_t v = 0; v < n; ++v) {
      glm::vec4& weight = p.weights[v];
      const float sum = weight.x + weight.y + weight.z + weight.w;
      if (glm::any(glm::lessThan(weight, glm::vec4(0.0f))) || std::abs(sum - 1.0f) > 0.02f)
        return make_error(where + ".attributes.WEIGHTS_0: vertex " + std::to_string(v) +
                          " has weights summing to " + std::to_string(sum) +
                          " (must be non-negative, sum 1)");
      weight /= sum;  // quantised weights are off by a little; the shader wants exactly 1
    }
  }
  if (source.indices >= 0) {
    auto indices =
        read_accessor(model, source.indices, TINYGLTF_TYPE_SCALAR, {kUByte, kUShort, kUInt}, Kind::integers);
    if (!indices) return make_error(where + ".indices: " + indices.error().message);
    p.indices.reserve(indices->size());
    for (std::size_t i = 0; i < indices->size(); ++i) {
      const double index = (*indices)[i];
      if (index >= static_cast<double>(n))
        return make_error(where + ".indices: index " + std::to_string(i) + " is " +
                          std::to_string(static_cast<std::uint64_t>(index)) + " but there are only " +
                          std::to_string(n) + " vertices (accessors[" + std::to_string(source.indices) +
                          "])");
      p.indices.push_back(static_cast<std::uint32_t>(index));
    }
  } else {
    p.indices.resize(n);
    for (std::size_t i = 0; i < n; ++i) p.indices[i] = static_cast<std::uint32_t>(i);
  }
  if (p.indices.size() % 3 != 0)
    return make_error(where + ": " + std::to_string(p.indices.size()) +
                      " indices is not a whole number of triangles");
  if (p.normals.empty()) compute_normals(p);
  return p;
}

// ---- nodes -------------------------------------------------------------------------------------------

core::Result<Transform> node_transform(const tinygltf::Node& node, const std::string& where) {
  Transform t;
  auto finite = [](const std::vector<double>& values) {
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
  };
  if (!finite(node.matrix) || !finite(node.translation) || !finite(node.rotation) || !finite(node.scale))
    return make_error(where + ": transform holds a value that is not a finite number");
  if (node.matrix.size() == 16) {
    glm::mat4 m;
    for (int i = 0; i < 16; ++i)
      glm::value_ptr(m)[i] = static_cast<float>(node.matrix[static_cast<std::size_t>(i)]);
    glm::vec3 skew;
    glm::vec4 perspective;
    if (!glm::decompose(m, t.scale, t.rotation, t.translation, skew, perspective))
      return make_error(where + ": matrix cannot be decomposed into translation, rotation and scale");
    return t;
  }
  if (node.translation.size() == 3)
    t.translation =
        glm::vec3(static_cast<float>(node.translation[0]), static_cast<float>(node.translation[1]),
                  static_cast<float>(node.translation[2]));
  if (node.rotation.size() == 4) {
    // glTF stores quaternions as x, y, z, w; glm's constructor takes w first.
    t.rotation = glm::quat(static_cast<float>(node.rotation[3]), static_cast<float>(node.rotation[0]),
                           static_cast<float>(node.rotation[1]), static_cast<float>(node.rotation[2]));
    const float length = glm::length(t.rotation);
    if (std::abs(length - 1.0f) > 0.01f) return make_error(where + ": rotation is not a unit quaternion");
    t.rotation = glm::normalize(t.rotation);
  }
  if (node.scale.size() == 3)
    t.scale = glm::vec3(static_cast<float>(node.scale[0]), static_cast<float>(node.scale[1]),
                        static_cast<float>(node.scale[2]));
  return t;
}

core::Status link_nodes(const tinygltf::Model& model, Scene& scene) {
  const std::size_t count = model.nodes.size();
  for (std::size_t i = 0; i < count; ++i) {
    for (int child : model.nodes[i].children) {
      if (child < 0 || static_cast<std::size_t>(child) >= count)
        return make_error(at("nodes", i) + ".children: node " + std::to_string(child) + " does not exist");
      Node& c = scene.nodes[static_cast<std::size_t>(child)];
      if (static_cast<std::size_t>(child) == i) return make_error(at("nodes", i) + ": is its own child");
      if (c.parent >= 0)
        return make_error(at("nodes", static_cast<std::size_t>(child)) + ": has two parents (nodes[" +
                          std::to_string(c.parent) + "] and nodes[" + std::to_string(i) + "])");
      c.parent = static_cast<int>(i);
      scene.nodes[i].children.push_back(child);
    }
  }
  // Walk down from the roots; a node never reached sits on a cycle (every node has one parent).
  for (std::size_t i = 0; i < count; ++i)
    if (scene.nodes[i].parent < 0) scene.roots.push_back(static_cast<int>(i));
  std::vector<int> stack(scene.roots.rbegin(), scene.roots.rend());
  while (!stack.empty()) {
    const int node = stack.back();
    stack.pop_back();
    scene.draw_order.push_back(node);
    const auto& children = scene.nodes[static_cast<std::size_t>(node)].children;
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  if (scene.draw_order.size() != count) {
    std::vector<bool> seen(count, false);
    for (int n : scene.draw_order) seen[static_cast<std::size_t>(n)] = true;
    const auto first = static_cast<std::size_t>(std::find(seen.begin(), seen.end(), false) - seen.begin());
    return make_error(at("nodes", first) + ": the node hierarchy has a cycle through this node");
  }
  return {};
}

// ---- skins and animations -------------------------------------------------------------------------------

core::Status import_skins(const tinygltf::Model& model, Scene& scene) {
  for (std::size_t i = 0; i < model.skins.size(); ++i) {
    const auto& source = model.skins[i];
    const std::string where = at("skins", i);
    Skin skin;
    skin.name = source.name;
    if (source.joints.empty()) return make_error(where + ": has no joints");
    for (int joint : source.joints) {
      if (joint < 0 || static_cast<std::size_t>(joint) >= scene.nodes.size())
        return make_error(where + ".joints: node " + std::to_string(joint) + " does not exist");
      skin.joints.push_back(joint);
    }
    if (source.inverseBindMatrices >= 0) {
      auto m = read_accessor(model, source.inverseBindMatrices, TINYGLTF_TYPE_MAT4, {kFloat}, Kind::floats,
                             source.joints.size());
      if (!m) return make_error(where + ".inverseBindMatrices: " + m.error().message);
      for (std::size_t j = 0; j < source.joints.size(); ++j) {
        glm::mat4 matrix;
        for (int k = 0; k < 16; ++k)
          glm::value_ptr(matrix)[k] = static_cast<float>((*m)[j * 16 + static_cast<std::size_t>(k)]);
        skin.inverse_bind.push_back(matrix);
      }
    } else {
      skin.inverse_bind.assign(source.joints.size(), glm::mat4(1.0f));
    }
    scene.skins.push_back(std::move(skin));
  }
  return {};
}

core::Status check_skinned_meshes(Scene& scene) {
  for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
    const Node& node = scene.nodes[i];
    if (node.mesh < 0) continue;
    const Mesh& mesh = scene.meshes[static_cast<std::size_t>(node.mesh)];
    for (std::size_t p = 0; p < mesh.primitives.size(); ++p) {
      const Primitive& primitive = mesh.primitives[p];
      const std::string where =
          at("meshes", static_cast<std::size_t>(node.mesh)) + ".primitives[" + std::to_string(p) + "]";
      if (primitive.joints.empty()) continue;
      if (node.skin < 0)
        return make_error(at("nodes", i) + ": mesh " + std::to_string(node.mesh) +
                          " has JOINTS_0 but the node has no skin");
      const auto joint_count = scene.skins[static_cast<std::size_t>(node.skin)].joints.size();
      for (std::size_t v = 0; v < primitive.joints.size(); ++v)
        for (int k = 0; k < 4; ++k)
          if (primitive.joints[v][k] >= joint_count && primitive.weights[v][k] > 0.0f)
            return make_error(where + ".attributes.JOINTS_0: vertex " + std::to_string(v) + " uses joint " +
                              std::to_string(primitive.joints[v][k]) + " but skins[" +
                              std::to_string(node.skin) + "] has " + std::to_string(joint_count) + " joints");
    }
  }
  // Joints weighted 0 may hold any index; clamp them so the shader never reads past the palette.
  for (Node& node : scene.nodes) {
    if (node.mesh < 0 || node.skin < 0) continue;
    const auto last =
        static_cast<std::uint16_t>(scene.skins[static_cast<std::size_t>(node.skin)].joints.size() - 1);
    for (Primitive& primitive : scene.meshes[static_cast<std::size_t>(node.mesh)].primitives)
      for (auto& j : primitive.joints) j = glm::min(j, glm::u16vec4(last));
  }
  return {};
}

core::Status import_animations(const tinygltf::Model& model, Scene& scene) {
  for (std::size_t a = 0; a < model.animations.size(); ++a) {
    const auto& source = model.animations[a];
    Animation animation;
    animation.name = source.name.empty() ? "animation" + std::to_string(a) : source.name;
    for (std::size_t c = 0; c < source.channels.size(); ++c) {
      const auto& channel = source.channels[c];
      const std::string where = at("animations", a) + ".channels[" + std::to_string(c) + "]";
      AnimationChannel out;
      if (channel.target_path == "translation")
        out.property = AnimatedProperty::translation;
      else if (channel.target_path == "rotation")
        out.property = AnimatedProperty::rotation;
      else if (channel.target_path == "scale")
        out.property = AnimatedProperty::scale;
      else
        continue;  // morph weights: the model has none, and nothing here would use them
      if (channel.target_node < 0 || static_cast<std::size_t>(channel.target_node) >= scene.nodes.size())
        return make_error(where + ".target.node: node " + std::to_string(channel.target_node) +
                          " does not exist");
      out.node = channel.target_node;
      if (channel.sampler < 0 || static_cast<std::size_t>(channel.sampler) >= source.samplers.size())
        return make_error(where + ".sampler: sampler " + std::to_string(channel.sampler) + " does not exist");
      const auto& sampler = source.samplers[static_cast<std::size_t>(channel.sampler)];
      const std::string sampler_where =
          at("animations", a) + ".samplers[" + std::to_string(channel.sampler) + "]";
      if (sampler.interpolation == "STEP")
        out.interpolation = Interpolation::step;
      else if (sampler.interpolation == "CUBICSPLINE")
        out.interpolation = Interpolation::cubic_spline;
      else
        out.interpolation = Interpolation::linear;
      auto times = read_accessor(model, sampler.input, TINYGLTF_TYPE_SCALAR, {kFloat}, Kind::floats);
      if (!times) return make_error(sampler_where + ".input: " + times.error().message);
      if (times->empty()) return make_error(sampler_where + ".input: has no keyframes");
      for (std::size_t k = 0; k < times->size(); ++k) {
        if (k > 0 && (*times)[k] <= (*times)[k - 1])
          return make_error(sampler_where + ".input: keyframe times must increase (key " + std::to_string(k) +
                            ")");
        out.times_s.push_back(static_cast<float>((*times)[k]));
      }
      const int type = out.property == AnimatedProperty::rotation ? TINYGLTF_TYPE_VEC4 : TINYGLTF_TYPE_VEC3;
      const std::size_t per_key = out.interpolation == Interpolation::cubic_spline ? 3 : 1;
      auto values =
          read_accessor(model, sampler.output, type, {kFloat}, Kind::floats, times->size() * per_key);
      if (!values) return make_error(sampler_where + ".output: " + values.error().message);
      const std::size_t n = static_cast<std::size_t>(component_count(type));
      for (std::size_t k = 0; k < values->size() / n; ++k) {
        glm::vec4 v(0.0f);
        for (std::size_t i = 0; i < n; ++i) v[static_cast<int>(i)] = static_cast<float>((*values)[k * n + i]);
        out.values.push_back(v);
      }
      animation.duration_s = std::max(animation.duration_s, out.times_s.back());
      animation.channels.push_back(std::move(out));
    }
    scene.animations.push_back(std::move(animation));
  }
  return {};
}

core::Result<Scene> convert(const tinygltf::Model& model) {
  if (auto status = check_counts(model); !status) return status.error();
  Scene scene;
  for (std::size_t m = 0; m < model.meshes.size(); ++m) {
    Mesh mesh;
    mesh.name = model.meshes[m].name;
    for (std::size_t p = 0; p < model.meshes[m].primitives.size(); ++p) {
      auto primitive = import_primitive(model, model.meshes[m].primitives[p],
                                        at("meshes", m) + ".primitives[" + std::to_string(p) + "]");
      if (!primitive) return primitive.error();
      mesh.primitives.push_back(std::move(*primitive));
    }
    scene.meshes.push_back(std::move(mesh));
  }
  scene.nodes.resize(model.nodes.size());
  for (std::size_t i = 0; i < model.nodes.size(); ++i) {
    const auto& source = model.nodes[i];
    Node& node = scene.nodes[i];
    node.name = source.name;
    auto transform = node_transform(source, at("nodes", i));
    if (!transform) return transform.error();
    node.rest = *transform;
    if (source.mesh >= 0 && static_cast<std::size_t>(source.mesh) >= model.meshes.size())
      return make_error(at("nodes", i) + ".mesh: mesh " + std::to_string(source.mesh) + " does not exist");
    if (source.skin >= 0 && static_cast<std::size_t>(source.skin) >= model.skins.size())
      return make_error(at("nodes", i) + ".skin: skin " + std::to_string(source.skin) + " does not exist");
    if (source.skin >= 0 && source.mesh < 0) return make_error(at("nodes", i) + ": has a skin but no mesh");
    node.mesh = source.mesh;
    node.skin = source.skin;
  }
  // What drawing it would cost: a mesh drawn by many nodes is drawn many times.
  if (const std::size_t drawn = scene.triangle_count(); drawn > kModelLimits.drawn_triangles)
    return make_error("nodes draw " + std::to_string(drawn) +
                      " triangles in all; a PostureLab model may draw at most " +
                      std::to_string(kModelLimits.drawn_triangles));
  if (auto status = link_nodes(model, scene); !status) return status.error();
  if (auto status = import_skins(model, scene); !status) return status.error();
  if (auto status = check_skinned_meshes(scene); !status) return status.error();
  if (auto status = import_animations(model, scene); !status) return status.error();
  return scene;
}

NodeExtras node_extras(const tinygltf::Value& extras) {
  NodeExtras out;
  if (!extras.IsObject()) return out;
  out.is_object = true;
  for (const std::string& key : extras.Keys()) {
    const tinygltf::Value& value = extras.Get(key);
    ExtraValue v;
    if (value.IsString()) {
      v.kind = ExtraValue::Kind::string;
      v.text = value.Get<std::string>();
    } else if (value.Type() != tinygltf::NULL_TYPE) {
      v.kind = ExtraValue::Kind::other;
    }
    out.values.emplace(key, std::move(v));
  }
  return out;
}

}  // namespace

core::Result<GltfContent> read_gltf(std::span<const std::uint8_t> bytes,
                                    const std::filesystem::path& base_dir) {
  if (bytes.size() > std::numeric_limits<unsigned int>::max()) return make_error("file is too large");
  auto guard = FileGuard::for_folder(base_dir);
  if (!guard) return guard.error();
  tinygltf::TinyGLTF loader;
  loader.SetFsCallbacks(tinygltf::FsCallbacks{&FileGuard::exists, &FileGuard::expand, &FileGuard::read,
                                              &FileGuard::write, &*guard});
  loader.SetImageLoader(&ignore_image, nullptr);
  tinygltf::Model model;
  std::string error, warning;
  const bool binary = bytes.size() >= 4 && std::memcmp(bytes.data(), "glTF", 4) == 0;
  // What tinygltf does not check itself, before it sees the bytes (anatomy/container_check.h).
  std::string_view json(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  if (binary) {
    auto layout = check_glb_layout(bytes);
    if (!layout) return layout.error();
    json = *layout;
  }
  if (auto depth = check_json_depth(json); !depth) return depth.error();
  const std::string base = guard->base().empty() ? std::string() : guard->base().string();
  const auto length = static_cast<unsigned int>(bytes.size());
  // Exceptions end at this boundary as named errors (an allocation tinygltf cannot make, a JSON
  // value of the wrong kind), never as an abort.
  bool ok = false;
  try {
    ok = binary ? loader.LoadBinaryFromMemory(&model, &error, &warning, bytes.data(), length, base)
                : loader.LoadASCIIFromString(&model, &error, &warning,
                                             reinterpret_cast<const char*>(bytes.data()), length, base);
  } catch (const std::exception& e) {
    return make_error(std::string("could not be read: ") + e.what());
  }
  if (!guard->rejected().empty())
    return make_error("refers to " + guard->rejected() +
                      ", outside the model's folder; external files must sit beside the model");
  if (!ok) {
    while (!error.empty() && (error.back() == '\n' || error.back() == ' ')) error.pop_back();
    return make_error("not a valid glTF file: " + (error.empty() ? std::string("unknown reason") : error));
  }
  // Nothing here decodes an extension, so a file that requires one cannot be read correctly.
  if (!model.extensionsRequired.empty()) {
    std::string names;
    for (const auto& required : model.extensionsRequired) names += (names.empty() ? "" : ", ") + required;
    return make_error("extensionsRequired: " + names +
                      (model.extensionsRequired.size() == 1 ? " is" : " are") + " not supported");
  }
  if (auto strict = check_strict(model); !strict) return strict.error();
  decltype(convert(model)) scene = core::make_error("not converted");
  try {
    scene = convert(model);
  } catch (const std::exception& e) {
    return make_error(std::string("could not be read: ") + e.what());
  }
  if (!scene) return scene.error();
  GltfContent content;
  content.scene = std::move(*scene);
  content.node_extras.reserve(model.nodes.size());
  for (const auto& node : model.nodes) content.node_extras.push_back(node_extras(node.extras));
  return content;
}

}  // namespace anatomy
