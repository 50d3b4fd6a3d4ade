// Whole headless frames through the viewer (EGL, the real model and content): the session is the
// one owner of the solved model, the layers and the selection, and what is drawn follows it.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <memory>

#include "app/layer_set.h"
#include "app/legends.h"
#include "app/viewer.h"
#include "render/gl_context.h"

namespace {
constexpr float kFrame_s = 1.0f / 60.0f;

struct HeadlessViewer {
  std::unique_ptr<render::HeadlessGlContext> context;
  std::unique_ptr<app::Viewer> viewer;

  explicit HeadlessViewer(bool show_ui = true) {
    auto created_context = render::HeadlessGlContext::create();
    REQUIRE(created_context.ok());
    context = std::move(*created_context);
    app::ViewerSettings settings;
    settings.show_ui = show_ui;
    auto created = app::Viewer::create(nullptr, settings, biomech::balanced_inputs());
    REQUIRE(created.ok());
    viewer = std::move(*created);
    REQUIRE(viewer->anatomy().scene() != nullptr);
  }
  void frames(int count) {
    for (int i = 0; i < count; ++i) REQUIRE(viewer->render_frame(640, 360, kFrame_s).ok());
  }
  int solves() { return viewer->session().solved().solve_count(); }
};

// Every structure without an override of its own is drawn as its category's checkbox says.
void check_drawn_as_checked(const render::Layers& drawn, const ui::LayerCheckboxes& boxes,
                            const anatomy::Scene& scene) {
  for (std::size_t i = 0; i < scene.structures.size(); ++i) {
    const anatomy::Structure& s = scene.structures[i];
    INFO(s.id);
    const bool see_through =
        boxes.xray && (s.category == anatomy::Category::muscle || s.category == anatomy::Category::tendon ||
                       s.category == anatomy::Category::skin);
    const render::LayerMode expected = !boxes.category(s.category) ? render::LayerMode::hidden
                                       : see_through               ? render::LayerMode::xray
                                                                   : render::LayerMode::shown;
    CHECK(drawn.mode(s, static_cast<int>(i)) == expected);
  }
}
}  // namespace

TEST_CASE("frames that change nothing solve nothing, and a slider change costs one solve in all") {
  HeadlessViewer v;
  v.frames(3);
  const int settled = v.solves();
  v.frames(5);
  CHECK(v.solves() == settled);
  // One frame of a hamstring drag: the UI's action, the frame that draws it.
  ui::UiActions drag;
  drag.set_inputs = biomech::balanced_inputs();
  drag.set_inputs->hamstrings_pct = 60.0;
  v.viewer->carry_out(v.viewer->session().apply(drag));
  v.frames(2);
  CHECK(v.solves() == settled + 1);
  // The state the session solved is the weakened one, against its balanced reference.
  const biomech::Outputs* current = v.viewer->session().solved().current();
  const biomech::Outputs* reference = v.viewer->session().solved().reference();
  REQUIRE((current && reference));
  if (current && reference)
    CHECK(current->pelvis.tilt_asis_psis_deg > reference->pelvis.tilt_asis_psis_deg + 1.0);
}

TEST_CASE("after a tour the drawn layers and the layer checkboxes agree") {
  HeadlessViewer v;
  app::Session& session = v.viewer->session();
  const anatomy::Scene& scene = *v.viewer->anatomy().scene();
  // The user's own choice before the tour: no skin, bones see-through.
  ui::UiActions choice;
  choice.layers.push_back(ui::LayerCommand::for_category(ui::LayerAction::hide, anatomy::Category::skin));
  choice.xray = true;
  v.viewer->carry_out(session.apply(choice));
  v.frames(1);
  check_drawn_as_checked(v.viewer->anatomy().drawn_layers(), session.snapshot(640, 360).layers, scene);

  // A step that highlights structures draws the rest see-through, whatever the checkboxes say.
  v.viewer->carry_out(session.handle_key(app::SessionKey::tour_start));
  bool highlighted = false;
  for (int step = 0; step < session.tour_step_count() && !highlighted; ++step) {
    v.viewer->carry_out(session.go_to_tour_step(step, false));
    highlighted = !session.layers().highlighted.empty();
  }
  REQUIRE(highlighted);
  v.frames(1);
  const render::Layers during = v.viewer->anatomy().drawn_layers();
  CHECK(during.category[static_cast<std::size_t>(anatomy::Category::muscle)] == render::LayerMode::xray);

  v.viewer->carry_out(session.handle_key(app::SessionKey::escape));
  v.frames(1);
  CHECK_FALSE(session.tour_active());
  const ui::LayerCheckboxes boxes = session.snapshot(640, 360).layers;
  CHECK_FALSE(boxes.category(anatomy::Category::skin));
  CHECK(boxes.xray);
  check_drawn_as_checked(v.viewer->anatomy().drawn_layers(), boxes, scene);
}

