#pragma once
#include <string_view>

namespace core {
std::string_view version();
}  // namespace core
