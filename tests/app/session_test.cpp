#include <catch2/catch.hpp>

#include <filesystem>
#include <utility>

#include "app/session.h"
#include "app/session_fixture.h"
#include "biomech/presets.h"

namespace {
using session_test::library;
using session_test::settle;
}  // namespace

TEST_CASE("a preset glides the shown inputs to the preset and the outputs follow") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  const double tilt_balanced = session.solved().current()->pelvis.tilt_asis_psis_deg;
  ui::UiActions actions;
  auto severe = biomech::apply_preset("severe-imbalance", biomech::balanced_inputs());
  actions.animate_inputs = *severe;
  actions.commit_inputs = true;
  session.apply(actions);
  session.update(0.1f);
  const double mid = session.shown_inputs().hamstrings_pct;
  CHECK(mid < 100.0);
  CHECK(mid > 20.0);
  settle(session);
  CHECK(session.shown_inputs() == *severe);
  CHECK(session.solved().current()->pelvis.tilt_asis_psis_deg > tilt_balanced + 5.0);
  // The reference (balanced muscles, same activity) stays balanced while the muscles change.
  CHECK(session.solved().reference()->pelvis.tilt_asis_psis_deg == Approx(tilt_balanced));
}

TEST_CASE("undo returns to the state before a slider drag, redo brings it back") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  biomech::Inputs weak = biomech::balanced_inputs();
  for (double pct : {90.0, 70.0, 50.0}) {  // one drag over several frames
    weak.hamstrings_pct = pct;
    ui::UiActions drag;
    drag.set_inputs = weak;
    session.apply(drag);
  }
  ui::UiActions release;
  release.commit_inputs = true;
  session.apply(release);
  CHECK(session.snapshot(1280, 720).can_undo);
  session.handle_key(app::SessionKey::undo);
  settle(session);
  CHECK(session.shown_inputs().hamstrings_pct == 100.0);
  session.handle_key(app::SessionKey::redo);
  settle(session);
  CHECK(session.shown_inputs().hamstrings_pct == 50.0);
}

TEST_CASE("the tour steps through the article, moving the camera and the sliders") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions start;
  start.tour_start = true;
  auto effects = session.apply(start);
  CHECK(session.tour_active());
  CHECK(effects.view.has_value());
  const int steps = static_cast<int>(library().tour(content::Language::en).size());
  REQUIRE(steps >= 8);
  bool some_step_changed_the_muscles = false;
  for (int i = 1; i < steps; ++i) {
    session.handle_key(app::SessionKey::tour_next);
    settle(session);
    CHECK(session.tour_step() == i);
    const auto& step = library().tour(content::Language::en)[static_cast<std::size_t>(i)];
    const biomech::Inputs expected = app::tour_state_inputs(step.state, biomech::balanced_inputs());
    CHECK(session.shown_inputs() == expected);
    if (expected.hamstrings_pct != 100.0 || expected.hip_flexor_tightness_pct != 20.0)
      some_step_changed_the_muscles = true;
  }
  CHECK(some_step_changed_the_muscles);
  session.handle_key(app::SessionKey::tour_next);  // past the end: the end screen, on the last step
  CHECK(session.tour_step() == steps - 1);
  CHECK(session.tour_finished());
  CHECK(session.snapshot(1280, 720).tour.finished);
  session.handle_key(app::SessionKey::tour_previous);  // back from the end screen to the last step
  CHECK_FALSE(session.tour_finished());
  CHECK(session.tour_step() == steps - 1);
  session.handle_key(app::SessionKey::escape);
  CHECK_FALSE(session.tour_active());
}

TEST_CASE("leaving the tour gives back the user's own sliders, activity and article panel") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions own;
  own.set_inputs = biomech::balanced_inputs();
  own.set_inputs->quadriceps_pct = 35.0;
  own.set_inputs->activity = biomech::Activity::sit_slouched;
  own.article_open = false;
  session.apply(own);
  settle(session);
  const biomech::Inputs mine = session.shown_inputs();
  ui::UiActions start;
  start.tour_start = true;
  session.apply(start);
  CHECK(session.snapshot(1280, 720).article_open);  // the tour's text shows
  for (int i = 0; i < 6; ++i) session.handle_key(app::SessionKey::tour_next);
  settle(session);
  CHECK(session.shown_inputs() != mine);
  ui::UiActions leave;
  leave.tour_exit = true;
  session.apply(leave);
  settle(session);
  CHECK_FALSE(session.tour_active());
  CHECK(session.shown_inputs() == mine);
  CHECK_FALSE(session.snapshot(1280, 720).article_open);
  // And undo goes back into the tour's last state, as any other change.
  session.handle_key(app::SessionKey::undo);
  settle(session);
  CHECK(session.shown_inputs() != mine);
}

