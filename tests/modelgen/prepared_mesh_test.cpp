// The prepared-mesh format that modelgen reads from models/sources: what is written reads back to
// within its quantisation, and a damaged or hostile file is refused with what is wrong.
#include "prepared_mesh.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

namespace {

anatomy_prep::PreparedMesh tetrahedron() {
  anatomy_prep::PreparedMesh m;
  m.positions = {{0.0f, 0.0f, 0.0f}, {0.1f, 0.0f, 0.0f}, {0.0f, 0.2f, 0.0f}, {0.0f, 0.0f, 0.3f}};
  m.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
  return m;
}

std::string decode_error(const std::vector<std::uint8_t>& bytes) {
  anatomy_prep::PreparedMesh out;
  std::string error;
  CHECK_FALSE(anatomy_prep::decode(bytes, out, error));
  return error;
}

}  // namespace

TEST_CASE("a prepared mesh reads back to within a 65535th of its bounds") {
  const auto mesh = tetrahedron();
  anatomy_prep::PreparedMesh back;
  std::string error;
  REQUIRE(anatomy_prep::decode(anatomy_prep::encode(mesh), back, error));
  REQUIRE(back.positions.size() == mesh.positions.size());
  CHECK(back.indices == mesh.indices);
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    for (int a = 0; a < 3; ++a)
      CHECK(back.positions[i][a] == Approx(mesh.positions[i][a]).margin(0.3 / 65535.0));
  }
}

TEST_CASE("a damaged or hostile prepared mesh is refused with the reason") {
  const auto good = anatomy_prep::encode(tetrahedron());
  auto bad_magic = good;
  bad_magic[0] = 'X';
  CHECK(decode_error(bad_magic).find("PLMESH01") != std::string::npos);

  auto truncated = good;
  truncated.resize(good.size() - 1);
  CHECK(decode_error(truncated).find("the header implies") != std::string::npos);

  auto huge = good;
  const std::uint32_t many = 0xFFFFFFFFu;
  std::memcpy(&huge[8], &many, 4);
  CHECK(decode_error(huge).find("out of range") != std::string::npos);

  auto wild_index = good;
  wild_index[wild_index.size() - 2] = 9;  // the last u16 index -> 9, past the 4 vertices
  wild_index[wild_index.size() - 1] = 0;
  CHECK(decode_error(wild_index).find("past the 4 vertices") != std::string::npos);

  auto nan_bounds = good;
  const float nan = std::numeric_limits<float>::quiet_NaN();
  std::memcpy(&nan_bounds[16], &nan, 4);
  CHECK(decode_error(nan_bounds).find("bounds") != std::string::npos);

  anatomy_prep::PreparedMesh out;
  std::string error;
  CHECK_FALSE(anatomy_prep::read_file("/nonexistent/femur_r.plm", out, error));
  CHECK(error.find("/nonexistent/femur_r.plm") != std::string::npos);
}

TEST_CASE("every committed source mesh reads, with the triangles provenance.json lists") {
  const std::filesystem::path folder = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models" / "sources";
  std::ifstream in(folder / "provenance.json");
  REQUIRE(in);
  const auto provenance = nlohmann::json::parse(in);
  std::size_t files = 0;
  for (const auto& part : provenance["parts"]) {
    const std::string file = part["file"];
    INFO(file);
    anatomy_prep::PreparedMesh mesh;
    std::string error;
    CHECK(anatomy_prep::read_file((folder / file).string(), mesh, error));
    CHECK(error.empty());
    CHECK(mesh.indices.size() == 3 * part["triangles"].get<std::size_t>());
    CHECK(mesh.positions.size() == part["vertices"].get<std::size_t>());
    CHECK_FALSE(part["attribution"].get<std::string>().empty());
    CHECK(part["sources"].size() >= 1);
    ++files;
  }
  CHECK(files == 12);
}
