#pragma once
// The handout's words and figures, put together from content (both languages) and the model's
// outputs: what goes on the page, not where (handout/pdf.h lays it out).
#include <string>

#include "app/handout.h"
#include "app/handout_pictures.h"
#include "biomech/model.h"
#include "content/library.h"
#include "handout/page.h"

namespace app {

// `current` and `reference` are the solved states (solve_with_standing_signs, as `report` prints
// them); `date` goes under the title as written (ISO 8601).
handout::Page handout_page(const content::Library& library, const HandoutRequest& request,
                           const biomech::Outputs& current, const biomech::Outputs& reference,
                           HandoutPictures pictures, const std::string& date);

}  // namespace app
