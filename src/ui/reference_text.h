#pragma once
// How Help › References writes one work: its authors, year, title, where it appeared and the record
// it was checked against, as one line to wrap ("Aagaard P, … (1998). A new concept …. Am J Sports Med
// 26(2):231-237. PubMed …"). Plain strings, tested without ImGui.
#include <string>
#include <vector>

#include "content/library.h"

namespace ui {

std::string reference_line(const content::Reference& reference);

// The studies, reviews, trials and models in the order a reader looks them up (by their short
// citation), the source article left out: it has a section of its own.
std::vector<const content::Reference*> studies_by_citation(const content::Library& library);

}  // namespace ui
