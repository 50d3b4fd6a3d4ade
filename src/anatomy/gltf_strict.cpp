#include "anatomy/gltf_strict.h"

#include <tiny_gltf.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace anatomy {
namespace {

using core::make_error;

std::string at(std::string_view array, std::size_t index) {
  return std::string(array) + "[" + std::to_string(index) + "]";
}

bool index_ok(int index, std::size_t size) { return index >= 0 && static_cast<std::size_t>(index) < size; }

bool one_of(int value, std::initializer_list<int> allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

bool one_of(const std::string& value, std::initializer_list<std::string_view> allowed) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

// "2.0" -> {2, 0}; anything not MAJOR.MINOR in digits -> nothing.
std::optional<std::pair<int, int>> version_of(const std::string& text) {
  const auto dot = text.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == text.size() || text.size() > 9) return std::nullopt;
  auto digits = [](std::string_view part) {
    return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const std::string_view major(text.data(), dot), minor(text.data() + dot + 1, text.size() - dot - 1);
  if (!digits(major) || !digits(minor)) return std::nullopt;
  return std::pair{std::stoi(std::string(major)), std::stoi(std::string(minor))};
}

core::Status check_asset(const tinygltf::Asset& asset) {
  const auto version = version_of(asset.version);
  if (!version)
    return make_error("asset.version: \"" + asset.version.substr(0, 16) + "\" is not MAJOR.MINOR");
  if (version->first != 2) return make_error("asset.version: " + asset.version + "; only glTF 2 is read");
  if (!asset.minVersion.empty()) {
    const auto minimum = version_of(asset.minVersion);
    if (!minimum || minimum->first != 2 || minimum->second > 0)
      return make_error("asset.minVersion: " + asset.minVersion.substr(0, 16) +
                        "; this reader implements glTF 2.0");
  }
  return {};
}

core::Status check_scenes(const tinygltf::Model& model) {
  if (model.defaultScene != -1 && !index_ok(model.defaultScene, model.scenes.size()))
    return make_error("scene: scene " + std::to_string(model.defaultScene) + " does not exist (" +
                      std::to_string(model.scenes.size()) + " scenes)");
  for (std::size_t s = 0; s < model.scenes.size(); ++s) {
    std::set<int> seen;
    const auto& nodes = model.scenes[s].nodes;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
      const std::string where = at("scenes", s) + ".nodes[" + std::to_string(n) + "]";
      if (!index_ok(nodes[n], model.nodes.size()))
        return make_error(where + ": node " + std::to_string(nodes[n]) + " does not exist");
      if (!seen.insert(nodes[n]).second)
        return make_error(where + ": node " + std::to_string(nodes[n]) + " is listed twice");
    }
  }
  return {};
}

core::Status check_meshes(const tinygltf::Model& model) {
  for (std::size_t m = 0; m < model.meshes.size(); ++m)
    for (std::size_t p = 0; p < model.meshes[m].primitives.size(); ++p) {
      const auto& primitive = model.meshes[m].primitives[p];
      const std::string where = at("meshes", m) + ".primitives[" + std::to_string(p) + "]";
      if (primitive.material != -1 && !index_ok(primitive.material, model.materials.size()))
        return make_error(where + ".material: material " + std::to_string(primitive.material) +
                          " does not exist (" + std::to_string(model.materials.size()) + " materials)");
      if (primitive.mode != -1 &&
          (primitive.mode < TINYGLTF_MODE_POINTS || primitive.mode > TINYGLTF_MODE_TRIANGLE_FAN))
        return make_error(where + ".mode: " + std::to_string(primitive.mode) +
                          " is not a glTF primitive mode");
    }
  return {};
}

core::Status check_accessors(const tinygltf::Model& model) {
  for (std::size_t a = 0; a < model.accessors.size(); ++a) {
    const auto& accessor = model.accessors[a];
    if (!one_of(accessor.componentType,
                {TINYGLTF_COMPONENT_TYPE_BYTE, TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE,
                 TINYGLTF_COMPONENT_TYPE_SHORT, TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT,
                 TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT, TINYGLTF_COMPONENT_TYPE_FLOAT}))
      return make_error(at("accessors", a) + ".componentType: " + std::to_string(accessor.componentType) +
                        " is not a glTF component type");
  }
  return {};
}

core::Status check_skins(const tinygltf::Model& model) {
  for (std::size_t s = 0; s < model.skins.size(); ++s) {
    const auto& skin = model.skins[s];
    std::set<int> seen;
    for (std::size_t j = 0; j < skin.joints.size(); ++j)
      if (!seen.insert(skin.joints[j]).second)
        return make_error(at("skins", s) + ".joints[" + std::to_string(j) + "]: node " +
                          std::to_string(skin.joints[j]) + " is already a joint of this skin");
    if (skin.skeleton != -1 && !index_ok(skin.skeleton, model.nodes.size()))
      return make_error(at("skins", s) + ".skeleton: node " + std::to_string(skin.skeleton) +
                        " does not exist");
  }
  return {};
}

core::Status check_animations(const tinygltf::Model& model) {
  for (std::size_t a = 0; a < model.animations.size(); ++a) {
    const auto& animation = model.animations[a];
    for (std::size_t s = 0; s < animation.samplers.size(); ++s) {
      const auto& interpolation = animation.samplers[s].interpolation;
      if (!interpolation.empty() && !one_of(interpolation, {"LINEAR", "STEP", "CUBICSPLINE"}))
        return make_error(at("animations", a) + ".samplers[" + std::to_string(s) + "].interpolation: \"" +
                          interpolation.substr(0, 16) + "\" is not LINEAR, STEP or CUBICSPLINE");
    }
    for (std::size_t c = 0; c < animation.channels.size(); ++c) {
      const auto& path = animation.channels[c].target_path;
      if (!one_of(path, {"translation", "rotation", "scale", "weights"}))
        return make_error(at("animations", a) + ".channels[" + std::to_string(c) + "].target.path: \"" +
                          path.substr(0, 16) + "\" is not translation, rotation, scale or weights");
    }
  }
  return {};
}

}  // namespace

core::Status check_strict(const tinygltf::Model& model) {
  if (auto s = check_asset(model.asset); !s) return s;
  if (auto s = check_scenes(model); !s) return s;
  if (auto s = check_meshes(model); !s) return s;
  if (auto s = check_accessors(model); !s) return s;
  if (auto s = check_skins(model); !s) return s;
  return check_animations(model);
}

}  // namespace anatomy
