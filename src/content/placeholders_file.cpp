#include <algorithm>

#include "content/loaders.h"
#include "core/enum_names.h"

namespace content {
namespace {
constexpr auto kPlaceholderTypeNames =
    core::enum_names<PlaceholderType>({{PlaceholderType::number, "number"},
                                       {PlaceholderType::integer, "integer"},
                                       {PlaceholderType::text, "text"}});
static_assert(kPlaceholderTypeNames.is_one_to_one());
}  // namespace

core::Result<std::vector<PlaceholderSpec>> load_placeholders(const ContentDir& dir) {
  auto file = dir.read("placeholders.json");
  if (!file) return file.error();
  return load_list<PlaceholderSpec>(
      *file, file->root(), "", "placeholders", "name",
      [&](const Json& item, const std::string& name) -> core::Result<PlaceholderSpec> {
        PlaceholderSpec spec;
        spec.name = name;
        auto type = file->string(item, name, "type");
        if (!type) return type.error();
        const auto parsed = kPlaceholderTypeNames.from_name(*type);
        if (!parsed) return file->error(name, "type must be " + kPlaceholderTypeNames.names_listed());
        spec.type = *parsed;
        if (spec.type == PlaceholderType::number) {
          auto decimals = file->integer(item, name, "decimals");
          if (!decimals) return file->error(name, "a number needs an integer field 'decimals'");
          spec.decimals = *decimals;
        }
        auto show_sign = file->optional_bool(item, name, "signed", false);
        if (!show_sign) return show_sign.error();
        spec.show_sign = *show_sign;
        auto unit = file->optional_string(item, name, "unit");
        if (!unit) return unit.error();
        spec.unit = *unit;
        auto description = file->optional_string(item, name, "description");
        if (!description) return description.error();
        spec.description = *description;
        return spec;
      });
}

core::Status check_placeholders(const ContentFile& file, std::string_view key, std::string_view text,
                                std::span<const PlaceholderSpec> placeholders) {
  auto names = placeholders_in(text);
  if (!names) return file.error(key, names.error().message);
  for (const std::string& name : *names) {
    const bool known = std::any_of(placeholders.begin(), placeholders.end(),
                                   [&](const PlaceholderSpec& p) { return p.name == name; });
    if (!known)
      return file.error(key,
                        "unknown placeholder {" + name + "} (the UI provides those in placeholders.json)");
  }
  return {};
}

}  // namespace content
