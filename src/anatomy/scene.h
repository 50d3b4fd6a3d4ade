#pragma once
// Our own CPU-side copy of the anatomical model: nodes, meshes, skins, animations, landmarks and
// the structure catalogue. Nothing here knows glTF or GL; the importer fills it and checks it, so
// every index in a Scene is valid (renderer and posing never re-check).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include "anatomy/aabb.h"
#include "anatomy/model_schema.h"

namespace anatomy {

struct Transform {
  glm::vec3 translation{0.0f};
  glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};
  glm::vec3 scale{1.0f};
  glm::mat4 matrix() const;
};

struct Node {
  std::string name;
  int parent = -1;
  std::vector<int> children;
  Transform rest;  // local transform as stored in the file
  int mesh = -1;
  int skin = -1;
  int structure = -1;  // index into Scene::structures when the node is a structure
};

// One drawable part. Joints and weights are present only for skinned meshes (4 influences).
struct Primitive {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  std::vector<glm::vec2> uvs;  // TEXCOORD_0; for discs u runs anterior (0) -> posterior (1)
  // TANGENT (xyz, w = handedness), as stored. On muscles and tendons it is the fibre direction in
  // rest space (schema::kFibreAttribute); empty when the file has none.
  std::vector<glm::vec4> tangents;
  // Baked ambient occlusion per vertex, 0..1 (schema::kOcclusionAttribute, the mean of its red,
  // green and blue); the importer fills 1 where the file has none.
  std::vector<float> occlusion;
  std::vector<glm::u16vec4> joints;
  std::vector<glm::vec4> weights;
  std::vector<std::uint32_t> indices;  // triangles
  Aabb bounds;                         // in the mesh's own space
};

struct Mesh {
  std::string name;
  std::vector<Primitive> primitives;
};

struct Skin {
  std::string name;
  std::vector<int> joints;  // node indices
  std::vector<glm::mat4> inverse_bind;
};

enum class AnimatedProperty { translation, rotation, scale };
enum class Interpolation { step, linear, cubic_spline };

struct AnimationChannel {
  int node = -1;
  AnimatedProperty property = AnimatedProperty::rotation;
  Interpolation interpolation = Interpolation::linear;
  std::vector<float> times_s;     // strictly increasing
  std::vector<glm::vec4> values;  // xyz(w); cubic: 3 per key (in-tangent, value, out-tangent)
};

struct Animation {
  std::string name;
  std::vector<AnimationChannel> channels;
  float duration_s = 0.0f;
};

// A named anatomical structure (a node with extras.id): "muscle.semimembranosus.l".
struct Structure {
  std::string id;
  Category category = Category::bone;
  std::string group;
  Side side = Side::none;
  std::string origin;  // landmark ids (muscles and tendons)
  std::string insertion;
  int node = -1;
};

struct Landmark {
  std::string id;  // node name without "landmark."
  int node = -1;
};

struct Scene {
  std::vector<Node> nodes;
  std::vector<int> roots;       // nodes without parent, in file order
  std::vector<int> draw_order;  // every node, parents before children
  std::vector<Mesh> meshes;
  std::vector<Skin> skins;
  std::vector<Animation> animations;
  std::vector<Structure> structures;
  std::vector<Landmark> landmarks;

  std::optional<int> find_node(std::string_view name) const;
  std::optional<int> find_structure(std::string_view id) const;
  std::optional<int> find_landmark(std::string_view id) const;
  std::optional<int> find_animation(std::string_view name) const;
  std::size_t triangle_count() const;
  std::size_t joint_count() const;  // distinct nodes used as joints by any skin
};

// World matrices for given local transforms (one per node, same order as scene.nodes).
std::vector<glm::mat4> world_matrices(const Scene& scene, const std::vector<Transform>& locals);
std::vector<Transform> rest_locals(const Scene& scene);
// Bounds of every mesh at rest (unskinned, node transforms applied) in world space.
Aabb rest_bounds(const Scene& scene);
// "34 structures, 120000 triangles, 17 joints, 3 animations (gait, forward_bend, sit_down), 60 landmarks"
std::string summary(const Scene& scene);

}  // namespace anatomy