TEST_CASE("switching the language and the text size changes the settings that are saved") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions actions;
  actions.language = content::Language::de;
  actions.font_scale = 1.5f;
  const auto effects = session.apply(actions);
  CHECK(effects.style_changed);
  CHECK(session.settings().language == content::Language::de);
  CHECK(session.settings().font_scale == 1.5f);
  CHECK(session.snapshot(1280, 720).language == content::Language::de);
}

TEST_CASE("fatigue playback advances through the simulated walk and stops at its end") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions setup;
  setup.fatigue_duration_min = 5.0f;
  setup.fatigue_play = true;
  session.apply(setup);
  REQUIRE(session.snapshot(1280, 720).fatigue.series != nullptr);
  session.update(1.0f);
  const float t1 = session.snapshot(1280, 720).fatigue.time_s;
  CHECK(t1 > 0.0f);
  for (int i = 0; i < 20; ++i) session.update(1.0f);
  const auto model = session.snapshot(1280, 720);
  CHECK_FALSE(model.fatigue.playing);
  CHECK(model.fatigue.time_s == Approx(300.0f).margin(5.0f));
  REQUIRE(session.hamstring_fatigue().has_value());
  CHECK(*session.hamstring_fatigue() > 0.0);
}

TEST_CASE("layer commands update what the layers panel shows") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions actions;
  actions.layers.push_back(
      ui::LayerCommand::for_category(ui::LayerAction::isolate, anatomy::Category::muscle));
  session.apply(actions);
  const auto layers = session.snapshot(1280, 720).layers;
  CHECK(layers.category(anatomy::Category::muscle));
  CHECK_FALSE(layers.category(anatomy::Category::bone));
  CHECK_FALSE(layers.category(anatomy::Category::skin));
}

TEST_CASE("one action's effects all reach the viewer: a tour step does not drop a text-size change") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  session.handle_key(app::SessionKey::tour_start);
  ui::UiActions actions;
  actions.font_scale = 1.5f;
  actions.frame_model = true;
  actions.tour_next = true;
  const auto effects = session.apply(actions);
  CHECK(effects.style_changed);
  CHECK(effects.frame_model);
  CHECK(effects.view.has_value());  // the step's own view
  CHECK(session.tour_step() == 1);
}

TEST_CASE("a slider drag costs one solve a frame, and the glide of a preset one solve per frame it moves") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  const int start = session.solved().solve_count();
  biomech::Inputs in = biomech::balanced_inputs();
  for (double pct : {95.0, 90.0, 85.0}) {
    in.hamstrings_pct = pct;
    ui::UiActions drag;
    drag.set_inputs = in;
    session.apply(drag);
    session.update(1.0f / 60.0f);
  }
  CHECK(session.solved().solve_count() == start + 3);
  // Weak hamstrings moves the hamstrings only: one solve per frame of its glide. The severe
  // imbalance moves the hip flexors too, so the tilt curve is redrawn with every frame.
  for (auto [preset, per_frame] : {std::pair{"weak-hamstrings", 1}, std::pair{"severe-imbalance", 1 + 11}}) {
    INFO(preset);
    ui::UiActions glide;
    glide.animate_inputs = *biomech::apply_preset(preset, session.target_inputs());
    session.apply(glide);
    const int glide_start = session.solved().solve_count();
    int frames = 0;
    while (session.update(1.0f / 60.0f)) ++frames;
    CHECK(frames > 10);
    CHECK(session.solved().solve_count() - glide_start == per_frame * frames);
  }
}

TEST_CASE("escape leaves presentation mode, then the tour, then closes the card, one at a time") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions actions;
  actions.presentation = true;
  actions.select_structure = "muscle.semimembranosus.r";
  actions.tour_start = true;
  session.apply(actions);
  session.handle_key(app::SessionKey::escape);
  CHECK_FALSE(session.presentation());
  CHECK(session.tour_active());
  session.handle_key(app::SessionKey::escape);
  CHECK_FALSE(session.tour_active());
  CHECK(session.layers().highlighted.empty());
  CHECK(session.selected_structure() == "muscle.semimembranosus.r");
  session.handle_key(app::SessionKey::escape);
  CHECK(session.selected_structure().empty());
}

