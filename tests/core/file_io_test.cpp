#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "core/file_io.h"

namespace fs = std::filesystem;

TEST_CASE("an atomic write replaces the file whole and leaves no temporary behind") {
  const fs::path dir = fs::temp_directory_path() / "posturelab_atomic_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = dir / "settings.json";
  REQUIRE(core::write_file_atomically(file, "{\"a\": 1}").ok());
  REQUIRE(core::write_file_atomically(file, "{\"a\": 2}").ok());
  auto text = core::read_file(file);
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
  auto text = core::read_file("/nonexistent/file.txt");
  REQUIRE_FALSE(text.ok());
  CHECK(text.error().message.find("/nonexistent/file.txt") != std::string::npos);
}

TEST_CASE("a binary file is read byte for byte, NUL bytes and all") {
  const fs::path file = fs::temp_directory_path() / "posturelab_read_file_test.bin";
  const std::string bytes("glTF\x02\x00\x00\x00\xff\xfe\r\n\x00end", 16);
  REQUIRE(core::write_file_atomically(file, bytes).ok());
  auto read = core::read_file(file);
  fs::remove(file);
  REQUIRE(read.ok());
  CHECK(read->size() == 16);
  CHECK(*read == bytes);
}
