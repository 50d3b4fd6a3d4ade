#pragma once
// The conventions that make a glTF 2.0 file PostureLab's anatomical model, written once: node name
// prefixes, the keys of node extras, the structure categories, side spellings, the rig's joint names
// and the lumbar levels. tools/modelgen writes them, the importer and make_rig read them, and the
// tests' stand-in model is built from them, so writer and reader cannot drift apart.
// models/README.md describes the file these names make up.
//
// Header-only and constexpr: the generator can use it without calling into the anatomy library.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace anatomy {

// ---- structure categories ----------------------------------------------------------------------

enum class Category { bone, muscle, tendon, disc, skin };

struct CategoryInfo {
  Category category;
  // extras.category in the file, the id prefix ("muscle.semimembranosus.l"), the layer names of the
  // UI and the command line.
  std::string_view name;
  // How far out the layer lies, 0 = outermost below the skin. The opaque pass draws outer layers
  // first so the depth test rejects the fragments they hide before they are shaded.
  int layer_rank;
  // The value of the CATEGORY_<NAME> define the renderer puts into the shaders; also the index of
  // the category's material in the generated file.
  int shader_index;
};

// The one table of the category vocabulary, in enum order.
inline constexpr std::array<CategoryInfo, 5> kCategories = {{
    {Category::bone, "bone", 2, 0},
    {Category::muscle, "muscle", 0, 1},
    {Category::tendon, "tendon", 1, 2},
    {Category::disc, "disc", 3, 3},
    {Category::skin, "skin", 4, 4},
}};
inline constexpr std::size_t kCategoryCount = kCategories.size();

constexpr const CategoryInfo& category_info(Category category) {
  return kCategories[static_cast<std::size_t>(category)];
}
constexpr std::string_view category_name(Category category) { return category_info(category).name; }
constexpr std::optional<Category> category_from_name(std::string_view name) {
  for (const CategoryInfo& info : kCategories)
    if (info.name == name) return info.category;
  return std::nullopt;
}

// ---- sides ---------------------------------------------------------------------------------------

enum class Side { none, left, right };

struct SideSpelling {
  Side side;
  std::string_view text;
};

// extras.side. The first spelling of each side is the one the generator writes; the rest are read
// too, so hand-made or converted models need not match it letter for letter.
inline constexpr std::array<SideSpelling, 9> kSideSpellings = {{
    {Side::left, "left"},
    {Side::right, "right"},
    {Side::none, "midline"},
    {Side::left, "l"},
    {Side::right, "r"},
    {Side::none, "none"},
    {Side::none, ""},
    {Side::none, "m"},
    {Side::none, "center"},
}};

constexpr std::string_view side_name(Side side) {
  for (const SideSpelling& s : kSideSpellings)
    if (s.side == side) return s.text;
  return {};
}
constexpr std::optional<Side> side_from_name(std::string_view text) {
  for (const SideSpelling& s : kSideSpellings)
    if (s.text == text) return s.side;
  return std::nullopt;
}
// The end of a paired structure's, joint's or landmark's id: "bone.femur.l", "joint.hip.r".
constexpr std::string_view side_suffix(Side side) {
  return side == Side::left ? ".l" : side == Side::right ? ".r" : "";
}