TEST_CASE("the fatigue plot has its series before anything is played, and follows the sliders") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  session.update(1.0f / 60.0f);  // one frame, nothing played
  const auto before = session.snapshot(1280, 720).fatigue;
  REQUIRE(before.series != nullptr);
  REQUIRE(before.series->samples.size() > 100);  // 20 min at 5 s
  CHECK(before.series->samples.back().hamstrings.fatigued > 0.1);
  CHECK_FALSE(before.playing);
  const double balanced_target = before.series->hamstring_target;
  // Weaker hamstrings work nearer their maximum: a higher target load, simulated once they settle.
  ui::UiActions weak;
  weak.set_inputs = biomech::balanced_inputs();
  weak.set_inputs->hamstrings_pct = 40.0;
  session.apply(weak);
  session.update(1.0f / 60.0f);  // while the slider may still move, the series waits
  CHECK(session.snapshot(1280, 720).fatigue.series->hamstring_target == Approx(balanced_target));
  for (int i = 0; i < 20; ++i) session.update(1.0f / 60.0f);
  const auto after = session.snapshot(1280, 720).fatigue;
  REQUIRE(after.series != nullptr);
  CHECK(after.series->hamstring_target == Approx(2.5 * balanced_target));
}

TEST_CASE("reset everything gives back balanced muscles, every layer, the teaching view and one picture") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions mess;
  mess.set_inputs = biomech::balanced_inputs();
  mess.set_inputs->hamstrings_pct = 25.0;
  mess.set_inputs->activity = biomech::Activity::sit_slouched;
  mess.layers.push_back(ui::LayerCommand::for_category(ui::LayerAction::isolate, anatomy::Category::bone));
  mess.xray = false;
  mess.compare = true;
  mess.pin_reference = true;
  session.apply(mess);
  settle(session);
  ui::UiActions reset;
  reset.reset_all = true;
  const auto effects = session.apply(reset);
  settle(session);
  CHECK(effects.view == anatomy::ViewPreset::side);
  CHECK(session.layers() == app::LayerSet{});
  CHECK_FALSE(session.compare());
  CHECK_FALSE(session.reference().pinned.has_value());
  biomech::Inputs expected = biomech::balanced_inputs();
  expected.activity = biomech::Activity::sit_slouched;  // the activity stays: only the muscles reset
  CHECK(session.shown_inputs() == expected);
}

TEST_CASE("paging the article to a step the tour shows brings that step's state and view") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  const auto overlays = library().overlays(content::Language::en);
  const auto tour = library().tour(content::Language::en);
  // The tour's "deeper arch" step and the article step it shows.
  const content::TourStep* step = nullptr;
  for (const auto& s : tour)
    if (s.id == "tour.deeper_arch") step = &s;
  REQUIRE(step != nullptr);
  int index = -1;
  for (std::size_t i = 0; i < overlays.size(); ++i)
    if (overlays[i].id == step->overlay) index = static_cast<int>(i);
  REQUIRE(index >= 0);
  ui::UiActions page;
  page.article_overlay = index;
  const auto effects = session.apply(page);
  settle(session);
  CHECK(session.snapshot(1280, 720).article_overlay == index);
  CHECK(session.shown_inputs() == app::tour_state_inputs(step->state, biomech::balanced_inputs()));
  CHECK(effects.view == anatomy::view_from_name(step->view));
  CHECK_FALSE(session.tour_active());  // the article, not the tour: no highlights
  CHECK(session.layers().highlighted.empty());
  // An article step the tour does not show leaves the state as it is.
  int untoured = -1;
  for (std::size_t i = 0; i < overlays.size() && untoured < 0; ++i) {
    bool in_tour = false;
    for (const auto& s : tour) in_tour = in_tour || s.overlay == overlays[i].id;
    if (!in_tour) untoured = static_cast<int>(i);
  }
  REQUIRE(untoured >= 0);
  const biomech::Inputs before = session.shown_inputs();
  page.article_overlay = untoured;
  CHECK_FALSE(session.apply(page).view.has_value());
  settle(session);
  CHECK(session.shown_inputs() == before);
}

TEST_CASE("the notice banner's dismiss button clears the notice") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  session.set_notice("settings could not be saved");
  CHECK(session.snapshot(1280, 720).notice == "settings could not be saved");
  ui::UiActions dismiss;
  dismiss.dismiss_notice = true;
  session.apply(dismiss);
  CHECK(session.snapshot(1280, 720).notice.empty());
}

TEST_CASE("the welcome is read once: its button, a slider moved or a lesson started ends it for good") {
  CHECK_FALSE(app::Settings{}.welcome_seen);  // a first run greets
  ui::UiActions button;
  button.dismiss_welcome = true;
  ui::UiActions slider;
  slider.set_inputs = biomech::balanced_inputs();
  slider.set_inputs->hamstrings_pct = 60.0;
  ui::UiActions tour;
  tour.tour_start = true;
  ui::UiActions quiz;
  quiz.quiz_start = true;
  for (const ui::UiActions* action : {&button, &slider, &tour, &quiz}) {
    app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
    ui::UiActions unrelated;
    unrelated.show_ghost = true;
    session.apply(unrelated);
    CHECK_FALSE(session.settings().welcome_seen);
    session.apply(*action);
    CHECK(session.settings().welcome_seen);
  }
}
