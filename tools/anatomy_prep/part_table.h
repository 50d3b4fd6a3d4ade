#pragma once
// One table for what is taken from the staged anatomy-sources folder: the datasets (licence, attribution,
// frame) and the parts prepared from them (files, pieces, triangle budget).
#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace anatomy_prep {

struct Dataset {
  std::string key;     // "bodyparts3d", ...
  std::string folder;  // under the sources root
  std::string licence;
  std::string attribution;
  std::string frame;                  // the source frame, in words
  glm::vec3 (*to_gltf)(glm::vec3 p);  // source point -> glTF axes in metres (a proper rotation)
};

struct Part {
  std::string id;  // output file models/sources/<id>.plm
  std::string dataset;
  std::vector<std::string> files;  // relative to the dataset folder; two for the lumbar CSV pair
  int piece_index = -1;            // >= 0: take that piece, counting from the top (lumbar levels)
  double min_piece_fraction = 0.01;
  std::size_t target_triangles = 2000;
  std::string note;  // what else is done to it, in words
};

const std::vector<Dataset>& datasets();
const Dataset& dataset(const std::string& key);
const std::vector<Part>& parts();

}  // namespace anatomy_prep
