// The tour's states against the real tables, checked once here: content/ carries the names of
// presets, sliders, activities, calibrations and views as text (content checks only its own
// references), and the app is where they meet biomech and render.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/session.h"
#include "biomech/inputs.h"
#include "biomech/presets.h"
#include "content/library.h"
#include "render/camera.h"

namespace fs = std::filesystem;

namespace {

fs::path bundled_content_dir() { return fs::path(POSTURELAB_SOURCE_ROOT) / "content"; }

// What is wrong with the tour's states, one line per problem ("tour.x: unknown view 'top'").
std::vector<std::string> tour_state_problems(const content::Library& library) {
  std::vector<std::string> problems;
  const biomech::Inputs balanced = biomech::balanced_inputs();
  for (content::Language language : {content::Language::en, content::Language::de}) {
    for (const content::TourStep& step : library.tour(language)) {
      const std::string where = std::string(content::language_code(language)) + " " + step.id + ": ";
      const content::TourState& state = step.state;
      if (!render::view_from_name(step.view)) problems.push_back(where + "unknown view '" + step.view + "'");
      if (state.preset && !biomech::apply_preset(*state.preset, balanced).ok())
        problems.push_back(where + "unknown preset '" + *state.preset + "'");
      if (!biomech::activity_from_name(state.activity))
        problems.push_back(where + "unknown activity '" + state.activity + "'");
      if (!biomech::calibration_from_name(state.calibration))
        problems.push_back(where + "unknown calibration '" + state.calibration + "'");
      // A slider the app knows moves the inputs: the same state with it at 0 and at 100 must differ.
      for (std::size_t i = 0; i < state.sliders.size(); ++i) {
        content::TourState low = state, high = state;
        low.sliders[i].second = 0.0;
        high.sliders[i].second = 100.0;
        if (app::tour_state_inputs(low, balanced) == app::tour_state_inputs(high, balanced))
          problems.push_back(where + "unknown slider '" + state.sliders[i].first + "'");
      }
      if (auto valid = biomech::validate(app::tour_state_inputs(state, balanced)); !valid)
        problems.push_back(where + valid.error().message);
    }
  }
  return problems;
}

// A copy of content/ with one text replaced, loaded; removed again when the test ends.
class EditedContent {
 public:
  EditedContent(const std::string& file, const std::string& from, const std::string& to)
      // CTest runs test cases as parallel processes: the process id keeps their copies apart.
      : dir_(fs::temp_directory_path() /
             ("posturelab_tour_states_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++))) {
    fs::remove_all(dir_);
    fs::copy(bundled_content_dir(), dir_, fs::copy_options::recursive);
    std::ifstream in(dir_ / file);
    std::stringstream text;
    text << in.rdbuf();
    std::string edited = text.str();
    const std::size_t at = edited.find(from);
    found_ = at != std::string::npos;
    if (found_) edited.replace(at, from.size(), to);
    std::ofstream(dir_ / file, std::ios::trunc) << edited;
  }
  ~EditedContent() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  EditedContent(const EditedContent&) = delete;
  EditedContent& operator=(const EditedContent&) = delete;

  bool found() const { return found_; }
  core::Result<content::Library> load() const { return content::Library::load(dir_); }

 private:
  static int& counter() {
    static int value = 0;
    return value;
  }
  fs::path dir_;
  bool found_ = false;
};

bool any_contains(const std::vector<std::string>& lines, const std::string& a, const std::string& b) {
  for (const std::string& line : lines)
    if (line.find(a) != std::string::npos && line.find(b) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("every tour state names real presets, sliders, activities, calibrations and views") {
  const auto library = content::Library::load(bundled_content_dir());
  REQUIRE(library.ok());
  REQUIRE(library->tour(content::Language::en).size() >= 8);
  const std::vector<std::string> problems = tour_state_problems(*library);
  for (const std::string& problem : problems) INFO(problem);
  CHECK(problems.empty());
}

TEST_CASE("the tour-state check finds each kind of wrong name") {
  struct Case {
    const char* from;
    const char* to;
    const char* problem;
  };
  // tour.hamstrings: view back, preset weak-hamstrings; tour.tight_hip_flexors has sliders.
  const Case cases[] = {
      {"\"view\": \"back\"", "\"view\": \"top\"", "unknown view 'top'"},
      {"\"preset\": \"weak-hamstrings\"", "\"preset\": \"weak-hammies\"", "unknown preset 'weak-hammies'"},
      {"\"activity\": \"walk\"", "\"activity\": \"jog\"", "unknown activity 'jog'"},
      {"\"calibration\": \"evidence\"", "\"calibration\": \"measured\"", "unknown calibration 'measured'"},
      {"\"hip-flexor-tightness\":", "\"hip-flexors\":", "unknown slider 'hip-flexors'"},
  };
  for (const Case& c : cases) {
    INFO(c.to);
    EditedContent content("tour.json", c.from, c.to);
    REQUIRE(content.found());
    const auto library = content.load();
    REQUIRE(library.ok());
    CHECK(any_contains(tour_state_problems(*library), "tour.", c.problem));
  }
}

TEST_CASE("a tour slider value outside the model's range is reported with the input's name") {
  EditedContent content("tour.json", "\"hip-flexor-tightness\": ", "\"hip-flexor-tightness\": 1");
  REQUIRE(content.found());
  const auto library = content.load();
  REQUIRE(library.ok());
  CHECK(any_contains(tour_state_problems(*library), "tour.", "hip"));
}

TEST_CASE("every preset and activity of the model has a label in the content") {
  const auto library = content::Library::load(bundled_content_dir());
  REQUIRE(library.ok());
  for (const biomech::Preset& preset : biomech::presets()) {
    INFO(preset.name);
    CHECK(library->has_text("preset." + std::string(preset.name)));
  }
  for (biomech::Activity activity : biomech::kAllActivities) {
    INFO(biomech::activity_name(activity));
    CHECK(library->has_text("activity." + std::string(biomech::activity_name(activity))));
  }
}
