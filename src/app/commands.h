#pragma once
// One function per subcommand. Each returns the process exit code: 0 success, 2 bad input or a
// failure the user can act on (the message is already printed to stderr), 1 internal failure.
#include "app/cli.h"

namespace app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitBadInput = 2;

int run_window(const CommandLine& line);
int run_screenshot(const CommandLine& line);
int run_handout(const CommandLine& line);
int run_bench(const CommandLine& line);
int run_check_model(const CommandLine& line);
int run_report(const CommandLine& line);

// Prints "posturelab: error: <message>" to stderr and returns kExitBadInput.
int fail(const core::Error& error);

}  // namespace app
