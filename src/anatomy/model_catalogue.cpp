#include "anatomy/model_catalogue.h"

#include <string>

#include "anatomy/model_schema.h"

namespace anatomy {
namespace {

using core::make_error;

// A string of the node's extras; optional keys may be missing or null ("origin": null on bones).
core::Result<std::string> extra_string(const NodeExtras& extras, std::string_view key,
                                       const std::string& where, bool required) {
  const auto it = extras.values.find(key);
  if (it == extras.values.end() || (it->second.kind == ExtraValue::Kind::null && !required)) {
    if (required) return make_error(where + ".extras: has no \"" + std::string(key) + "\"");
    return std::string();
  }
  if (it->second.kind != ExtraValue::Kind::string)
    return make_error(where + ".extras." + std::string(key) + ": must be a string");
  return it->second.text;
}

std::string category_list() {
  std::string list;
  for (const CategoryInfo& info : kCategories) list += (list.empty() ? "" : ", ") + std::string(info.name);
  return list;
}

core::Status add_structure(const NodeExtras& extras, std::size_t index, Scene& scene) {
  namespace key = schema::key;
  const std::string where = "nodes[" + std::to_string(index) + "]";
  if (!extras.is_object || !extras.values.contains(key::kId)) return {};
  auto id = extra_string(extras, key::kId, where, true);
  if (!id) return id.error();
  auto category_text = extra_string(extras, key::kCategory, where, true);
  if (!category_text) return category_text.error();
  if (*category_text == schema::kJointCategory || *category_text == schema::kLandmarkCategory) return {};
  const auto category = category_from_name(*category_text);
  if (!category)
    return make_error(where + ".extras.category: \"" + *category_text + "\" is not one of " +
                      category_list());
  Structure s;
  s.id = *id;
  s.category = *category;
  s.node = static_cast<int>(index);
  auto group = extra_string(extras, key::kGroup, where, false);
  auto side = extra_string(extras, key::kSide, where, false);
  auto origin = extra_string(extras, key::kOrigin, where, false);
  auto insertion = extra_string(extras, key::kInsertion, where, false);
  for (auto* r : {&group, &side, &origin, &insertion})
    if (!*r) return r->error();
  s.group = *group;
  s.origin = *origin;
  s.insertion = *insertion;
  const auto parsed_side = side_from_name(*side);
  if (!parsed_side)
    return make_error(where + ".extras.side: \"" + *side + "\" is not " + std::string(side_name(Side::left)) +
                      ", " + std::string(side_name(Side::right)) + " or " +
                      std::string(side_name(Side::none)));
  s.side = *parsed_side;
  if (scene.find_structure(s.id))
    return make_error(where + ".extras.id: \"" + s.id + "\" is used by two nodes");
  scene.nodes[index].structure = static_cast<int>(scene.structures.size());
  scene.structures.push_back(std::move(s));
  return {};
}

}  // namespace

core::Status add_catalogue(Scene& scene, const std::vector<NodeExtras>& node_extras) {
  for (std::size_t i = 0; i < scene.nodes.size() && i < node_extras.size(); ++i) {
    if (auto status = add_structure(node_extras[i], i, scene); !status) return status.error();
    const std::string& name = scene.nodes[i].name;
    if (name.starts_with(schema::kLandmarkPrefix) && name.size() > schema::kLandmarkPrefix.size())
      scene.landmarks.push_back(Landmark{name.substr(schema::kLandmarkPrefix.size()), static_cast<int>(i)});
  }
  return {};
}

}  // namespace anatomy
