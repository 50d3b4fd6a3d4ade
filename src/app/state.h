#pragma once
// Turns the state options of the command line into the model's inputs:
// balanced -> scenario file -> preset -> single options, then validation.
#include <filesystem>

#include <nlohmann/json.hpp>

#include "app/cli.h"
#include "biomech/inputs.h"
#include "core/result.h"

namespace app {

core::Result<biomech::Inputs> resolve_state(const StateOptions& options);

// A scenario file is JSON with any of the keys of `report --json`'s "inputs" object, e.g.
// {"hamstrings": 30, "activity": "sit-slouched", "mode": "evidence"}. Unknown keys, wrong types
// and out-of-range values are errors naming the file and the key.
core::Result<biomech::Inputs> load_scenario(const std::filesystem::path& path, biomech::Inputs base);

// The inputs as JSON with the same keys, one per row of biomech::kInputFields plus "activity" and
// "mode": what `report --json`, the UI report and scenario files share.
nlohmann::ordered_json inputs_json(const biomech::Inputs& inputs);

}  // namespace app
