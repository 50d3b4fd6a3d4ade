#include "ui/structure_menu.h"

#include <imgui.h>

#include "ui/widgets.h"

namespace ui {

void draw_structure_menu(const Texts& T, const UiSnapshot& snapshot, UiActions& actions) {
  constexpr const char* kPopup = "##structure_menu";
  const std::string& id = snapshot.menu_structure;
  if (id.empty()) return;
  // The session asks once; the popup then lives until a choice or a click elsewhere closes it.
  if (snapshot.open_structure_menu) {
    ImGui::OpenPopup(kPopup);
    actions.structure_menu_opened = true;
  }
  if (!ImGui::BeginPopup(kPopup)) return;
  {
    const BoldFont bold;
    const content::StructureCard* card = T.library().card(T.language(), id);
    ImGui::TextUnformatted(card ? card->lay_name.c_str() : id.c_str());
  }
  ImGui::Separator();
  if (ImGui::MenuItem(T.label("structure_menu.isolate").c_str()))
    actions.layers.push_back(LayerCommand::for_structure(LayerAction::isolate, id));
  if (ImGui::MenuItem(T.label("structure_menu.hide").c_str()))
    actions.layers.push_back(LayerCommand::for_structure(LayerAction::hide, id));
  if (ImGui::MenuItem(T.label("structure_menu.card").c_str())) actions.select_structure = id;
  // Not during the tour or the quiz, whose highlights it would replace.
  if (ImGui::MenuItem(T.label("structure_menu.xray_rest").c_str(), nullptr, false,
                      !snapshot.tour.active && !snapshot.quiz.active))
    actions.xray_rest_of = id;
  ImGui::EndPopup();
}

}  // namespace ui
