// Find a structure: the search box's text lives in the session, its results are content's, and a
// result picked selects the structure, shows it if hidden and brings the camera close (the viewer).
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>

#include "app/viewer.h"
#include "render/gl_context.h"

TEST_CASE("the search box finds by Latin or German name, and a pick shows, selects and frames it") {
  auto context = render::HeadlessGlContext::create();
  REQUIRE(context.ok());
  app::ViewerSettings settings;
  auto created = app::Viewer::create(nullptr, settings, biomech::balanced_inputs());
  REQUIRE(created.ok());
  app::Viewer& viewer = **created;
  REQUIRE(viewer.anatomy().scene() != nullptr);
  REQUIRE(viewer.render_frame(640, 360, 1.0f / 60.0f).ok());
  app::Session& session = viewer.session();

  // The user hid the muscles; typing a German name without umlauts finds the buttock muscle.
  ui::UiActions typed;
  typed.layers.push_back(ui::LayerCommand::for_category(ui::LayerAction::hide, anatomy::Category::muscle));
  typed.find_query = "gesass";
  viewer.carry_out(session.apply(typed));
  ui::UiSnapshot shown = session.snapshot(640, 360);
  CHECK(shown.find_query == "gesass");
  REQUIRE_FALSE(shown.find_results.empty());
  CHECK(shown.find_results.front().id == "muscle.gluteus_maximus");

  const render::CameraPose before = viewer.camera().pose();
  viewer.find_structure("muscle.gluteus_maximus");
  const std::string selected = session.selected_structure();
  CHECK(selected.rfind("muscle.gluteus_maximus.", 0) == 0);  // one side of it, as the model names it
  CHECK(session.layers().structure_shown.at(selected));      // shown although the muscles are hidden
  // Framed on it: one buttock lies to the side of the pelvis the teaching view looked at.
  CHECK(std::abs(viewer.camera().pose().target.x - before.target.x) > 0.03f);

  // During the quiz the search would give answers away: nothing happens.
  session.go_to_quiz_question(0, false);
  viewer.find_structure("muscle.semimembranosus");
  CHECK(session.quiz()->phase() == app::QuizPhase::asking);
}

TEST_CASE("the quiz turns the camera to each question's view, and leaving it gives back the user's view") {
  auto context = render::HeadlessGlContext::create();
  REQUIRE(context.ok());
  auto created = app::Viewer::create(nullptr, app::ViewerSettings{}, biomech::balanced_inputs());
  REQUIRE(created.ok());
  app::Viewer& viewer = **created;
  viewer.set_view(anatomy::ViewPreset::oblique);
  REQUIRE(viewer.render_frame(640, 360, 1.0f / 60.0f).ok());
  const float own_yaw = viewer.camera().pose().yaw_deg;
  viewer.carry_out(viewer.session().go_to_quiz_question(0, false));  // asked from behind
  REQUIRE(viewer.render_frame(640, 360, 1.0f / 60.0f).ok());
  CHECK(std::abs(viewer.camera().pose().yaw_deg - own_yaw) > 10.0f);
  ui::UiActions leave;
  leave.quiz_exit = true;
  viewer.carry_out(viewer.session().apply(leave));
  REQUIRE(viewer.render_frame(640, 360, 1.0f / 60.0f).ok());
  CHECK(viewer.camera().pose().yaw_deg == Approx(own_yaw));
}
