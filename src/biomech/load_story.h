#pragma once
// Which load on a disc rises, and why, in one word the content can turn into a sentence: the
// nucleus pressure and the posterior-annulus index can move in opposite directions (a deeper arch
// hands load to the facets and the back of the disc, so the nucleus pressure may fall while the
// back of the disc is loaded more), and a reader needs to be told which is which.
#include <string_view>

#include "biomech/enum_names.h"

namespace biomech {

enum class LoadStory {
  as_standing,            // within 10 % of this level standing balanced
  arch_loads_back,        // more arch: facets and posterior annulus take load, the nucleus less
  flexion_loads_nucleus,  // bent forward: facets unloaded, the nucleus carries it all, rising
  more_load,              // more weight, load or muscle force: every measure rises together
  less_load,              // lying or supported: every measure falls together
};
inline constexpr EnumName<LoadStory> kLoadStoryNames[] = {
    {LoadStory::as_standing, "as_standing"},
    {LoadStory::arch_loads_back, "arch_loads_back"},
    {LoadStory::flexion_loads_nucleus, "flexion_loads_nucleus"},
    {LoadStory::more_load, "more_load"},
    {LoadStory::less_load, "less_load"},
};
std::string_view load_story_name(LoadStory story);

struct LoadChange {
  double compression_ratio;  // compression / this level standing balanced
  double facet_share;        // now
  double standing_facet_share;
  double posterior_stress_index;  // 1 = standing balanced
};
// Design thresholds: 10 % either way is "as standing".
LoadStory load_story(const LoadChange& change);

}  // namespace biomech
