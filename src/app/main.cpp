// PostureLab: the entry point dispatches the subcommands of docs/DESIGN.md's command line.
#include <cstdio>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "core/asset_paths.h"
#include "core/version.h"

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  auto line = app::parse_command_line(args);
  if (!line) {
    std::fprintf(stderr, "posturelab: error: %s\n", line.error().message.c_str());
    return app::kExitBadInput;
  }
  switch (line->command) {
    case app::Subcommand::help:
      std::fputs(app::help_text().c_str(), stdout);
      return app::kExitOk;
    case app::Subcommand::version:
      std::printf("posturelab %s\n", std::string(core::version()).c_str());
      // Where the program takes its shaders, model and texts from: the installed or the source tree.
      if (auto root = core::asset_root())
        std::printf("assets: %s\n", root->string().c_str());
      else
        std::printf("assets: not found (%s)\n", root.error().message.c_str());
      return app::kExitOk;
    case app::Subcommand::screenshot:
      return app::run_screenshot(*line);
    case app::Subcommand::handout:
      return app::run_handout(*line);
    case app::Subcommand::bench:
      return app::run_bench(*line);
    case app::Subcommand::window:
      return app::run_window(*line);
    case app::Subcommand::check_model:
      return app::run_check_model(*line);
    case app::Subcommand::report:
      return app::run_report(*line);
  }
  std::fprintf(stderr, "posturelab: error: this command is not available in this build\n");
  return app::kExitFailure;
}
