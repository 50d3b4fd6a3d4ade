#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "core/asset_paths.h"

namespace fs = std::filesystem;

TEST_CASE("the asset root is found and holds the shaders") {
  auto root = core::asset_root();
  REQUIRE(root.ok());
  CHECK(fs::is_regular_file(*root / "shaders" / "grid.frag"));
  auto grid = core::asset_path("shaders/grid.vert");
  REQUIRE(grid.ok());
}

TEST_CASE("a missing asset is an error naming the file") {
  auto missing = core::asset_path("shaders/does_not_exist.frag");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message.find("does_not_exist.frag") != std::string::npos);
}

TEST_CASE("POSTURELAB_ASSET_DIR pointing nowhere is reported, not ignored") {
  ::setenv("POSTURELAB_ASSET_DIR", "/nonexistent/posturelab", 1);
  auto root = core::asset_root();
  ::unsetenv("POSTURELAB_ASSET_DIR");
  REQUIRE_FALSE(root.ok());
  CHECK(root.error().message.find("/nonexistent/posturelab") != std::string::npos);
}

TEST_CASE("DejaVu Sans is installed for the interface") {
  auto font = core::ui_font_path();
  REQUIRE(font.ok());
  CHECK(font->filename() == "DejaVuSans.ttf");
}
