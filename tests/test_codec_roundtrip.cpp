// SPDX-License-Identifier: Apache-2.0
// decode -> encode -> decode keeps everything, and canonical output is stable.
#include "support.hpp"

#include <doctest/doctest.h>

using storydata::decode;
using storydata::encode;

TEST_CASE("x- fields survive a round trip, on every kind of object") {
  const std::string text = test::minimal_story(R"(
    "x-cms": {"id": 42, "tags": ["a", "b"], "nested": {"z": null, "a": 1.5}},
    "x-flag": true,
    "actors": [{"id": "a", "kind": "person", "name": "A", "x-desk": "politics",
                "mentions": [{"paragraph": 0, "start": 0, "end": 1, "x-note": "first"}]}],
    "events": [{"id": "e", "kind": "leak", "summary": "S", "x-score": -3,
                "attribution": {"certainty": "reported", "x-rater": "desk"},
                "time": {"start": "2014", "x-source-date": "2014-01-02"}}])");
  const auto first = decode(text);
  REQUIRE(first.diagnostics.empty());
  CHECK(first.story.extensions.values.at("x-cms") ==
        R"({"id":42,"nested":{"a":1.5,"z":null},"tags":["a","b"]})");
  CHECK(first.story.extensions.values.at("x-flag") == "true");
  CHECK(first.story.actors[0].extensions.values.at("x-desk") == "\"politics\"");
  CHECK(first.story.actors[0].mentions[0].extensions.values.at("x-note") == "\"first\"");
  CHECK(first.story.events[0].attribution.extensions.values.at("x-rater") == "\"desk\"");
  CHECK(first.story.events[0].time->extensions.values.at("x-source-date") == "\"2014-01-02\"");

  const auto second = decode(encode(first.story));
  CHECK(second.diagnostics.empty());
  CHECK(second.story == first.story);
}

TEST_CASE("canonical output: declaration order, defaults left out, x- fields last") {
  const auto result = decode(R"({"x-z": 1, "article": {"body": [], "headline": "H"},
    "id": "s", "storydata": "1.0", "actors": [], "x-a": 2})");
  REQUIRE(result.ok());
  CHECK(encode(result.story) == R"({
  "storydata": "1.0",
  "id": "s",
  "article": {
    "headline": "H"
  },
  "x-a": 2,
  "x-z": 1
}
)");
}

TEST_CASE("encoding is stable: encode(decode(encode(s))) == encode(s)") {
  const auto result = decode(test::read_file(test::example_story));
  REQUIRE(result.ok());
  const std::string once = encode(result.story);
  const std::string twice = encode(decode(once).story);
  CHECK(once == twice);
}

TEST_CASE("a story built in C++ encodes and decodes back equal") {
  using namespace storydata;
  Story story;
  story.id = Id{"built"};
  story.article.headline = "Built in code";
  story.article.body = {"Seoul said so."};
  story.actors.push_back(Actor{.id = Id{"seoul"},
                               .kind = ActorKind::government,
                               .name = "South Korean government",
                               .aliases = {"Seoul"},
                               .identifiers = {{"wikidata", "Q884"}},
                               .mentions = {Mention{.paragraph = 0, .start = 0, .end = 5}}});
  story.events.push_back(Event{.id = Id{"said"},
                               .kind = EventKind::statement,
                               .summary = "Seoul said so",
                               .participants = {{.actor = {"seoul"}, .role = Role::speaker}},
                               .time = VagueTime{.start = PartialDate::parse("2015-01")},
                               .attribution = {.certainty = Certainty::stated}});
  story.extensions.values["x-origin"] = R"({"tool":"test"})";
  const auto result = decode(encode(story));
  CHECK(result.diagnostics.empty());
  CHECK(result.story == story);
}

TEST_CASE("extension text that is not JSON is written as a string, not lost") {
  storydata::Story story;
  story.id = storydata::Id{"s"};
  story.article.headline = "H";
  story.extensions.values["x-raw"] = "not json {";
  const auto result = decode(encode(story));
  CHECK(result.ok());
  CHECK(result.story.extensions.values.at("x-raw") == "\"not json {\"");
}

TEST_CASE("quantities: whole numbers are written as integers, others exactly") {
  using namespace storydata;
  Story story;
  story.id = Id{"numbers"};
  story.article.headline = "Numbers";
  for (const double value : {381.0, 6.1, 51.45, -0.5, 1e21, 9007199254740993.0, 0.1 + 0.2})
    story.quantities.push_back(
        Quantity{.id = Id{"q" + std::to_string(story.quantities.size())}, .value = value});
  const auto text = encode(story);
  CHECK(text.find("\"value\": 381,") != std::string::npos);
  CHECK(text.find("\"value\": 6.1,") != std::string::npos);
  const auto decoded = decode(text);
  REQUIRE(decoded.ok());
  CHECK(decoded.story == story); // every double read back bit for bit
}

TEST_CASE("$schema, for editors, is kept first through a round trip and is not story data") {
  const std::string text =
      R"({"storydata": "1.1", "id": "s", "article": {"headline": "H"}, "$schema": "../story.schema.json"})";
  const auto first = decode(text);
  REQUIRE(first.diagnostics.empty());
  CHECK(first.story.schema_uri == "../story.schema.json");
  const std::string canonical = encode(first.story);
  CHECK(canonical.starts_with("{\n  \"$schema\": \"../story.schema.json\",\n  \"storydata\""));
  CHECK(decode(canonical).story == first.story);
  // Exporters have no place for it, and need none: it is not reported as lost.
  for (const auto& format : storydata::formats())
    if (format.can_export)
      for (const auto& d : storydata::export_story(first.story, format.format).diagnostics)
        CHECK(d.pointer != "/$schema");
  CHECK(test::summary(decode(test::minimal_story(R"("$schema": 1)")).diagnostics)
            .starts_with("SD010 /$schema"));
}
