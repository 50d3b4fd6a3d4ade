// Content checks the tour script's own references; whether its states are states of the model is
// the app's to check, once, against biomech's tables (content cannot see biomech).
#include <catch2/catch.hpp>

#include <filesystem>

#include "anatomy/gltf_importer.h"
#include "anatomy/view_preset.h"
#include "app/session.h"
#include "biomech/input_fields.h"
#include "biomech/presets.h"
#include "ui/callout_texts.h"

TEST_CASE("every tour step names views and inputs and activities and structures the app knows") {
  auto library = content::Library::load(std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "content");
  REQUIRE(library.ok());
  auto path = anatomy::bundled_model_path();
  REQUIRE(path.ok());
  auto scene = anatomy::load_model(*path);
  REQUIRE(scene.ok());
  for (content::Language language : {content::Language::en, content::Language::de}) {
    const auto steps = library->tour(language);
    REQUIRE(steps.size() >= 8);
    for (const auto& step : steps) {
      INFO(step.id);
      CHECK(anatomy::view_from_name(step.view).has_value());
      CHECK(biomech::activity_from_name(step.state.activity).has_value());
      CHECK(biomech::calibration_from_name(step.state.calibration).has_value());
      if (step.state.preset)
        CHECK(biomech::apply_preset(*step.state.preset, biomech::balanced_inputs()).ok());
      for (const auto& [name, value] : step.state.sliders) {
        INFO(name);
        const biomech::InputField* field = biomech::find_input_by_flag(name);
        REQUIRE(field != nullptr);
        CHECK(biomech::check_input(*field, value).ok());
      }
      CHECK(biomech::validate(app::tour_state_inputs(step.state, biomech::balanced_inputs())).ok());
      // Each callout the step names is one the interface draws.
      for (const auto& callout : step.callouts) {
        INFO(callout);
        CHECK(ui::is_callout_template(callout));
      }
      // Each highlighted id, with content's aliases, lights up at least one structure of the model.
      for (const auto& base : step.highlight) {
        INFO(base);
        content::TourStep one;
        one.highlight = {base};
        bool found = false;
        for (const auto& id : app::tour_highlights(one, *library))
          for (const auto& s : scene->structures)
            if (s.id == id || s.id.rfind(id + ".", 0) == 0) found = true;
        CHECK(found);
      }
    }
  }
}
