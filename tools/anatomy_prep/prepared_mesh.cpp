#include "prepared_mesh.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include "core/file_io.h"

#include <limits>

namespace anatomy_prep {

namespace {

constexpr char magic[8] = {'P', 'L', 'M', 'E', 'S', 'H', '0', '1'};
constexpr std::size_t header_bytes = 8 + 4 + 4 + 6 * 4;
// A bone surface never needs more; a larger count means a corrupt or hostile file.
constexpr std::uint32_t max_vertices = 1u << 20;
constexpr std::uint32_t max_triangles = 1u << 21;

void put_u32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void put_u16(std::vector<std::uint8_t>& out, std::uint16_t v) {
  out.push_back(static_cast<std::uint8_t>(v));
  out.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put_f32(std::vector<std::uint8_t>& out, float f) {
  std::uint32_t v = 0;
  std::memcpy(&v, &f, 4);
  put_u32(out, v);
}
std::uint32_t get_u32(const std::uint8_t* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
std::uint16_t get_u16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }
float get_f32(const std::uint8_t* p) {
  const std::uint32_t v = get_u32(p);
  float f = 0.0f;
  std::memcpy(&f, &v, 4);
  return f;
}

}  // namespace

std::vector<std::uint8_t> encode(const PreparedMesh& mesh) {
  glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
  for (const glm::vec3& p : mesh.positions) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  std::vector<std::uint8_t> out(magic, magic + 8);
  put_u32(out, static_cast<std::uint32_t>(mesh.positions.size()));
  put_u32(out, static_cast<std::uint32_t>(mesh.indices.size() / 3));
  for (int a = 0; a < 3; ++a) put_f32(out, lo[a]);
  for (int a = 0; a < 3; ++a) put_f32(out, hi[a]);
  for (const glm::vec3& p : mesh.positions) {
    for (int a = 0; a < 3; ++a) {
      const float span = hi[a] - lo[a];
      const float t = span > 0.0f ? (p[a] - lo[a]) / span : 0.0f;
      put_u16(out, static_cast<std::uint16_t>(std::lround(std::clamp(t, 0.0f, 1.0f) * 65535.0f)));
    }
  }
  const bool wide = mesh.positions.size() >= 65536;
  for (const std::uint32_t i : mesh.indices) {
    if (wide) {
      put_u32(out, i);
    } else {
      put_u16(out, static_cast<std::uint16_t>(i));
    }
  }
  return out;
}

bool decode(const std::vector<std::uint8_t>& bytes, PreparedMesh& mesh, std::string& error) {
  if (bytes.size() < header_bytes || std::memcmp(bytes.data(), magic, 8) != 0) {
    error = "not a PostureLab prepared mesh (no PLMESH01 header)";
    return false;
  }
  const std::uint32_t vertices = get_u32(&bytes[8]);
  const std::uint32_t triangles = get_u32(&bytes[12]);
  if (vertices == 0 || vertices > max_vertices || triangles == 0 || triangles > max_triangles) {
    error = "header counts out of range (" + std::to_string(vertices) + " vertices, " +
            std::to_string(triangles) + " triangles)";
    return false;
  }
  const bool wide = vertices >= 65536;
  const std::size_t expected =
      header_bytes + std::size_t{vertices} * 6 + std::size_t{triangles} * 3 * (wide ? 4 : 2);
  if (bytes.size() != expected) {
    error = "size " + std::to_string(bytes.size()) + " bytes, the header implies " + std::to_string(expected);
    return false;
  }
  glm::vec3 lo, hi;
  for (int a = 0; a < 3; ++a) {
    lo[a] = get_f32(&bytes[16 + 4 * a]);
    hi[a] = get_f32(&bytes[28 + 4 * a]);
    if (!std::isfinite(lo[a]) || !std::isfinite(hi[a]) || hi[a] < lo[a] || hi[a] - lo[a] > 10.0f) {
      error = "bounds are not finite or not a body-sized box";
      return false;
    }
  }
  mesh.positions.resize(vertices);
  const std::uint8_t* p = &bytes[header_bytes];
  for (glm::vec3& v : mesh.positions) {
    for (int a = 0; a < 3; ++a, p += 2) {
      v[a] = lo[a] + (hi[a] - lo[a]) * (static_cast<float>(get_u16(p)) / 65535.0f);
    }
  }
  mesh.indices.resize(std::size_t{triangles} * 3);
  for (std::uint32_t& i : mesh.indices) {
    i = wide ? get_u32(p) : get_u16(p);
    p += wide ? 4 : 2;
    if (i >= vertices) {
      error = "index " + std::to_string(i) + " is past the " + std::to_string(vertices) + " vertices";
      return false;
    }
  }
  return true;
}

bool read_file(const std::string& path, PreparedMesh& mesh, std::string& error) {
  const auto text = core::read_file(path);
  if (!text) {
    error = text.error().message;
    return false;
  }
  const std::vector<std::uint8_t> bytes(text->begin(), text->end());
  if (!decode(bytes, mesh, error)) {
    error = path + ": " + error;
    return false;
  }
  return true;
}

}  // namespace anatomy_prep
