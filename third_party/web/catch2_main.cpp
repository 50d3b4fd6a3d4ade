// Catch2's main() for the web build. Debian ships Catch2 v2 as a header plus a native
// libCatch2WithMain.a, which cannot link into wasm; this one line of ours replaces it.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
