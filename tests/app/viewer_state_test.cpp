// Whole headless frames through the viewer (EGL, the real model and content): the session is the
// one owner of the solved model, the layers and the selection, and what is drawn follows it.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <memory>
#include <vector>

#include "app/layer_set.h"
#include "app/legends.h"
#include "app/viewer.h"
#include "render/gl_context.h"

namespace {
constexpr float kFrame_s = 1.0f / 60.0f;

struct HeadlessViewer {
  std::unique_ptr<render::HeadlessGlContext> context;
  std::unique_ptr<app::Viewer> viewer;

  explicit HeadlessViewer(bool show_ui = true, const biomech::Inputs& start = biomech::balanced_inputs()) {
    auto created_context = render::HeadlessGlContext::create();
    REQUIRE(created_context.ok());
    context = std::move(*created_context);
    app::ViewerSettings settings;
    settings.show_ui = show_ui;
    auto created = app::Viewer::create(nullptr, settings, start);
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

namespace {
// The frame with only the given layer commands applied to a fresh "show everything".
render::Image frame_with_layers(HeadlessViewer& v, const biomech::Inputs& inputs,
                                std::vector<ui::LayerCommand> layers, bool xray) {
  ui::UiActions actions;
  actions.set_inputs = inputs;
  actions.show_all_layers = true;
  actions.layers = std::move(layers);
  actions.xray = xray;
  v.viewer->carry_out(v.viewer->session().apply(actions));
  v.frames(2);
  return v.viewer->capture();
}

int channel(const render::Image& image, std::size_t pixel, int c) {
  return image.rgba[pixel * 4 + static_cast<std::size_t>(c)];
}

// Pixels where `with` differs from `without` (what the layer added to the picture).
std::vector<std::size_t> covered(const render::Image& with, const render::Image& without) {
  std::vector<std::size_t> pixels;
  for (std::size_t p = 0; p * 4 + 3 < with.rgba.size() && p * 4 + 3 < without.rgba.size(); ++p) {
    int diff = 0;
    for (int c = 0; c < 3; ++c) diff += std::abs(channel(with, p, c) - channel(without, p, c));
    if (diff > 30) pixels.push_back(p);
  }
  return pixels;
}
}  // namespace

TEST_CASE("the discs' pixels turn from grey to red when the hamstrings weaken") {
  HeadlessViewer v(false);
  using ui::LayerAction;
  using ui::LayerCommand;
  const auto discs_only =
      std::vector<LayerCommand>{LayerCommand::for_category(LayerAction::isolate, anatomy::Category::disc)};
  auto nothing = discs_only;
  nothing.push_back(LayerCommand::for_category(LayerAction::hide, anatomy::Category::disc));
  // How red the discs are: the mean of red minus blue over their pixels.
  auto redness = [&](const biomech::Inputs& inputs) {
    const render::Image discs = frame_with_layers(v, inputs, discs_only, false);
    const render::Image empty = frame_with_layers(v, inputs, nothing, false);
    const auto pixels = covered(discs, empty);
    REQUIRE(pixels.size() > 200);  // the five discs, seen from the side
    double sum = 0.0;
    for (std::size_t p : pixels) sum += channel(discs, p, 0) - channel(discs, p, 2);
    return sum / static_cast<double>(pixels.size());
  };
  biomech::Inputs severe = biomech::balanced_inputs();
  severe.hamstrings_pct = 20.0;
  severe.hip_flexor_tightness_pct = 80.0;
  const double balanced_red = redness(biomech::balanced_inputs());
  const double severe_red = redness(severe);
  INFO("balanced " << balanced_red << ", severe " << severe_red);
  // Balanced against itself is "no change": a neutral grey (red and blue within a few levels).
  CHECK(std::abs(balanced_red) < 25.0);
  // The back of the discs carries more load: clearly warmer on average over the whole disc.
  CHECK(severe_red > balanced_red + 12.0);
}

TEST_CASE("x-ray leaves the bones opaque and lets them show through the muscles") {
  HeadlessViewer v(false);
  using ui::LayerAction;
  using ui::LayerCommand;
  const biomech::Inputs balanced = biomech::balanced_inputs();
  const auto bones_only =
      std::vector<LayerCommand>{LayerCommand::for_category(LayerAction::isolate, anatomy::Category::bone)};
  auto nothing = bones_only;
  nothing.push_back(LayerCommand::for_category(LayerAction::hide, anatomy::Category::bone));
  const render::Image bones = frame_with_layers(v, balanced, bones_only, true);
  const auto bone_pixels = covered(bones, frame_with_layers(v, balanced, nothing, true));
  REQUIRE(bone_pixels.size() > 2000);
  // How far, on average, the whole body's picture is from the bones alone over the bone pixels.
  auto distance_from_bones = [&](const render::Image& body) {
    double sum = 0.0;
    for (std::size_t p : bone_pixels)
      for (int c = 0; c < 3; ++c) sum += std::abs(channel(body, p, c) - channel(bones, p, c));
    return sum / (3.0 * static_cast<double>(bone_pixels.size()));
  };
  const double xray = distance_from_bones(frame_with_layers(v, balanced, {}, true));
  const double solid = distance_from_bones(frame_with_layers(v, balanced, {}, false));
  INFO("x-ray " << xray << ", solid " << solid);
  // Through faded soft tissue the bones keep most of their look; solid muscles and skin cover them.
  CHECK(xray < 0.5 * solid);
  CHECK(solid > 20.0);
}

TEST_CASE("the fatigue plot draws its curve before anything is played") {
  // A tall window shows the whole readouts panel; walking opens its fatigue section.
  auto plot_pixels = [](const biomech::Inputs& inputs) {
    HeadlessViewer v(true, inputs);
    for (int i = 0; i < 3; ++i) REQUIRE(v.viewer->render_frame(1100, 2400, kFrame_s).ok());
    const render::Image image = v.viewer->capture();
    // The plots' line colour (the calm theme's PlotLines) in the lower part of the right-hand
    // panel, below the tilt plot, where the fatigue section opens.
    int count = 0;
    for (int y = image.height * 6 / 10; y < image.height; ++y)
      for (int x = image.width * 2 / 3; x < image.width; ++x) {
        const auto p = image.pixel(x, y);
        if (std::abs(p.r - 126) + std::abs(p.g - 206) + std::abs(p.b - 196) < 40) ++count;
      }
    return count;
  };
  biomech::Inputs walking = biomech::balanced_inputs();
  walking.activity = biomech::Activity::walk;
  walking.hamstrings_pct = 40.0;
  biomech::Inputs standing = walking;
  standing.activity = biomech::Activity::stand;  // the fatigue section stays folded
  const int with_fatigue = plot_pixels(walking), folded = plot_pixels(standing);
  INFO("walking " << with_fatigue << ", standing " << folded);
  CHECK(folded < 10);        // nothing of the plots' colour down there with the section folded
  CHECK(with_fatigue > 40);  // the fatigue curve (67 px here; none when the plot was -1 px wide)
}

TEST_CASE("translucent layers blended over the anatomy leave every pixel of the frame opaque") {
  HeadlessViewer v(false);
  ui::UiActions solid_skin;  // skin and x-ray, the layers that lowered alpha when it blended like colour
  solid_skin.xray = true;
  v.viewer->carry_out(v.viewer->session().apply(solid_skin));
  v.frames(2);
  // The framebuffer's own alpha, as blending left it: coverage accumulates, so nothing lowers it.
  const render::Image raw = v.viewer->capture(render::Alpha::straight);
  int see_through = 0;
  for (std::size_t i = 3; i < raw.rgba.size(); i += 4)
    if (raw.rgba[i] < 255) ++see_through;
  CHECK(see_through == 0);
}

TEST_CASE("a frame whose 3D picture would not change keeps it, and any change draws it again") {
  HeadlessViewer v(false);  // the anatomy alone: the frame's draws are the scene's
  v.frames(3);              // the pose has settled
  ui::UiActions select;
  select.select_structure = "muscle.semitendinosus.r";
  v.viewer->carry_out(v.viewer->session().apply(select));
  v.frames(1);
  const long drawn = v.viewer->last_frame_stats().triangles;
  const render::Image first = v.viewer->capture();
  v.frames(1);
  const long kept = v.viewer->last_frame_stats().triangles;
  const render::Image second = v.viewer->capture();
  INFO(drawn << " triangles when drawn, " << kept << " when kept");
  CHECK(drawn > 10000);
  CHECK(kept == 0);
  CHECK(second.rgba == first.rgba);  // resolved again from the same multisampled picture
  // The selection is part of the picture (its outline): closing the card draws the scene again.
  select.select_structure = "";
  v.viewer->carry_out(v.viewer->session().apply(select));
  v.frames(1);
  CHECK(v.viewer->last_frame_stats().triangles > 10000);
  CHECK(v.viewer->capture().rgba != first.rgba);
  // So does a camera move.
  v.frames(1);
  REQUIRE(v.viewer->last_frame_stats().triangles == 0);
  v.viewer->camera().orbit(5.0f, 0.0f);
  v.frames(1);
  CHECK(v.viewer->last_frame_stats().triangles > 10000);
}
