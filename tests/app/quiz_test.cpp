// The classroom quiz: its rules (pure), its questions against the model's own tables, and the
// session playing it: clicks and choices scored, the answer shown on the model, the user's own
// state given back on leaving.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "anatomy/gltf_importer.h"
#include "anatomy/view_preset.h"
#include "app/quiz.h"
#include "app/session.h"
#include "app/session_fixture.h"
#include "biomech/input_fields.h"
#include "biomech/model.h"
#include "biomech/presets.h"

namespace {
using session_test::library;
using session_test::settle;

const content::QuizQuestion& question(const std::string& id) {
  for (const auto& q : library().quiz(content::Language::en))
    if (q.id == id) return q;
  FAIL("no quiz question " << id);
  throw std::logic_error("unreachable");
}

int index_of(const std::string& id) {
  const auto questions = library().quiz(content::Language::en);
  for (std::size_t i = 0; i < questions.size(); ++i)
    if (questions[i].id == id) return static_cast<int>(i);
  FAIL("no quiz question " << id);
  return -1;
}

biomech::Outputs solved(const content::TourState& state) {
  auto outputs = biomech::solve(app::tour_state_inputs(state, biomech::balanced_inputs()));
  REQUIRE(outputs.ok());
  return *outputs;
}
}  // namespace

TEST_CASE("a click names an identify question's structure on either side, and no other") {
  const auto structures = library().structures();
  CHECK(app::names_structure("muscle.semimembranosus", "muscle.semimembranosus.l", structures));
  CHECK(app::names_structure("muscle.semimembranosus", "muscle.semimembranosus.r", structures));
  CHECK(app::names_structure("muscle.semimembranosus", "muscle.semimembranosus", structures));
  CHECK_FALSE(app::names_structure("muscle.semimembranosus", "muscle.semitendinosus.l", structures));
  CHECK_FALSE(app::names_structure("muscle.semimembranosus", "muscle.semimembranosus.x", structures));
  CHECK_FALSE(app::names_structure("muscle.semimembranosus", "", structures));
  // A tendon's node may carry one of its aliases.
  CHECK(app::names_structure("tendon.hamstrings", "tendon.semitendinosus.r", structures));
  CHECK_FALSE(app::names_structure("tendon.patellar", "tendon.semitendinosus.r", structures));
}

TEST_CASE("the quiz scores the first answer to each question, right or wrong, and ends with the score") {
  const auto& semimembranosus = question("quiz.find_semimembranosus");
  const auto& weak = question("quiz.weak_hamstrings_pelvis");
  const auto structures = library().structures();
  CHECK(app::is_right_answer(semimembranosus, "muscle.semimembranosus.r", structures));
  CHECK_FALSE(app::is_right_answer(semimembranosus, "muscle.gluteus_maximus.r", structures));
  CHECK(app::is_right_answer(weak, "tips_forward", structures));
  CHECK_FALSE(app::is_right_answer(weak, "tips_back", structures));
  CHECK_FALSE(app::is_right_answer(weak, "", structures));

  app::QuizRun run(3);
  CHECK(run.phase() == app::QuizPhase::asking);
  run.next();  // not answered yet: stays
  CHECK(run.question() == 0);
  CHECK(run.answer(true, "muscle.semimembranosus.r"));
  CHECK(run.score() == 1);
  CHECK_FALSE(run.answer(false, "muscle.gluteus_maximus.r"));  // a second click changes nothing
  CHECK(run.score() == 1);
  CHECK(run.last_right());
  run.next();
  CHECK(run.question() == 1);
  CHECK(run.given().empty());
  CHECK(run.answer(false, "tips_back"));
  CHECK(run.score() == 1);
  CHECK_FALSE(run.last_right());
  run.next();
  CHECK(run.answer(true, "x"));
  run.next();
  CHECK(run.phase() == app::QuizPhase::finished);
  CHECK(run.score() == 2);
  CHECK(run.question_count() == 3);
  run.restart();
  CHECK(run.phase() == app::QuizPhase::asking);
  CHECK(run.question() == 0);
  CHECK(run.score() == 0);
}