TEST_CASE("a click selects the structure under the pointer and the card shows that one") {
  HeadlessViewer v;
  v.frames(3);
  // The middle of the view: the anatomy stands there in the side view.
  v.viewer->click({320.0f, 180.0f});
  const std::string selected = v.viewer->session().selected_structure();
  REQUIRE_FALSE(selected.empty());
  CHECK(v.viewer->session().snapshot(640, 360).selected_structure == selected);
  CHECK(v.viewer->anatomy().scene()->find_structure(selected).has_value());
}

TEST_CASE("the muscle colour choice reaches the anatomy and its legend") {
  HeadlessViewer v(false);  // the anatomy alone, so every pixel that changes is the anatomy's
  // Weak hamstrings: pale by strength, red in their natural colour.
  ui::UiActions weak;
  weak.set_inputs = biomech::balanced_inputs();
  weak.set_inputs->hamstrings_pct = 10.0;
  weak.xray = false;                      // solid muscles: their colour fills their pixels
  weak.view = anatomy::ViewPreset::back;  // the whole of the hamstrings, not the teaching view's hips
  v.viewer->carry_out(v.viewer->session().apply(weak));
  auto frame_with = [&](ui::MuscleColour colour) {
    ui::UiActions actions;
    actions.muscle_colour = colour;
    v.viewer->carry_out(v.viewer->session().apply(actions));
    v.frames(2);
    return v.viewer->capture();
  };
  const render::Image strength = frame_with(ui::MuscleColour::strength);
  const render::Image tension = frame_with(ui::MuscleColour::tension);
  const render::Image natural = frame_with(ui::MuscleColour::natural);
  auto differing = [](const render::Image& a, const render::Image& b) {
    int count = 0;
    for (std::size_t i = 0; i + 3 < a.rgba.size() && i + 3 < b.rgba.size(); i += 4)
      if (std::abs(a.rgba[i] - b.rgba[i]) + std::abs(a.rgba[i + 1] - b.rgba[i + 1]) +
              std::abs(a.rgba[i + 2] - b.rgba[i + 2]) >
          24)
        ++count;
    return count;
  };
  // The muscles cover thousands of pixels of the 640x360 frame.
  CHECK(differing(strength, tension) > 2000);
  CHECK(differing(strength, natural) > 500);
  CHECK(v.viewer->session().settings().muscle_colour == ui::MuscleColour::natural);
  // The legend shows the scale the muscles are drawn with, and none for their natural colour.
  using Kind = ui::Legend::Kind;
  auto kinds = [](ui::MuscleColour colour) {
    std::vector<Kind> found;
    for (const auto& legend : app::anatomy_legends(nullptr, content::Language::en, colour))
      found.push_back(legend.kind);
    return found;
  };
  CHECK(kinds(ui::MuscleColour::strength) == std::vector<Kind>{Kind::muscle_strength, Kind::disc_pressure});
  CHECK(kinds(ui::MuscleColour::tension) == std::vector<Kind>{Kind::muscle_tension, Kind::disc_pressure});
  CHECK(kinds(ui::MuscleColour::natural) == std::vector<Kind>{Kind::disc_pressure});
}
