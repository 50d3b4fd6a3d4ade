#include <catch2/catch.hpp>

#include "core/text_position.h"

TEST_CASE("a byte offset becomes a line and column a person can find") {
  const std::string text = "{\n  \"a\": 1,\n  \"b\": x\n}";
  CHECK(core::describe_position(text, 0) == "line 1, column 1");
  CHECK(core::describe_position(text, text.find('x')) == "line 3, column 8");
  CHECK(core::describe_position(text, 10000) == "line 4, column 2");  // clamped to the end
}

TEST_CASE("a JSON key is found where it is a key, not where the same word is a value") {
  const std::string text = "{\"note\": \"mode\",\n \"mode\" : \"x\"}";
  CHECK(core::describe_json_key(text, "mode") == "line 2, column 2");
  CHECK(core::describe_json_key(text, "absent").empty());
}

TEST_CASE("long values are cut before they are echoed") {
  CHECK(core::shortened("short") == "short");
  const std::string cut = core::shortened(std::string(1000, 'a'), 10);
  CHECK(cut == std::string(10, 'a') + "… (1000 bytes)");
}

TEST_CASE("a JSON key path finds the key of that object, not one of the same name elsewhere") {
  const std::string text =
      "{\"reference\": {\"hamstrings\": 1, \"deep\": {\"x\": [1, {\"y\": 2}]}},\n"
      " \"note\": \"{\\\"hamstrings\\\": 3}\",\n"
      " \"inputs\": {\n   \"hamstrings\": 400}}";
  CHECK(core::describe_json_path(text, {"inputs", "hamstrings"}) == "line 4, column 4");
  CHECK(core::describe_json_path(text, {"reference", "hamstrings"}) == "line 1, column 16");
  CHECK(core::describe_json_path(text, {"inputs"}) == "line 3, column 2");
  CHECK(core::describe_json_path(text, {"reference", "deep", "x"}) == "line 1, column 42");
  // Not there: a key of a deeper object, a path through a scalar, a key inside an array.
  CHECK(core::describe_json_path(text, {"hamstrings"}).empty());
  CHECK(core::describe_json_path(text, {"note", "hamstrings"}).empty());
  CHECK(core::describe_json_path(text, {"reference", "deep", "y"}).empty());
  // Deep nesting costs no recursion.
  const std::string nested = std::string(200000, '[') + std::string(200000, ']');
  CHECK(core::describe_json_path(nested, {"a"}).empty());
}
