#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

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

TEST_CASE("an atomic write replaces the file whole and leaves no temporary behind") {
  const fs::path dir = fs::temp_directory_path() / "posturelab_atomic_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = dir / "settings.json";
  REQUIRE(core::write_file_atomically(file, "{\"a\": 1}").ok());
  REQUIRE(core::write_file_atomically(file, "{\"a\": 2}").ok());
  auto text = core::read_text_file(file);
  REQUIRE(text.ok());
  CHECK(*text == "{\"a\": 2}");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);

  // Writing into a folder that does not exist fails with a message and touches nothing.
  auto status = core::write_file_atomically(dir / "missing" / "x.json", "x");
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message.find("missing") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("reading a missing file names it") {
  auto text = core::read_text_file("/nonexistent/file.txt");
  REQUIRE_FALSE(text.ok());
  CHECK(text.error().message.find("/nonexistent/file.txt") != std::string::npos);
}
