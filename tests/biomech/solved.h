#pragma once
// The model solved for inputs the test knows to be valid (a failed solve fails the test).
#include <catch2/catch.hpp>

#include "biomech/model.h"

namespace biomech {
inline Outputs solved(const Inputs& in) {
  auto out = solve(in);
  REQUIRE(out.ok());
  return *out;
}
}  // namespace biomech
