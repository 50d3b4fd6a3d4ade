#include <catch2/catch.hpp>

#include "content/library.h"

TEST_CASE("the bundled content loads") {
  auto library = content::Library::load(std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "content");
  if (!library) FAIL(library.error().message);
}
