// The right-click menu of a structure: asked for once, its choices carried out with the layers
// and the card the panels use, and refused while a quiz question waits for a click.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/session.h"
#include "app/session_fixture.h"
#include "biomech/presets.h"

namespace {
using session_test::library;
}  // namespace

TEST_CASE("a right click asks for the structure's menu once, and its choices isolate, hide, open or x-ray") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  session.open_structure_menu("");  // a right click on nothing: no menu
  CHECK(session.snapshot(1280, 720).menu_structure.empty());
  session.open_structure_menu("muscle.rectus_femoris.l");
  ui::UiSnapshot asked = session.snapshot(1280, 720);
  CHECK(asked.menu_structure == "muscle.rectus_femoris.l");
  CHECK(asked.open_structure_menu);
  ui::UiActions opened;
  opened.structure_menu_opened = true;
  session.apply(opened);
  CHECK_FALSE(session.snapshot(1280, 720).open_structure_menu);  // opened: not asked again

  // X-ray the rest: the structure solid, everything else see-through; Esc ends it.
  ui::UiActions xray;
  xray.xray_rest_of = "muscle.rectus_femoris.l";
  session.apply(xray);
  CHECK(app::is_highlighted(session.layers().highlighted, "muscle.rectus_femoris.l"));
  CHECK_FALSE(app::is_highlighted(session.layers().highlighted, "muscle.rectus_femoris.r"));
  session.handle_key(app::SessionKey::escape);
  CHECK(session.layers().highlighted.empty());

  // Hide, then isolate: the layers' own commands for that one structure.
  ui::UiActions hide;
  hide.layers.push_back(ui::LayerCommand::for_structure(ui::LayerAction::hide, "muscle.rectus_femoris.l"));
  session.apply(hide);
  CHECK_FALSE(session.layers().structure_shown.at("muscle.rectus_femoris.l"));
  ui::UiActions isolate;
  isolate.layers.push_back(
      ui::LayerCommand::for_structure(ui::LayerAction::isolate, "muscle.rectus_femoris.l"));
  session.apply(isolate);
  CHECK(session.layers().structure_shown.at("muscle.rectus_femoris.l"));
  CHECK_FALSE(session.layers().category_shown[static_cast<std::size_t>(anatomy::Category::bone)]);
  // Show all brings everything back and ends an x-ray of the rest too.
  session.apply(xray);
  ui::UiActions all;
  all.show_all_layers = true;
  session.apply(all);
  CHECK(session.layers() == app::LayerSet{});
}

TEST_CASE("no structure menu while an identify question waits, and no x-ray of the rest in a lesson") {
  app::Session session(&library(), biomech::balanced_inputs(), app::Settings{});
  session.go_to_quiz_question(0, false);  // "Click the semimembranosus"
  session.open_structure_menu("muscle.semimembranosus.l");
  CHECK(session.snapshot(1280, 720).menu_structure.empty());
  session.handle_key(app::SessionKey::tour_start);
  ui::UiActions xray;
  xray.xray_rest_of = "muscle.rectus_femoris.l";
  session.apply(xray);
  CHECK_FALSE(app::is_highlighted(session.layers().highlighted, "muscle.rectus_femoris.l"));
}
