// SPDX-License-Identifier: Apache-2.0
// Structural problems: each gets a stable code, a JSON Pointer, line:column and a hint.
#include "support.hpp"

#include <doctest/doctest.h>

using storydata::decode;

TEST_CASE("a minimal story decodes cleanly") {
  const auto result = decode(test::minimal_story());
  CHECK(result.ok());
  CHECK(result.diagnostics.empty());
  CHECK(result.story.id.value == "s");
  CHECK(result.story.article.headline == "H");
}

TEST_CASE("wrong types, with pointer and line:column of the value") {
  const std::string text = "{\n  \"storydata\": \"1.0\",\n  \"id\": 7,\n  \"article\": []\n}";
  const auto result = decode(text);
  CHECK(test::summary(result.diagnostics) ==
        "SD010 /id 3:9 expected a string, got a number\n"
        "SD010 /article 4:14 expected an object, got an array\n");
}

TEST_CASE("missing required fields point at the object that lacks them") {
  const auto result = decode(test::minimal_story(R"("actors": [{"id": "a", "name": "A"}])"));
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  CHECK(d.code == "SD011");
  CHECK(d.pointer == "/actors/0");
  CHECK(d.message == "missing required field \"kind\"");
  CHECK(d.line == 1);
  CHECK(d.column == 74);
}

TEST_CASE("unknown fields are errors with a did-you-mean hint") {
  const auto result =
      decode(test::minimal_story(R"("actors": [{"id": "a", "kind": "person", "nmae": "A"}])"));
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].code == "SD012");
  CHECK(result.diagnostics[0].pointer == "/actors/0/nmae");
  CHECK(result.diagnostics[0].hint == "did you mean `name`?");
  CHECK(result.diagnostics[1].message == "missing required field \"name\"");
}

TEST_CASE("an unknown field with no near match suggests an x- prefix") {
  const auto result = decode(test::minimal_story(R"("cms_id": 42)"));
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].hint == "fields of your own must start with \"x-\"");
}

TEST_CASE("unknown enum values list the allowed ones and suggest the nearest") {
  const auto result =
      decode(test::minimal_story(R"("actors": [{"id": "a", "kind": "persn", "name": "A"}])"));
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  CHECK(d.code == "SD013");
  CHECK(d.pointer == "/actors/0/kind");
  CHECK(d.message.starts_with("unknown value \"persn\"; expected one of: person, organization,"));
  CHECK(d.hint == "did you mean `person`?");
}

TEST_CASE("malformed dates and ids") {
  const auto result = decode(test::minimal_story(
      R"("events": [{"id": "bad id", "kind": "leak", "summary": "S",
                     "attribution": {"certainty": "stated"}, "time": {"start": "2015-02-29"}}])"));
  CHECK(test::summary(result.diagnostics) ==
        "SD014 /events/0/id 1:81 invalid value \"bad id\": expected an id (letters, digits, "
        "'.', '_', ':', '-')\n"
        "SD014 /events/0/time/start 2:80 invalid value \"2015-02-29\": expected a date: YYYY, "
        "YYYY-MM or YYYY-MM-DD\n");
}

TEST_CASE("integers out of range and fractions") {
  const auto result = decode(test::minimal_story(
      R"("actors": [{"id": "a", "kind": "person", "name": "A", "mentions": [
           {"paragraph": -1, "start": 4294967296, "end": 2.5}]}])"));
  CHECK(test::summary(result.diagnostics) ==
        "SD015 /actors/0/mentions/0/paragraph 2:26 number out of range: expected an integer "
        "from 0 to 4294967295\n"
        "SD015 /actors/0/mentions/0/start 2:39 number out of range: expected an integer from 0 "
        "to 4294967295\n"
        "SD010 /actors/0/mentions/0/end 2:58 expected an integer, got a number\n");
}

TEST_CASE("integral floats are integers, as in JSON Schema") {
  const auto result = decode(test::minimal_story(
      R"("actors": [{"id": "a", "kind": "person", "name": "A", "mentions": [
           {"paragraph": 0, "start": 1.0, "end": 2e0}]}])"));
  CHECK(result.diagnostics.empty());
  CHECK(result.story.actors[0].mentions[0].end == 2);
}

TEST_CASE("JSON Pointer escapes ~ and / in keys") {
  const auto result = decode(test::minimal_story(R"("actors": [{"id": "a", "kind": "person",
    "name": "A", "identifiers": {"a/b~c": 1}}])"));
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].pointer == "/actors/0/identifiers/a~1b~0c");
}

TEST_CASE("null is a wrong type, not an absent value") {
  const auto result = decode(test::minimal_story(R"("actors": null)"));
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message == "expected an array, got null");
}

TEST_CASE("an unsupported schema version is the only diagnostic") {
  const auto result = decode(R"({"storydata": "2.0", "id": 5, "article": {}, "nonsense": []})");
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  CHECK(d.code == "SD020");
  CHECK(d.pointer == "/storydata");
  CHECK(d.message ==
        "unsupported schema version \"2.0\": expected a schema version this SDK reads: 1.x");
  CHECK(d.line == 1);
  CHECK(d.column == 15);
}

TEST_CASE("newer minor versions decode") {
  CHECK(decode(R"({"storydata": "1.7", "id": "s", "article": {"headline": "H"}})").ok());
}

TEST_CASE("columns count code points, not bytes") {
  const auto result = decode("{\"storydata\": \"1.0\", \"id\": \"s\", \"article\": {\"headline\": "
                             "\"서울 🇰🇷\", \"standfirst\": 1}}");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].column == 80);
}

TEST_CASE("diagnostics stop at the configured cap") {
  std::string actors;
  for (int i = 0; i < 50; ++i)
    actors += std::string(i ? "," : "") + "{\"id\": 1}";
  const auto result = decode(test::minimal_story("\"actors\": [" + actors + "]"),
                             storydata::DecodeOptions{.max_diagnostics = 10});
  REQUIRE(result.diagnostics.size() == 11);
  CHECK(result.diagnostics.back().code == "SD009");
}
