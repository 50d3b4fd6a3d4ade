// One owner for the solved model: only the session's SolvedModel (and `report`, which prints one
// state) call biomech::solve; the anatomy view and the UI read what it solved. A scan of the
// sources, so a new caller fails here before it costs solves per frame.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

TEST_CASE("only the solved model and the report command call biomech::solve") {
  const std::set<std::string> allowed = {"src/app/solved_model.cpp", "src/app/report_command.cpp"};
  int scanned = 0;
  for (const char* folder : {"src/app", "src/ui"}) {
    for (const auto& entry : fs::directory_iterator(fs::path(POSTURELAB_SOURCE_ROOT) / folder)) {
      if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
      ++scanned;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      const std::string relative = std::string(folder) + "/" + entry.path().filename().string();
      INFO(relative);
      const bool calls = text.str().find("biomech::solve(") != std::string::npos;
      CHECK((!calls || allowed.count(relative) == 1));
    }
  }
  CHECK(scanned > 30);
}
