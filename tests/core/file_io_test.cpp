#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>
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

TEST_CASE("files that are not regular files are refused by name, never read or replaced") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("posturelab_special_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
#ifdef __EMSCRIPTEN__
  // Node's file API cannot make a FIFO (emscripten's NODERAWFS turns mkfifo into an empty regular
  // file), so the web build checks the directory, device and link cases only.
  constexpr bool can_make_fifo = false;
#else
  constexpr bool can_make_fifo = true;
#endif
  if constexpr (can_make_fifo) {
    const auto fifo = dir / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // A FIFO would block a reader forever; it is refused at once.
    auto read = core::read_file(fifo);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.find("named pipe") != std::string::npos);
    // Writing over a FIFO is refused, and the FIFO is still a FIFO.
    auto written = core::write_file_atomically(fifo, "{}");
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.find("replaces only regular files") != std::string::npos);
    CHECK(std::filesystem::is_fifo(fifo));
  }
  CHECK_FALSE(core::read_file(dir).ok());
  CHECK(core::read_file(dir).error().message.find("is a directory") != std::string::npos);
  CHECK(core::read_file("/dev/zero").error().message.find("is a device") != std::string::npos);
  // Writing over a device is refused.
  CHECK_FALSE(core::write_file_atomically("/dev/null", "x").ok());
  // A link is followed: its target gets the new bytes and the link stays a link.
  const auto target = dir / "settings.real.json";
  const auto link = dir / "settings.json";
  REQUIRE(core::write_file_atomically(target, "old").ok());
  std::filesystem::create_symlink(target, link);
  REQUIRE(core::write_file_atomically(link, "new").ok());
  CHECK(std::filesystem::is_symlink(link));
  CHECK(*core::read_file(target) == "new");
  std::filesystem::remove_all(dir);
}
