// The soak (`posturelab bench --sweep soak`): its script, and a real run of a few thousand frames in
// which every path a lesson takes (sliders, activities, languages, tour steps, the before/after
// view, cards) runs many times while resident memory is sampled. Memory must stop growing: once the
// caches are warm (fonts of both languages, the second picture of the before/after view), a leak
// is all that could still add to it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "app/soak_script.h"
#include "support/run_process.h"

namespace {
using nlohmann::json;

const std::vector<std::string> kTwoStructures = {"bone.pelvis", "muscle.semimembranosus.l"};

app::SoakState english_start() {
  app::SoakState state;
  state.language = content::Language::en;
  return state;
}
}  // namespace

TEST_CASE("the soak drags a slider every frame and changes the rest at their own periods") {
  const app::SoakPeriods& p = app::kSoakPeriods;
  const ui::UiActions first = app::soak_actions(0, english_start(), kTwoStructures);
  REQUIRE(first.set_inputs);
  CHECK(first.set_inputs->activity == biomech::Activity::stand);
  CHECK_FALSE(first.language);
  CHECK_FALSE(first.tour_start);
  CHECK_FALSE(first.compare);
  CHECK_FALSE(first.select_structure);

  // The language flips from whatever the session shows.
  const ui::UiActions switch_language = app::soak_actions(p.language, english_start(), kTwoStructures);
  REQUIRE(switch_language.language);
  CHECK(*switch_language.language == content::Language::de);
  app::SoakState german = english_start();
  german.language = content::Language::de;
  CHECK(*app::soak_actions(p.language, german, kTwoStructures).language == content::Language::en);

  // The activity walks through every activity the model has.
  std::vector<biomech::Activity> seen;
  for (int turn = 1; turn <= static_cast<int>(biomech::kAllActivities.size()); ++turn) {
    const auto actions = app::soak_actions(turn * p.activity, english_start(), kTwoStructures);
    REQUIRE(actions.set_inputs);
    seen.push_back(actions.set_inputs->activity);
  }
  std::sort(seen.begin(), seen.end());
  CHECK(std::unique(seen.begin(), seen.end()) == seen.end());

  // A tour that is not running is started; a running one is walked.
  CHECK(app::soak_actions(p.tour, english_start(), kTwoStructures).tour_start);
  app::SoakState touring = english_start();
  touring.tour_active = true;
  const auto walk = app::soak_actions(p.tour, touring, kTwoStructures);
  CHECK((walk.tour_next || walk.tour_exit));
  CHECK_FALSE(walk.tour_start);

  // Cards open in turn and close now and then.
  int opened = 0, closed = 0;
  for (int turn = 1; turn <= 8; ++turn) {
    const auto actions = app::soak_actions(turn * p.selection, english_start(), kTwoStructures);
    REQUIRE(actions.select_structure);
    (actions.select_structure->empty() ? closed : opened) += 1;
  }
  CHECK(opened == 6);
  CHECK(closed == 2);
}

TEST_CASE("the soak samples memory at even steps, the last at the last frame") {
  std::vector<int> at;
  for (int frame = 0; frame < 400; ++frame)
    if (app::soak_samples_memory_at(frame, 400, 40)) at.push_back(frame);
  REQUIRE(at.size() == 40);
  CHECK(at.front() == 9);
  CHECK(at.back() == 399);
  // Exactly as many when the samples do not divide the frames (300 frames: every 7.5).
  for (int frames : {300, 1201, 41}) {
    int count = 0, last = -1;
    for (int frame = 0; frame < frames; ++frame)
      if (app::soak_samples_memory_at(frame, frames, 40)) {
        ++count;
        last = frame;
      }
    INFO(frames);
    CHECK(count == 40);
    CHECK(last == frames - 1);
  }
  CHECK_FALSE(app::soak_samples_memory_at(0, 400, 0));
}

// Under AddressSanitizer freed memory waits in a quarantine of up to 256 MiB before it is reused, so
// resident memory grows there by design: the sanitizer build runs a shorter soak for its reports
// and the counts, and the memory curve is judged in the optimised builds.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kQuarantinedHeap = true;
#else
constexpr bool kQuarantinedHeap = false;
#endif

TEST_CASE("a soak changes everything many times and its memory stops growing", "[soak]") {
  const int frames = kQuarantinedHeap ? 300 : 1200;
  const auto result =
      support::run_process(std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + POSTURELAB_EXECUTABLE +
                           " bench --sweep soak --frames " + std::to_string(frames) +
                           " --size 320x180 --msaa 0 --json 2>/dev/null");
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  const json j = json::parse(result.output, nullptr, false);
  REQUIRE(j.is_object());
  const json& changes = j["soak_changes"];
  // What the session carried out, counted from its state before and after each frame: at least
  // every change the script asked for (a tour step may change the activity too).
  const app::SoakPeriods& p = app::kSoakPeriods;
  CHECK(changes["activities"].get<int>() >= frames / p.activity - 1);
  CHECK(changes["languages"].get<int>() == frames / p.language);
  CHECK(changes["tour_steps"].get<int>() >= frames / p.tour - 1);
  CHECK(changes["compare_toggles"].get<int>() >= frames / p.compare);
  CHECK(changes["selections"].get<int>() >= frames / p.selection - 2);

  const auto curve = j["rss_mb_curve"].get<std::vector<double>>();
  REQUIRE(curve.size() == 40);
  if (!kQuarantinedHeap) {
    // Over the second half (600 frames, each kind of change five or more times) resident memory may
    // move by what the allocator keeps, not grow: 2 MiB is under 2 % of the process and would be
    // crossed by a leak of about 3.5 KiB a frame.
    CHECK(j["rss_growth_mb_second_half"].get<double>() < 2.0);
    CHECK(curve.back() < 400.0);
  }
}
