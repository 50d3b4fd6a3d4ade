#pragma once
// The categories every structure of the anatomical model belongs to (glTF extras "category").
#include <optional>
#include <string_view>

namespace anatomy {

enum class Category { bone, muscle, tendon, disc, skin, landmark };

std::string_view category_name(Category category);
std::optional<Category> category_from_name(std::string_view name);

}  // namespace anatomy
