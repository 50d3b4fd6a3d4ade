#pragma once
// Unit conversions used across modules. Quantities carry their unit in their name (tilt_deg,
// force_n, pressure_mpa); these helpers keep the conversions in one place.
#include <numbers>

namespace core {

constexpr double kGravity_m_s2 = 9.81;

constexpr double deg_to_rad(double deg) { return deg * std::numbers::pi / 180.0; }
constexpr double rad_to_deg(double rad) { return rad * 180.0 / std::numbers::pi; }
constexpr double kg_to_newtons(double mass_kg) { return mass_kg * kGravity_m_s2; }
constexpr double mm_to_m(double mm) { return mm / 1000.0; }
constexpr double m_to_mm(double m) { return m * 1000.0; }
// 1 MPa = 1 N/mm².
constexpr double pressure_mpa(double force_n, double area_mm2) { return force_n / area_mm2; }

}  // namespace core
