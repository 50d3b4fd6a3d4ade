#include <catch2/catch.hpp>

#include "core/result.h"

TEST_CASE("a Result holds either its value or the error that explains the failure") {
  core::Result<int> good = 42;
  REQUIRE(good.ok());
  CHECK(*good == 42);

  core::Result<int> bad = core::make_error("models/x.glb: accessors[3] runs past its buffer");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "models/x.glb: accessors[3] runs past its buffer");
}

TEST_CASE("a default Status is success and an error Status carries its message") {
  core::Status fine;
  CHECK(fine.ok());
  core::Status broken = core::make_error("disk full");
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.error().message == "disk full");
}
