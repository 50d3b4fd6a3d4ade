#pragma once
// Everything that goes into lower_body.glb, before it is written.
#include "frames.h"
#include "mesh.h"

#include <string>
#include <vector>

namespace modelgen {

enum class Material { bone, muscle, tendon, disc, skin };

struct Structure {
  std::string id;        // node name and extras.id, e.g. "muscle.semimembranosus.r"
  std::string name;      // human-readable, extras.name
  std::string category;  // bone, muscle, tendon, disc, skin
  std::string group;     // hamstrings, quadriceps, ..., lumbar_spine
  Side side = Side::mid;
  std::string origin;     // landmark id or ""
  std::string insertion;  // landmark id or ""
  Material material = Material::bone;
  Mesh mesh;
};

struct Landmark {
  std::string id;         // node name is "landmark." + id
  std::string structure;  // the structure it belongs to (its bounds contain it)
  Side side = Side::mid;
  int joint = 0;         // parent joint node
  glm::vec3 position{};  // rest position in the glTF frame
};

struct Channel {
  int joint = 0;
  bool translation = false;       // else rotation
  std::vector<glm::vec4> values;  // xyz for translation, quaternion xyzw for rotation
};

struct Animation {
  std::string name;
  std::vector<float> times;
  std::vector<Channel> channels;
};

struct Model {
  std::vector<Structure> structures;
  std::vector<Landmark> landmarks;
  std::vector<Animation> animations;
};

}  // namespace modelgen
