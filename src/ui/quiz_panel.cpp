#include "ui/quiz_panel.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "ui/article_panel.h"
#include "ui/widgets.h"

namespace ui {
namespace {

// Right and wrong differ in word and sign (✓, ✗) as well as in colour, so no one needs to tell
// the colours apart (Okabe–Ito sky blue and vermillion).
void draw_verdict(const Texts& T, bool right) {
  const BoldFont bold;
  ImGui::TextColored(right ? colours::kSky : colours::kVermillion, "%s %s", right ? "\u2713" : "\u2717",
                     T(right ? "quiz.right" : "quiz.wrong"));
}

void draw_progress(const Texts& T, const QuizView& quiz) {
  const std::string progress = T.format(
      "live.quiz.progress",
      content::Values().set("step_number", quiz.question + 1).set("step_count", quiz.question_count));
  const std::string score =
      T.format("live.quiz.score",
               content::Values().set("score", quiz.score).set("question_count", quiz.question_count));
  ImGui::TextDisabled("%s  ·  %s", progress.c_str(), score.c_str());
}

// The structure's name as its card gives it, or its id when content has none.
std::string structure_name(const Texts& T, const std::string& id) {
  const content::StructureCard* card = T.library().card(T.language(), id);
  return card ? card->lay_name + " (" + card->anatomical_name + ")" : id;
}

// One button per choice, as wide as the panel, until the question is answered.
void draw_choices(const content::QuizQuestion& q, UiActions& actions) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetFrameHeight() * 1.4f;
  for (const content::QuizChoice& choice : q.choices) {
    const std::string label = choice.text + "##quiz_choice_" + choice.id;
    if (ImGui::Button(label.c_str(), ImVec2(width, height))) actions.quiz_answer = choice.id;
  }
}

// The text of a choice by its id ("" when the question has none by that id).
std::string choice_text(const content::QuizQuestion& q, const std::string& id) {
  for (const content::QuizChoice& c : q.choices)
    if (c.id == id) return c.text;
  return {};
}

void draw_question(const Texts& T, const UiSnapshot& snapshot, const content::QuizQuestion& q,
                   UiActions& actions) {
  const QuizView& quiz = snapshot.quiz;
  draw_progress(T, quiz);
  {
    const BoldFont bold;
    ImGui::TextUnformatted(q.prompt.c_str());
  }
  if (!quiz.answered) {
    ImGui::TextDisabled("%s",
                        T(q.kind == content::QuizKind::predict ? "quiz.predict_hint" : "quiz.identify_hint"));
    if (q.kind == content::QuizKind::predict) draw_choices(q, actions);
  } else {
    // Answered: the panel shrinks to the verdict, the answer and why, so the anatomy above it has
    // the room to show the answer happening.
    draw_verdict(T, quiz.right);
    ImGui::SameLine();
    if (q.kind == content::QuizKind::predict) {
      ImGui::TextUnformatted(
          T.format("live.quiz.answer", content::Values().set("value", choice_text(q, q.correct))).c_str());
    } else {
      ImGui::TextUnformatted(
          T.format("live.quiz.target", content::Values().set("structure", structure_name(T, q.target)))
              .c_str());
      if (!quiz.right)
        ImGui::TextDisabled("%s", T.format("live.quiz.clicked",
                                           content::Values().set("structure", structure_name(T, quiz.given)))
                                      .c_str());
    }
    ImGui::TextUnformatted(q.explanation.c_str());
    draw_evidence_notes(T, q.evidence);
  }
  ImGui::Separator();
  if (quiz.answered) {
    const bool last = quiz.question + 1 >= quiz.question_count;
    if (ImGui::Button(T.label(last ? "quiz.show_score" : "quiz.next").c_str())) actions.quiz_next = true;
    ImGui::SameLine();
  }
  if (ImGui::Button(T.label("quiz.exit").c_str())) actions.quiz_exit = true;
}

void draw_end(const Texts& T, const QuizView& quiz, UiActions& actions) {
  {
    const BoldFont bold;
    ImGui::TextUnformatted(T("quiz.end.title"));
  }
  ImGui::TextUnformatted(
      T.format("live.quiz.end.text",
               content::Values().set("score", quiz.score).set("question_count", quiz.question_count))
          .c_str());
  ImGui::Separator();
  if (ImGui::Button(T.label("quiz.restart").c_str())) actions.quiz_restart = true;
  ImGui::SameLine();
  if (ImGui::Button(T.label("quiz.exit").c_str())) actions.quiz_exit = true;
}

}  // namespace

Rect draw_quiz_panel(const Texts& T, const UiSnapshot& snapshot, const Rect& viewport, UiActions& actions) {
  const auto questions = T.library().quiz(T.language());
  const QuizView& quiz = snapshot.quiz;
  if (!quiz.active || questions.empty()) return {};
  // Wider than the article panel: fewer lines, so it leaves more of the anatomy in view.
  const float width = std::min(viewport.w - 20.0f, ImGui::GetFontSize() * 52.0f);
  ImGui::SetNextWindowPos(ImVec2(viewport.x + viewport.w * 0.5f, viewport.bottom() - 10.0f), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.93f);
  if (!ImGui::Begin("##quiz_panel", nullptr, kOverlayWindowFlags & ~ImGuiWindowFlags_NoNav)) {
    ImGui::End();
    return {};
  }
  ImGui::PushTextWrapPos(0.0f);
  if (quiz.finished) {
    draw_end(T, quiz, actions);
  } else {
    const int index = std::clamp(quiz.question, 0, static_cast<int>(questions.size()) - 1);
    draw_question(T, snapshot, questions[static_cast<std::size_t>(index)], actions);
  }
  ImGui::PopTextWrapPos();
  const Rect covered{ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                     ImGui::GetWindowSize().y};
  ImGui::End();
  return covered;
}

}  // namespace ui
