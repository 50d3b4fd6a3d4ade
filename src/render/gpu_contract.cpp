#include "render/gpu_contract.h"

#include <cctype>

#include "render/colour_scales.h"

namespace render::gpu {

std::string category_define(anatomy::Category category) {
  std::string name = "CATEGORY_";
  for (char c : anatomy::category_name(category))
    name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

std::string contract_defines() {
  auto line = [](std::string_view name, auto value) {
    return "#define " + std::string(name) + " " + std::to_string(value) + "\n";
  };
  std::string defines = line("MAX_JOINTS", kMaxJoints);
  for (const AttributeInfo& a : kAttributes) defines += line(a.define, location(a.attribute));
  for (const anatomy::CategoryInfo& c : anatomy::kCategories)
    defines += line(category_define(c.category), c.shader_index);
  defines += line("SCALE_STOPS", ColourScale::kStops);
  return defines;
}

}  // namespace render::gpu
