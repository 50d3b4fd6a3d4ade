#include "source_readers.h"

#include "core/file_io.h"

#include <cstdint>
#include <cstring>
#include <sstream>

namespace anatomy_prep {

namespace {

bool slurp(const std::string& path, std::string& bytes, std::string& error) {
  auto text = core::read_file(path);
  if (!text) {
    error = text.error().message;
    return false;
  }
  bytes = std::move(*text);
  return true;
}

bool read_binary_stl(const std::string& path, const std::string& bytes, Soup& soup, std::string& error) {
  std::uint32_t count = 0;
  std::memcpy(&count, bytes.data() + 80, 4);
  if (bytes.size() != 84 + std::size_t{count} * 50) {
    error = path + ": binary STL of " + std::to_string(count) + " triangles should be " +
            std::to_string(84 + std::size_t{count} * 50) + " bytes, is " + std::to_string(bytes.size());
    return false;
  }
  soup.corners.reserve(soup.corners.size() + std::size_t{count} * 3);
  for (std::uint32_t t = 0; t < count; ++t) {
    float v[12];
    std::memcpy(v, bytes.data() + 84 + std::size_t{t} * 50, sizeof v);
    for (int c = 0; c < 3; ++c) soup.corners.emplace_back(v[3 + 3 * c], v[4 + 3 * c], v[5 + 3 * c]);
  }
  return true;
}

bool read_ascii_stl(const std::string& path, const std::string& bytes, Soup& soup, std::string& error) {
  std::istringstream in(bytes);
  std::string word;
  std::size_t vertices = 0;
  while (in >> word) {
    if (word != "vertex") continue;
    glm::vec3 v;
    if (!(in >> v.x >> v.y >> v.z)) {
      error = path + ": vertex " + std::to_string(vertices + 1) + " has no three numbers";
      return false;
    }
    soup.corners.push_back(v);
    ++vertices;
  }
  if (vertices == 0 || vertices % 3 != 0) {
    error = path + ": ASCII STL with " + std::to_string(vertices) + " vertices, not whole triangles";
    return false;
  }
  return true;
}

}  // namespace

bool read_stl(const std::string& path, Soup& soup, std::string& error) {
  std::string bytes;
  if (!slurp(path, bytes, error)) return false;
  if (bytes.size() < 84) {
    error = path + ": too short for an STL file";
    return false;
  }
  // Some binary STL headers also start with "solid"; the facet keyword decides.
  const bool ascii = bytes.compare(0, 5, "solid") == 0 && bytes.find("facet", 0) < 512;
  return ascii ? read_ascii_stl(path, bytes, soup, error) : read_binary_stl(path, bytes, soup, error);
}

bool read_csv_mesh(const std::string& vertices_path, const std::string& faces_path, Soup& soup,
                   std::string& error) {
  std::string text;
  if (!slurp(vertices_path, text, error)) return false;
  std::vector<glm::vec3> points;
  {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      glm::vec3 v;
      char c1 = 0, c2 = 0;
      std::istringstream row(line);
      if (!(row >> v.x >> c1 >> v.y >> c2 >> v.z) || c1 != ',' || c2 != ',') {
        error = vertices_path + ":" + std::to_string(points.size() + 1) + ": expected x,y,z";
        return false;
      }
      points.push_back(v);
    }
  }
  if (!slurp(faces_path, text, error)) return false;
  std::istringstream in(text);
  std::string line;
  std::size_t row_number = 0;
  while (std::getline(in, line)) {
    ++row_number;
    if (line.empty()) continue;
    long i = 0, j = 0, k = 0;
    char c1 = 0, c2 = 0;
    std::istringstream row(line);
    if (!(row >> i >> c1 >> j >> c2 >> k) || c1 != ',' || c2 != ',') {
      error = faces_path + ":" + std::to_string(row_number) + ": expected i,j,k";
      return false;
    }
    for (const long index : {i, j, k}) {
      if (index < 1 || static_cast<std::size_t>(index) > points.size()) {
        error = faces_path + ":" + std::to_string(row_number) + ": index " + std::to_string(index) +
                " outside 1.." + std::to_string(points.size());
        return false;
      }
      soup.corners.push_back(points[static_cast<std::size_t>(index - 1)]);
    }
  }
  return true;
}

}  // namespace anatomy_prep
