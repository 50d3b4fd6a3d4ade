// The one set of layers: what the checkboxes show and what is drawn both derive from it.
#include <catch2/catch.hpp>

#include "app/layer_set.h"

namespace {
using anatomy::Category;
using render::LayerMode;
using ui::LayerAction;
using ui::LayerCommand;

anatomy::Scene small_scene() {
  anatomy::Scene scene;
  auto add = [&](std::string id, Category category, std::string group = {}) {
    anatomy::Structure s;
    s.id = std::move(id);
    s.category = category;
    s.group = std::move(group);
    scene.structures.push_back(std::move(s));
  };
  add("bone.pelvis", Category::bone);
  add("muscle.semimembranosus.l", Category::muscle, "hamstrings");
  add("muscle.semimembranosus.r", Category::muscle, "hamstrings");
  add("muscle.rectus_femoris.l", Category::muscle, "quadriceps");
  add("disc.L5-S1", Category::disc);
  add("skin.body", Category::skin);
  return scene;
}

LayerMode drawn(const app::LayerSet& layers, const std::string& id) {
  const anatomy::Scene scene = small_scene();
  const int i = *scene.find_structure(id);
  return app::to_render_layers(layers, scene).mode(scene.structures[static_cast<std::size_t>(i)], i);
}
}  // namespace

TEST_CASE("by default the soft tissue is see-through, bones and discs solid, and every box is ticked") {
  const app::LayerSet layers;
  for (const auto& s : small_scene().structures) {
    INFO(s.id);
    const bool soft =
        s.category == Category::muscle || s.category == Category::tendon || s.category == Category::skin;
    CHECK(drawn(layers, s.id) == (soft ? LayerMode::xray : LayerMode::shown));
  }
  const auto boxes = app::to_checkboxes(layers);
  for (Category c : {Category::bone, Category::muscle, Category::tendon, Category::disc, Category::skin})
    CHECK(boxes.category(c));
  CHECK(boxes.xray);
}

TEST_CASE("isolating the muscles hides the rest, and ticking the bones again shows both") {
  app::LayerSet layers;
  app::apply_layer_command(layers, LayerCommand::for_category(LayerAction::isolate, Category::muscle));
  CHECK(drawn(layers, "muscle.rectus_femoris.l") == LayerMode::shown);
  CHECK(drawn(layers, "bone.pelvis") == LayerMode::hidden);
  CHECK(drawn(layers, "skin.body") == LayerMode::hidden);
  CHECK_FALSE(app::to_checkboxes(layers).category(Category::bone));
  app::apply_layer_command(layers, LayerCommand::for_category(LayerAction::show, Category::bone));
  CHECK(drawn(layers, "bone.pelvis") == LayerMode::shown);
  // With a bone beneath them again, x-ray (on by default) fades the muscles.
  CHECK(drawn(layers, "muscle.rectus_femoris.l") == LayerMode::xray);
  CHECK(drawn(layers, "disc.L5-S1") == LayerMode::hidden);
  CHECK(app::to_checkboxes(layers).category(Category::bone));
}

TEST_CASE("a hidden group wins over its category, a structure's own choice over its group") {
  app::LayerSet layers;
  layers.xray = false;  // about what is drawn, not how
  app::apply_layer_command(layers, LayerCommand::for_group(LayerAction::hide, "hamstrings"));
  CHECK(drawn(layers, "muscle.semimembranosus.l") == LayerMode::hidden);
  CHECK(drawn(layers, "muscle.rectus_femoris.l") == LayerMode::shown);
  app::apply_layer_command(layers,
                           LayerCommand::for_structure(LayerAction::show, "muscle.semimembranosus.r"));
  CHECK(drawn(layers, "muscle.semimembranosus.r") == LayerMode::shown);
  CHECK(drawn(layers, "muscle.semimembranosus.l") == LayerMode::hidden);
}

TEST_CASE("isolating a group draws only its muscles and leaves no category ticked") {
  app::LayerSet layers;
  app::apply_layer_command(layers, LayerCommand::for_group(LayerAction::isolate, "hamstrings"));
  CHECK(drawn(layers, "muscle.semimembranosus.l") == LayerMode::shown);
  CHECK(drawn(layers, "muscle.rectus_femoris.l") == LayerMode::hidden);
  CHECK(drawn(layers, "bone.pelvis") == LayerMode::hidden);
  CHECK_FALSE(app::to_checkboxes(layers).category(Category::muscle));
}

TEST_CASE("x-ray makes the soft tissue see-through and leaves bones and discs solid, hidden stays hidden") {
  app::LayerSet layers;
  app::apply_layer_command(layers, LayerCommand::for_category(LayerAction::hide, Category::skin));
  layers.xray = true;
  CHECK(drawn(layers, "bone.pelvis") == LayerMode::shown);
  CHECK(drawn(layers, "skin.body") == LayerMode::hidden);
  CHECK(drawn(layers, "muscle.rectus_femoris.l") == LayerMode::xray);
  CHECK(drawn(layers, "disc.L5-S1") == LayerMode::shown);
  CHECK(app::to_checkboxes(layers).xray);
}

TEST_CASE("the tour's highlights lie over the user's layers and leave them as they were") {
  app::LayerSet layers;
  app::apply_layer_command(layers, LayerCommand::for_category(LayerAction::hide, Category::disc));
  const app::LayerSet before = layers;
  layers.highlighted = {"muscle.semimembranosus"};  // a base id: both sides
  CHECK(drawn(layers, "muscle.semimembranosus.l") == LayerMode::shown);
  CHECK(drawn(layers, "muscle.semimembranosus.r") == LayerMode::shown);
  CHECK(drawn(layers, "muscle.rectus_femoris.l") == LayerMode::xray);
  CHECK(drawn(layers, "bone.pelvis") == LayerMode::xray);  // everything else fades around the highlight
  CHECK(drawn(layers, "skin.body") == LayerMode::hidden);
  CHECK(drawn(layers, "disc.L5-S1") == LayerMode::hidden);  // the user hid the discs
  CHECK(app::to_checkboxes(layers) == app::to_checkboxes(before));
  layers.highlighted.clear();
  CHECK(layers == before);
  CHECK(drawn(layers, "bone.pelvis") == LayerMode::shown);
}

TEST_CASE("show all undoes every choice of the user but not the tour's highlights") {
  app::LayerSet layers;
  app::apply_layer_command(layers, LayerCommand::for_group(LayerAction::isolate, "quadriceps"));
  layers.xray = false;
  layers.highlighted = {"bone.pelvis"};
  app::show_all_layers(layers);
  CHECK(layers.highlighted == std::vector<std::string>{"bone.pelvis"});
  layers.highlighted.clear();
  CHECK(layers == app::LayerSet{});
}
