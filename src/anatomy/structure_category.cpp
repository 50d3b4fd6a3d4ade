#include "anatomy/structure_category.h"

#include <array>
#include <utility>

namespace anatomy {
namespace {
constexpr std::array<std::pair<Category, std::string_view>, 6> kNames = {{
    {Category::bone, "bone"},
    {Category::muscle, "muscle"},
    {Category::tendon, "tendon"},
    {Category::disc, "disc"},
    {Category::skin, "skin"},
    {Category::landmark, "landmark"},
}};
}  // namespace

std::string_view category_name(Category category) {
  for (const auto& [c, name] : kNames)
    if (c == category) return name;
  return "unknown";
}

std::optional<Category> category_from_name(std::string_view name) {
  for (const auto& [c, n] : kNames)
    if (n == name) return c;
  return std::nullopt;
}

}  // namespace anatomy
