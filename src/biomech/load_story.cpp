#include "biomech/load_story.h"

namespace biomech {

std::string_view load_story_name(LoadStory story) { return name_in(kLoadStoryNames, story); }

LoadStory load_story(const LoadChange& c) {
  const double nucleus_ratio = c.compression_ratio * (1.0 - c.facet_share) / (1.0 - c.standing_facet_share);
  if (c.posterior_stress_index > 1.1 && c.facet_share > c.standing_facet_share && nucleus_ratio < 1.1)
    return LoadStory::arch_loads_back;
  if (c.facet_share < c.standing_facet_share && nucleus_ratio > 1.1) return LoadStory::flexion_loads_nucleus;
  if (c.compression_ratio > 1.1) return LoadStory::more_load;
  if (c.compression_ratio < 0.9) return LoadStory::less_load;
  return LoadStory::as_standing;
}

}  // namespace biomech
