#include <catch2/catch.hpp>

#include <string>

#include "core/json_depth.h"

TEST_CASE("the bracket that opens one level too many is found") {
  CHECK_FALSE(core::json_too_deep_at("[[]]", 2).has_value());
  CHECK(core::json_too_deep_at("[[[]]]", 2) == std::size_t{2});
  CHECK(core::json_too_deep_at(" {\"a\": [{\"b\": 1}]}", 2) == std::size_t{8});
  // Depth is nesting, not a count: many siblings at level 1 are fine.
  CHECK_FALSE(core::json_too_deep_at("[" + std::string(1000, ' ') + "[],[],[],[]]", 2).has_value());
}

TEST_CASE("brackets in strings, escaped quotes included, do not count") {
  CHECK_FALSE(core::json_too_deep_at("{\"a\": \"[[[[[[[[\"}", 2).has_value());
  CHECK_FALSE(core::json_too_deep_at(R"({"a": "say \"[[[[[[\" twice"})", 2).has_value());
  // An escaped backslash ends before the quote, so the string closes there and what follows counts.
  CHECK(core::json_too_deep_at(R"(["\\", [[1]]])", 2) == std::size_t{8});
}

TEST_CASE("the default limit lets 64 levels through and stops the 65th") {
  const std::string ok = std::string(core::kMaxJsonDepth, '[') + std::string(core::kMaxJsonDepth, ']');
  CHECK_FALSE(core::json_too_deep_at(ok).has_value());
  const std::string deep = std::string(20000, '[');  // what overflowed a recursive parser's stack
  CHECK(core::json_too_deep_at(deep) == std::size_t{core::kMaxJsonDepth});
}
