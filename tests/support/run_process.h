#pragma once
// Runs a shell command (the real posturelab executable, usually) and captures what it printed and
// its exit code. Shared by the tests that exercise the command line end to end.
#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <stdexcept>
#include <string>

namespace support {

struct ProcessResult {
  int exit_code = -1;
  std::string output;
};

inline ProcessResult run_process(const std::string& command) {
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot start: " + command);
  ProcessResult result;
  std::array<char, 4096> buffer{};
  while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe)) result.output += buffer.data();
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// posturelab with the given arguments, no display, stderr folded into the output.
inline ProcessResult run_posturelab(const std::string& arguments) {
  return run_process(std::string("env -u DISPLAY -u WAYLAND_DISPLAY ") + POSTURELAB_EXECUTABLE + " " +
                     arguments + " 2>&1");
}

}  // namespace support
