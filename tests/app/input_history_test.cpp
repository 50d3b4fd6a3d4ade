#include <catch2/catch.hpp>

#include "app/input_history.h"

namespace {
biomech::Inputs with_hamstrings(double pct) {
  biomech::Inputs in = biomech::balanced_inputs();
  in.hamstrings_pct = pct;
  return in;
}
}  // namespace

TEST_CASE("undo walks back through committed states and redo walks forward again") {
  app::InputHistory history(with_hamstrings(100));
  history.commit(with_hamstrings(80));
  history.commit(with_hamstrings(40));
  REQUIRE(history.can_undo());
  CHECK(history.undo()->hamstrings_pct == 80);
  CHECK(history.undo()->hamstrings_pct == 100);
  CHECK_FALSE(history.undo().has_value());
  CHECK(history.redo()->hamstrings_pct == 80);
  CHECK(history.redo()->hamstrings_pct == 40);
  CHECK_FALSE(history.redo().has_value());
}

TEST_CASE("a new change after an undo drops the redo steps") {
  app::InputHistory history(with_hamstrings(100));
  history.commit(with_hamstrings(80));
  history.commit(with_hamstrings(40));
  history.undo();
  history.commit(with_hamstrings(60));
  CHECK_FALSE(history.can_redo());
  CHECK(history.undo()->hamstrings_pct == 80);
}

TEST_CASE("committing the same state twice records one step") {
  app::InputHistory history(with_hamstrings(100));
  history.commit(with_hamstrings(100));
  CHECK_FALSE(history.can_undo());
  history.commit(with_hamstrings(50));
  history.commit(with_hamstrings(50));
  history.undo();
  CHECK_FALSE(history.can_undo());
}

TEST_CASE("the history forgets its oldest steps beyond its capacity") {
  app::InputHistory history(with_hamstrings(0), 5);
  for (int i = 1; i <= 10; ++i) history.commit(with_hamstrings(i));
  int undos = 0;
  while (history.undo()) ++undos;
  CHECK(undos == 4);
  CHECK(history.current().hamstrings_pct == 6);
}