TEST_CASE("every quiz question names views, inputs, activities and structures the app knows") {
  auto path = anatomy::bundled_model_path();
  REQUIRE(path.ok());
  auto scene = anatomy::load_model(*path);
  REQUIRE(scene.ok());
  auto check_state = [](const content::TourState& state) {
    CHECK(biomech::activity_from_name(state.activity).has_value());
    CHECK(biomech::calibration_from_name(state.calibration).has_value());
    if (state.preset) CHECK(biomech::apply_preset(*state.preset, biomech::balanced_inputs()).ok());
    for (const auto& [name, value] : state.sliders) {
      INFO(name);
      const biomech::InputField* field = biomech::find_input_by_flag(name);
      REQUIRE(field != nullptr);
      CHECK(biomech::check_input(*field, value).ok());
    }
    CHECK(biomech::validate(app::tour_state_inputs(state, biomech::balanced_inputs())).ok());
  };
  for (content::Language language : {content::Language::en, content::Language::de}) {
    for (const auto& q : library().quiz(language)) {
      INFO(q.id);
      CHECK(anatomy::view_from_name(q.view).has_value());
      check_state(q.state);
      if (q.answer_state) check_state(*q.answer_state);
      if (q.kind != content::QuizKind::identify) continue;
      // The target is a structure of the model that a click can hit: a node with its id.
      bool in_model = false;
      for (const auto& s : scene->structures)
        if (app::names_structure(q.target, s.id, library().structures())) in_model = true;
      CHECK(in_model);
    }
  }
}

TEST_CASE("the model shows what each predict question gives as its answer") {
  const auto balanced = solved(question("quiz.weak_hamstrings_pelvis").state);
  const double tilt = balanced.pelvis.tilt_asis_psis_deg;
  // Weak hamstrings: the pelvis tips forward, by more than a reading error.
  CHECK(solved(*question("quiz.weak_hamstrings_pelvis").answer_state).pelvis.tilt_asis_psis_deg > tilt + 1.0);
  // Tight hip flexors: a deeper arch.
  CHECK(solved(*question("quiz.tight_hip_flexors_arch").answer_state).lumbar_lordosis_deg >
        balanced.lumbar_lordosis_deg + 1.0);
  // Tight hamstrings: the pelvis tips backward.
  CHECK(solved(*question("quiz.tight_hamstrings").answer_state).pelvis.tilt_asis_psis_deg < tilt - 0.5);
  // Weak hamstrings and tight hip flexors: the back of the lowest disc takes more.
  const auto severe = solved(*question("quiz.disc_load").answer_state);
  CHECK(severe.segment(biomech::Level::l5_s1).posterior_stress_index >
        balanced.segment(biomech::Level::l5_s1).posterior_stress_index);
  // The evidence calibration: the same weak hamstrings tip the pelvis much less (under half).
  const auto& evidence = question("quiz.evidence_calibration");
  const double article_change = solved(evidence.state).pelvis.tilt_asis_psis_deg - tilt;
  const double evidence_tilt = solved(*evidence.answer_state).pelvis.tilt_asis_psis_deg;
  auto evidence_balanced_state = *evidence.answer_state;
  evidence_balanced_state.preset = "balanced";
  const double evidence_change = evidence_tilt - solved(evidence_balanced_state).pelvis.tilt_asis_psis_deg;
  CHECK(article_change > 1.0);
  CHECK(std::abs(evidence_change) < 0.5 * article_change);
}

TEST_CASE("in the quiz a click answers an identify question with names hidden, then shows the structure") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  ui::UiActions own_layers;  // the user's own choice: bones hidden, x-ray on
  own_layers.layers.push_back(ui::LayerCommand::for_category(ui::LayerAction::hide, anatomy::Category::bone));
  session.apply(own_layers);
  const app::LayerSet before = session.layers();
  session.go_to_quiz_question(index_of("quiz.find_semimembranosus"), false);
  REQUIRE(session.quiz() != nullptr);
  // Every structure solid and no skin, so the class can see what there is to click.
  CHECK_FALSE(session.layers().xray);
  CHECK(session.layers().category_shown[static_cast<std::size_t>(anatomy::Category::bone)]);
  CHECK_FALSE(session.layers().category_shown[static_cast<std::size_t>(anatomy::Category::skin)]);
  CHECK(session.scenario().layers == before);
  // While the class looks for it, nothing on screen names a structure.
  session.set_hovered("muscle.semimembranosus.l");
  ui::UiSnapshot asking = session.snapshot(1280, 720);
  CHECK(asking.quiz.active);
  CHECK_FALSE(asking.quiz.answered);
  CHECK_FALSE(asking.show_callouts);
  CHECK(asking.hovered_structure.empty());
  ui::UiActions click;
  click.select_structure = "muscle.gluteus_maximus.r";
  session.apply(click);
  ui::UiSnapshot answered = session.snapshot(1280, 720);
  CHECK(answered.quiz.answered);
  CHECK_FALSE(answered.quiz.right);
  CHECK(answered.quiz.score == 0);
  CHECK(answered.quiz.given == "muscle.gluteus_maximus.r");
  CHECK(answered.selected_structure.empty());  // the click answered; it opened no card
  CHECK_FALSE(answered.show_callouts);         // about a structure, not the posture
  // Now a click opens the card again, as outside the quiz.
  click.select_structure = "muscle.semimembranosus.l";
  session.apply(click);
  CHECK(session.snapshot(1280, 720).selected_structure == "muscle.semimembranosus.l");
  CHECK(session.quiz()->score() == 0);
  // The right structure is drawn solid for everyone to see.
  CHECK(app::is_highlighted(session.layers().highlighted, "muscle.semimembranosus.l"));
  // Leaving gives back the user's own layers.
  ui::UiActions leave;
  leave.quiz_exit = true;
  session.apply(leave);
  CHECK(session.layers() == before);
}

