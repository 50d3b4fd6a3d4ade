#pragma once
// PostureLab's version, from CMake's project(VERSION ...), for --version and --help.
#include <string_view>

namespace core {
std::string_view version();
}  // namespace core