namespace schema {

// ---- nodes ---------------------------------------------------------------------------------------

// Node names: "joint.<name>" for the rig's joints, "landmark.<id>" for landmarks. Structures are
// named by their extras.id.
inline constexpr std::string_view kJointPrefix = "joint.";
inline constexpr std::string_view kLandmarkPrefix = "landmark.";

// Keys of a node's extras. Structures: id, name, category, group, side, origin, insertion. Joints:
// id, category ("joint"), rest_position. Landmarks: id, category ("landmark"), structure, side,
// joint, rest_position.
namespace key {
inline constexpr std::string_view kId = "id";
inline constexpr std::string_view kName = "name";
inline constexpr std::string_view kCategory = "category";
inline constexpr std::string_view kGroup = "group";
inline constexpr std::string_view kSide = "side";
inline constexpr std::string_view kOrigin = "origin";  // a landmark id, or null
inline constexpr std::string_view kInsertion = "insertion";
inline constexpr std::string_view kStructure = "structure";  // landmarks: the structure it lies in
inline constexpr std::string_view kJoint = "joint";          // landmarks: the joint it moves with
inline constexpr std::string_view kRestPosition = "rest_position";
}  // namespace key

// extras.category of nodes that carry an id but are not drawn structures.
inline constexpr std::string_view kJointCategory = "joint";
inline constexpr std::string_view kLandmarkCategory = "landmark";

// The vertex attribute that carries, on muscles and tendons, the fibre direction in rest space
// (xyz, w = 1). The renderer draws the striation along it.
inline constexpr std::string_view kFibreAttribute = "TANGENT";

// The vertex attribute that carries the baked ambient occlusion (1 = open, 0 = closed all round) as
// a grey vertex colour: the renderer darkens ambient and diffuse light by it. Optional.
inline constexpr std::string_view kOcclusionAttribute = "COLOR_0";

// ---- the rig -------------------------------------------------------------------------------------

inline constexpr std::string_view kPelvisJoint = "joint.pelvis";  // root, at the hip axis
inline constexpr std::string_view kSacrumJoint = "joint.sacrum";
inline constexpr std::string_view kT12Joint = "joint.T12";
// [0] the left side, [1] the right, as anatomy::PoseParameters holds its paired angles.
inline constexpr std::array<std::string_view, 2> kHipJoints = {"joint.hip.l", "joint.hip.r"};
inline constexpr std::array<std::string_view, 2> kKneeJoints = {"joint.knee.l", "joint.knee.r"};
inline constexpr std::array<std::string_view, 2> kAnkleJoints = {"joint.ankle.l", "joint.ankle.r"};

// A lumbar motion segment: the disc, the vertebra above it and the joint that bends it (at the
// disc's centre, moving that vertebra and everything above).
struct LumbarLevel {
  std::string_view name;      // "L5-S1"
  std::string_view disc;      // structure id
  std::string_view vertebra;  // structure id of the upper vertebra
  std::string_view joint;     // node name
};

// From the top down, index 0 = L1-L2 ... 4 = L5-S1: the order of biomech::Level, so per-level
// arrays pass between the two modules index for index.
inline constexpr std::array<LumbarLevel, 5> kLumbarLevels = {{
    {"L1-L2", "disc.L1-L2", "bone.L1", "joint.L1"},
    {"L2-L3", "disc.L2-L3", "bone.L2", "joint.L2"},
    {"L3-L4", "disc.L3-L4", "bone.L3", "joint.L3"},
    {"L4-L5", "disc.L4-L5", "bone.L4", "joint.L4"},
    {"L5-S1", "disc.L5-S1", "bone.L5", "joint.L5"},
}};

}  // namespace schema

// The tables are indexed by their enums; a row out of place would mislabel a whole category.
static_assert([] {
  for (std::size_t i = 0; i < kCategories.size(); ++i)
    if (static_cast<std::size_t>(kCategories[i].category) != i) return false;
  return true;
}());
static_assert(schema::kPelvisJoint.starts_with(schema::kJointPrefix) &&
              schema::kSacrumJoint.starts_with(schema::kJointPrefix) &&
              schema::kT12Joint.starts_with(schema::kJointPrefix));
static_assert([] {
  for (const auto& level : schema::kLumbarLevels)
    if (!level.joint.starts_with(schema::kJointPrefix) ||
        !level.disc.starts_with(category_name(Category::disc)) ||
        !level.vertebra.starts_with(category_name(Category::bone)))
      return false;
  return true;
}());

}  // namespace anatomy