TEST_CASE(
    "a predict answer glides the model to the answer, scores it, and leaving gives back the user's state") {
  biomech::Inputs own = biomech::balanced_inputs();
  own.hamstrings_pct = 70.0;
  own.glutes_pct = 55.0;
  own.activity = biomech::Activity::sit_upright;
  app::Session session(&library(), own, app::Settings{});
  ui::UiActions start;
  start.quiz_start = true;
  session.apply(start);
  REQUIRE(session.quiz() != nullptr);
  CHECK(session.lesson_active());
  // On to the predict question about weak hamstrings: first the question's own state.
  session.go_to_quiz_question(index_of("quiz.weak_hamstrings_pelvis"), false);
  CHECK(session.target_inputs() == biomech::balanced_inputs());
  ui::UiActions pick;
  pick.quiz_answer = "tips_forward";
  session.apply(pick);
  CHECK(session.quiz()->score() == 1);
  CHECK(session.quiz()->phase() == app::QuizPhase::answered);
  // The inputs glide there, not jump: halfway through the hamstrings are between the two.
  session.update(app::kQuizAnswerGlide_s * 0.5f);
  CHECK(session.shown_inputs().hamstrings_pct < 100.0);
  CHECK(session.shown_inputs().hamstrings_pct > 40.0);
  settle(session);
  CHECK(session.shown_inputs() ==
        app::tour_state_inputs(*question("quiz.weak_hamstrings_pelvis").answer_state, own));
  // A second pick changes nothing; Next goes on, Esc leaves with the user's own state back.
  pick.quiz_answer = "tips_back";
  session.apply(pick);
  CHECK(session.quiz()->score() == 1);
  ui::UiActions next;
  next.quiz_next = true;
  session.apply(next);
  CHECK(session.quiz()->question() == index_of("quiz.weak_hamstrings_pelvis") + 1);
  // A saved scenario keeps the user's own inputs, never the quiz's.
  CHECK(session.scenario().inputs == own);
  session.handle_key(app::SessionKey::escape);
  CHECK(session.quiz() == nullptr);
  CHECK_FALSE(session.lesson_active());
  settle(session);
  CHECK(session.target_inputs() == own);
  CHECK(session.layers().highlighted.empty());
}

TEST_CASE("the end screen shows the score, and starting again asks question 1 with the score at 0") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  const int count = session.quiz_question_count();
  REQUIRE(count >= 8);
  session.go_to_quiz_question(0, false);
  int expected = 0;
  for (int i = 0; i < count; ++i) {
    const auto& q = library().quiz(content::Language::en)[static_cast<std::size_t>(i)];
    // Every other question right: the right structure or choice, else a wrong one.
    const bool right = i % 2 == 0;
    ui::UiActions a;
    if (q.kind == content::QuizKind::identify)
      a.select_structure = right ? q.target + ".l" : std::string("bone.pelvis");
    else
      a.quiz_answer = right
                          ? q.correct
                          : (q.choices.front().id == q.correct ? q.choices.back().id : q.choices.front().id);
    session.apply(a);
    expected += right ? 1 : 0;
    CHECK(session.quiz()->score() == expected);
    session.handle_key(app::SessionKey::tour_next);
  }
  ui::UiSnapshot end = session.snapshot(1280, 720);
  CHECK(end.quiz.finished);
  CHECK(end.quiz.score == expected);
  CHECK(end.quiz.question_count == count);
  ui::UiActions again;
  again.quiz_restart = true;
  session.apply(again);
  CHECK(session.quiz()->question() == 0);
  CHECK(session.quiz()->score() == 0);
  CHECK(session.quiz()->phase() == app::QuizPhase::asking);
}

TEST_CASE("starting the tour ends the quiz and the other way round, and the user's state survives both") {
  biomech::Inputs own = biomech::balanced_inputs();
  own.quadriceps_pct = 60.0;
  app::Session session(&library(), own, app::Settings{});
  session.go_to_quiz_question(3, false);
  session.handle_key(app::SessionKey::tour_start);
  CHECK(session.tour_active());
  CHECK(session.quiz() == nullptr);
  session.go_to_quiz_question(0, false);
  CHECK_FALSE(session.tour_active());
  CHECK(session.quiz() != nullptr);
  CHECK(session.scenario().inputs == own);
  ui::UiActions leave;
  leave.quiz_exit = true;
  session.apply(leave);
  settle(session);
  CHECK(session.target_inputs() == own);
}
