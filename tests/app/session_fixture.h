#pragma once
// What the session tests share: the real content, loaded once, and a session run until its glides
// have settled.
#include <catch2/catch.hpp>

#include <filesystem>

#include "app/session.h"
#include "content/library.h"

namespace session_test {

inline const content::Library& library() {
  static auto loaded = content::Library::load(std::filesystem::path(POSTURELAB_SOURCE_ROOT) / "content");
  REQUIRE(loaded.ok());
  return *loaded;
}

// At most ten seconds of 60 Hz frames.
inline void settle(app::Session& session) {
  for (int i = 0; i < 600 && session.update(1.0f / 60.0f); ++i) {
  }
}

}  // namespace session_test
