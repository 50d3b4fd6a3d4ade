// The model schema's tables (no GPU, no file) and the bundled model against them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include "anatomy/gltf_importer.h"
#include "anatomy/model_schema.h"

TEST_CASE("every category name reads back as its category and unknown names are refused") {
  for (const anatomy::CategoryInfo& info : anatomy::kCategories) {
    INFO(info.name);
    CHECK(anatomy::category_name(info.category) == info.name);
    CHECK(anatomy::category_from_name(info.name) == info.category);
    CHECK(&anatomy::category_info(info.category) == &info);
  }
  CHECK_FALSE(anatomy::category_from_name("cartilage"));
  CHECK_FALSE(anatomy::category_from_name(anatomy::schema::kJointCategory));
  CHECK_FALSE(anatomy::category_from_name(anatomy::schema::kLandmarkCategory));
  CHECK_FALSE(anatomy::category_from_name("Bone"));
}

TEST_CASE("layer ranks put the muscles outermost and the skin last, each rank used once") {
  std::set<int> ranks, shader_indices;
  for (const anatomy::CategoryInfo& info : anatomy::kCategories) {
    ranks.insert(info.layer_rank);
    shader_indices.insert(info.shader_index);
  }
  CHECK(ranks.size() == anatomy::kCategoryCount);
  CHECK(shader_indices.size() == anatomy::kCategoryCount);
  using anatomy::Category;
  CHECK(anatomy::category_info(Category::muscle).layer_rank == 0);
  CHECK(anatomy::category_info(Category::muscle).layer_rank <
        anatomy::category_info(Category::bone).layer_rank);
  CHECK(anatomy::category_info(Category::tendon).layer_rank <
        anatomy::category_info(Category::bone).layer_rank);
  CHECK(anatomy::category_info(Category::skin).layer_rank == static_cast<int>(anatomy::kCategoryCount) - 1);
}

TEST_CASE("each side is written one way and read in all its spellings") {
  using anatomy::Side;
  CHECK(anatomy::side_name(Side::left) == "left");
  CHECK(anatomy::side_name(Side::right) == "right");
  CHECK(anatomy::side_name(Side::none) == "midline");
  for (const anatomy::SideSpelling& s : anatomy::kSideSpellings)
    CHECK(anatomy::side_from_name(s.text) == s.side);
  CHECK_FALSE(anatomy::side_from_name("both"));
  CHECK(anatomy::side_suffix(Side::left) == ".l");
  CHECK(anatomy::side_suffix(Side::right) == ".r");
  CHECK(anatomy::side_suffix(Side::none).empty());
}

TEST_CASE("the bundled model has every joint, lumbar disc and vertebra the schema names") {
  namespace schema = anatomy::schema;
  const std::filesystem::path path = std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "models/lower_body.glb";
  REQUIRE(std::filesystem::exists(path));  // committed; tools/modelgen regenerates it
  auto scene = anatomy::load_model(path);
  REQUIRE(scene.ok());
  std::set<std::string> joints;
  for (const auto& name : {schema::kPelvisJoint, schema::kSacrumJoint, schema::kT12Joint})
    joints.insert(std::string(name));
  for (const auto& side : {schema::kHipJoints, schema::kKneeJoints, schema::kAnkleJoints})
    for (const auto& name : side) joints.insert(std::string(name));
  for (const auto& level : schema::kLumbarLevels) {
    INFO(level.name);
    joints.insert(std::string(level.joint));
    REQUIRE(scene->find_structure(level.disc));
    CHECK(scene->structures[static_cast<std::size_t>(*scene->find_structure(level.disc))].category ==
          anatomy::Category::disc);
    REQUIRE(scene->find_structure(level.vertebra));
    CHECK(scene->structures[static_cast<std::size_t>(*scene->find_structure(level.vertebra))].category ==
          anatomy::Category::bone);
  }
  CHECK(joints.size() == 14);
  for (const std::string& name : joints) {
    INFO(name);
    CHECK(scene->find_node(name));
  }
  // Every category has structures in the bundled model, and every structure id starts with its
  // category's name (the skin is one structure called "skin").
  std::set<anatomy::Category> seen;
  for (const anatomy::Structure& s : scene->structures) {
    INFO(s.id);
    seen.insert(s.category);
    CHECK(s.id.starts_with(anatomy::category_name(s.category)));
  }
  CHECK(seen.size() == anatomy::kCategoryCount);
}
