// SPDX-License-Identifier: Apache-2.0
// Input nobody should send, and some will: the decoder reports it and never crashes.
#include "support.hpp"

#include <doctest/doctest.h>

using storydata::decode;

namespace {

std::string first_code(const storydata::DecodeResult& result) {
  return result.diagnostics.empty() ? "" : result.diagnostics.front().code;
}

std::string last_code(const storydata::DecodeResult& result) {
  return result.diagnostics.empty() ? "" : result.diagnostics.back().code;
}

} // namespace

TEST_CASE("invalid JSON gets SD001 with the position of the fault") {
  const auto result = decode("{\n  \"storydata\": \"1.0\",\n  \"id\" \"s\"\n}");
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  CHECK(d.code == "SD001");
  CHECK(d.line == 3);
  CHECK(d.column == 8);
  CHECK(d.message.starts_with("invalid JSON: syntax error while parsing object separator"));
}

TEST_CASE("empty, truncated and trailing input") {
  CHECK(first_code(decode("")) == "SD001");
  CHECK(first_code(decode("   \n")) == "SD001");
  CHECK(first_code(decode(R"({"storydata": "1.0", "id": )")) == "SD001");
  CHECK(first_code(decode(test::minimal_story() + " {}")) == "SD001");
  CHECK(first_code(decode(test::minimal_story() + ",")) == "SD001");
}

TEST_CASE("not a story at all") {
  CHECK(test::summary(decode("[]").diagnostics) == "SD010  1:1 expected an object, got an array\n");
  CHECK(test::summary(decode("42").diagnostics) == "SD010  1:1 expected an object, got a number\n");
  CHECK(test::summary(decode("\"story\"").diagnostics) ==
        "SD010  1:1 expected an object, got a string\n");
}

TEST_CASE("invalid UTF-8 in strings and outside them") {
  for (const std::string bad :
       {"\xC3\x28", "\xA0\xA1", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\xE2\x82"}) {
    const auto result = decode(test::minimal_story("\"x-note\": \"" + bad + "\""));
    CHECK(first_code(result) == "SD001");
  }
  CHECK(first_code(decode("\xFF\xFE{}")) == "SD001");
}

TEST_CASE("a UTF-8 byte order mark is accepted and takes no column") {
  const auto result = decode("\xEF\xBB\xBF" + test::minimal_story("\"id\": 1"));
  CHECK(first_code(result) == "SD004");
  const auto clean = decode("\xEF\xBB\xBF" + test::minimal_story());
  CHECK(clean.ok());
}

TEST_CASE("lone surrogates in escapes are invalid JSON") {
  CHECK(first_code(decode(test::minimal_story(R"("x-a": "\ud800")"))) == "SD001");
  CHECK(decode(test::minimal_story(R"("x-a": "\ud83c\uddf0")")).ok());
}

TEST_CASE("NaN, Infinity and comments are not JSON") {
  CHECK(first_code(decode(test::minimal_story(R"("x-a": NaN)"))) == "SD001");
  CHECK(first_code(decode(test::minimal_story(R"("x-a": Infinity)"))) == "SD001");
  CHECK(first_code(decode(test::minimal_story(R"("x-a": 1 /* c */)"))) == "SD001");
}

TEST_CASE("numbers too large for a double are out of range") {
  const auto result = decode(test::minimal_story(R"("x-a": 1e999)"));
  CHECK(first_code(result) == "SD015");
  const auto huge = decode(test::minimal_story("\"x-a\": 1" + std::string(400, '0')));
  CHECK(first_code(huge) == "SD015");
  // A huge integer that still fits a double is kept (as a double), like JSON.parse does.
  CHECK(decode(test::minimal_story(R"("x-a": 123456789012345678901234567890)")).ok());
}

TEST_CASE("deep nesting is refused before it can exhaust the stack") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const auto result = decode(test::minimal_story("\"x-deep\": " + deep));
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "SD003");
  CHECK(result.diagnostics[0].pointer == "/x-deep");
  // Also when the nesting is in a place the model does not expect, or at the root.
  CHECK(last_code(decode(std::string(5000, '['))) == "SD003");
  CHECK(last_code(decode(test::minimal_story("\"actors\": " + deep))) == "SD003");
}

TEST_CASE("nesting within the limit is fine") {
  const std::string nested = std::string(100, '[') + std::string(100, ']');
  CHECK(decode(test::minimal_story("\"x-nested\": " + nested)).ok());
}

TEST_CASE("documents over the size limit are refused unread") {
  const auto result = decode(test::minimal_story(), storydata::DecodeOptions{.max_bytes = 10});
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].code == "SD002");
}

TEST_CASE("duplicate keys are errors wherever they are") {
  CHECK(test::summary(
            decode(R"({"storydata": "1.0", "id": "s", "id": "t", "article": {"headline": "H"}})")
                .diagnostics) == "SD004 /id 1:33 duplicate key \"id\"\n");
  CHECK(first_code(decode(test::minimal_story(R"("x-a": 1, "x-a": 2)"))) == "SD004");
  CHECK(first_code(decode(test::minimal_story(R"("x-a": {"k": 1, "k": 2})"))) == "SD004");
  CHECK(
      first_code(decode(test::minimal_story(
          R"("actors": [{"id": "a", "kind": "person", "name": "A", "identifiers": {"w": "1", "w": "2"}}])"))) ==
      "SD004");
}

TEST_CASE("binary garbage never crashes the decoder") {
  // A deterministic pseudo-random walk over bytes and JSON fragments.
  const std::vector<std::string> pieces{"{",
                                        "}",
                                        "[",
                                        "]",
                                        ",",
                                        ":",
                                        "\"",
                                        "\\u",
                                        "1e",
                                        "-",
                                        "0",
                                        "true",
                                        "null",
                                        "\"id\"",
                                        "\"actors\"",
                                        "\xF0",
                                        "\x00",
                                        " ",
                                        "\"storydata\":\"1.0\"",
                                        "\"x-"};
  std::uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(state % 40);
    for (int i = 0; i < length; ++i) {
      state = state * 1664525u + 1013904223u;
      text += pieces[(state >> 16) % pieces.size()];
    }
    const auto result = decode(text);
    CHECK((result.ok() || !result.diagnostics.empty()));
  }
}
