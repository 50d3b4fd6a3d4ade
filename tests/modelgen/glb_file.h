#pragma once
// A minimal GLB reader for the generator's tests (the app's importer lives in src/anatomy).
#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace modelgen_test {

struct GlbFile {
  nlohmann::json doc;
  std::vector<std::uint8_t> bin;

  static std::vector<std::uint8_t> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      throw std::runtime_error("cannot open " + path);
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  static std::uint32_t u32(const std::vector<std::uint8_t>& b, std::size_t at) {
    std::uint32_t v = 0;
    std::memcpy(&v, b.data() + at, 4);
    return v;
  }

  explicit GlbFile(const std::string& path) {
    const auto bytes = read_bytes(path);
    if (bytes.size() < 20 || u32(bytes, 0) != 0x46546C67u) {
      throw std::runtime_error(path + " is not a GLB");
    }
    const std::uint32_t json_len = u32(bytes, 12);
    doc = nlohmann::json::parse(bytes.begin() + 20, bytes.begin() + 20 + json_len);
    const std::size_t bin_at = 20 + json_len;
    const std::uint32_t bin_len = u32(bytes, bin_at);
    bin.assign(bytes.begin() + static_cast<std::ptrdiff_t>(bin_at + 8),
               bytes.begin() + static_cast<std::ptrdiff_t>(bin_at + 8 + bin_len));
  }

  // A landmark's rest position: the generator writes each as a node "landmark.<id>" with it in extras.
  glm::vec3 landmark(const std::string& id) const {
    for (const auto& n : doc["nodes"]) {
      if (n["name"] != "landmark." + id) continue;
      const auto& r = n["extras"]["rest_position"];
      return {r[0].get<float>(), r[1].get<float>(), r[2].get<float>()};
    }
    throw std::runtime_error("no landmark " + id);
  }

  static int components(const std::string& type) {
    if (type == "SCALAR") return 1;
    if (type == "VEC2") return 2;
    if (type == "VEC3") return 3;
    if (type == "VEC4") return 4;
    if (type == "MAT4") return 16;
    return 0;
  }

  // Any accessor as floats (integers converted), tightly packed.
  std::vector<float> floats(int accessor) const {
    const auto& a = doc["accessors"][static_cast<std::size_t>(accessor)];
    const auto& v = doc["bufferViews"][a["bufferView"].get<std::size_t>()];
    const std::size_t offset = v.value("byteOffset", std::size_t{0}) + a.value("byteOffset", std::size_t{0});
    const std::size_t count = a["count"].get<std::size_t>() * static_cast<std::size_t>(components(a["type"]));
    const int type = a["componentType"];
    std::vector<float> out(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (type == 5126) {
        std::memcpy(&out[i], bin.data() + offset + 4 * i, 4);
      } else if (type == 5121) {
        out[i] = static_cast<float>(bin[offset + i]);
      } else if (type == 5123) {
        std::uint16_t s = 0;
        std::memcpy(&s, bin.data() + offset + 2 * i, 2);
        out[i] = static_cast<float>(s);
      } else {
        std::uint32_t s = 0;
        std::memcpy(&s, bin.data() + offset + 4 * i, 4);
        out[i] = static_cast<float>(s);
      }
    }
    return out;
  }

  std::vector<std::uint32_t> indices(int accessor) const {
    const auto f = floats(accessor);
    std::vector<std::uint32_t> out(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) {
      out[i] = static_cast<std::uint32_t>(f[i]);
    }
    return out;
  }

  const nlohmann::json* node(const std::string& name) const {
    for (const auto& n : doc["nodes"]) {
      if (n.value("name", std::string()) == name) {
        return &n;
      }
    }
    return nullptr;
  }

  // Rest world position of a node: sum of translations up the joint chain.
  std::array<float, 3> world_position(std::size_t node_index) const {
    std::array<float, 3> p{0, 0, 0};
    std::size_t current = node_index;
    for (int guard = 0; guard < 64; ++guard) {
      const auto& n = doc["nodes"][current];
      if (n.contains("translation")) {
        for (std::size_t k = 0; k < 3; ++k) {
          p[k] += n["translation"][k].get<float>();
        }
      }
      bool found = false;
      for (std::size_t i = 0; i < doc["nodes"].size(); ++i) {
        const auto& candidate = doc["nodes"][i];
        if (candidate.contains("children")) {
          for (const auto& c : candidate["children"]) {
            if (c.get<std::size_t>() == current) {
              current = i;
              found = true;
            }
          }
        }
        if (found) break;
      }
      if (!found) break;
    }
    return p;
  }
};

inline std::string model_path() { return std::string(POSTURELAB_SOURCE_ROOT) + "/models/lower_body.glb"; }

}  // namespace modelgen_test
