#include "app/commands.h"

#include <cstdio>

namespace app {

int fail(const core::Error& error) {
  std::fprintf(stderr, "posturelab: error: %s\n", error.message.c_str());
  return kExitBadInput;
}

}  // namespace app
