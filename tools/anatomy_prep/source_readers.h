#pragma once
// Readers for the formats in the staged anatomy-sources folder: STL (binary or ASCII) and the lumbar model's
// pair of CSV files. They return raw triangle soups in the source's own frame and units.
#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace anatomy_prep {

struct Soup {
  std::vector<glm::vec3> corners;  // three per triangle, in the source frame
};

bool read_stl(const std::string& path, Soup& soup, std::string& error);

// vertices.csv: "x,y,z" per line; faces.csv: "i,j,k" per line, 1-based.
bool read_csv_mesh(const std::string& vertices_path, const std::string& faces_path, Soup& soup,
                   std::string& error);

}  // namespace anatomy_prep
