#include <catch2/catch.hpp>

#include "core/units.h"

TEST_CASE("unit conversions agree with their definitions") {
  CHECK(core::deg_to_rad(180.0) == Approx(3.14159265358979));
  CHECK(core::rad_to_deg(core::deg_to_rad(37.5)) == Approx(37.5));
  CHECK(core::kg_to_newtons(75.0) == Approx(735.75));
  // 500 N over 1500 mm² is 0.333 MPa (1 MPa = 1 N/mm²).
  CHECK(core::pressure_mpa(500.0, 1500.0) == Approx(0.3333).epsilon(1e-3));
  CHECK(core::m_to_mm(core::mm_to_m(12.4)) == Approx(12.4));
}
