// libFuzzer target: any bytes as a scenario file's text, through the strict reader. An accepted
// scenario must survive the writer: its text read back is the same scenario, with no warnings (the
// writer writes only keys the reader knows). A refusal must say why.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/scenario.h"
#include "biomech/inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto base = biomech::balanced_inputs();
  const auto read = app::parse_scenario(text, "scenario fuzz.posturelab.json", base);
  if (!read) {
    if (read.error().message.empty()) __builtin_trap();
    return 0;
  }
  const auto again = app::parse_scenario(app::scenario_json(read->scenario), "written", base);
  if (!again || !again->warnings.empty() || !(again->scenario == read->scenario)) __builtin_trap();
  return 0;
}
