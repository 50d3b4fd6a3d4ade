#pragma once
// The five lumbar intervertebral levels. Their order, L1-L2 first (top) to L5-S1 last (bottom), is
// the order of the whole code base: every per-level array, table, loop and output (biomech, the
// anatomy's lumbar joints, the UI's disc column, `report --json`) is indexed by level_index().
#include <array>
#include <cstddef>
#include <string_view>

#include "biomech/enum_names.h"

namespace biomech {

enum class Level { l1_l2, l2_l3, l3_l4, l4_l5, l5_s1 };
inline constexpr std::array kAllLevels = {Level::l1_l2, Level::l2_l3, Level::l3_l4, Level::l4_l5,
                                          Level::l5_s1};
inline constexpr std::size_t kLevelCount = kAllLevels.size();
inline constexpr EnumName<Level> kLevelNames[] = {
    {Level::l1_l2, "L1-L2"}, {Level::l2_l3, "L2-L3"}, {Level::l3_l4, "L3-L4"},
    {Level::l4_l5, "L4-L5"}, {Level::l5_s1, "L5-S1"},
};
std::string_view level_name(Level level);  // "L1-L2" ... "L5-S1"
inline constexpr std::size_t level_index(Level level) { return static_cast<std::size_t>(level); }

// One value per level, in the order above.
template <typename T>
using PerLevel = std::array<T, kLevelCount>;

}  // namespace biomech
