// SPDX-License-Identifier: Apache-2.0
// Each model type: described completely, decoded from JSON, and documented.
#include "support.hpp"

#include <boost/mp11.hpp>
#include <doctest/doctest.h>

namespace {

template <class T> void check_documented() {
  constexpr auto doc = storydata::type_doc<T>();
  CHECK_MESSAGE(!doc.doc.empty(), doc.name);
  for (const auto& member : doc.members)
    CHECK_MESSAGE(!member.doc.empty(), member.name);
}

} // namespace

TEST_CASE_TEMPLATE("every described type and member has a description", T, storydata::Story,
                   storydata::Article, storydata::Actor, storydata::Mention, storydata::Event,
                   storydata::Participant, storydata::EventLink, storydata::VagueTime,
                   storydata::Relation, storydata::Claim, storydata::Source, storydata::Derivation,
                   storydata::Attribution, storydata::ActorKind, storydata::EventKind,
                   storydata::Role, storydata::LinkKind, storydata::EventStatus,
                   storydata::RelationKind, storydata::SourceKind, storydata::DerivationKind,
                   storydata::Certainty) {
  check_documented<T>();
}

TEST_CASE("certainty is ordered from least to most certain") {
  using storydata::Certainty;
  CHECK(Certainty::denied < Certainty::disputed);
  CHECK(Certainty::believed < Certainty::reported);
  CHECK(Certainty::reported < Certainty::stated);
}

TEST_CASE("every model type decodes from JSON") {
  const auto result = storydata::decode(R"({
    "storydata": "1.0", "id": "all-types",
    "article": {"headline": "H", "standfirst": "S", "publisher": "outlet", "authors": ["writer"],
                "published": "2015-01-20", "modified": "2015-01-21", "language": "en",
                "section": "Cybersecurity", "url": "https://news.invalid/a", "body": ["P0", "P1"],
                "derived_from": [{"source": "doc", "kind": "reported"}]},
    "actors": [{"id": "writer", "kind": "person", "name": "W", "aliases": ["Dub"],
                "description": "a reporter", "identifiers": {"wikidata": "Q1"},
                "mentions": [{"paragraph": 1, "start": 0, "end": 2, "text": "P1"}]},
               {"id": "outlet", "kind": "media", "name": "O"}],
    "events": [{"id": "e1", "kind": "espionage", "summary": "S", "status": "ongoing",
                "participants": [{"actor": "writer", "role": "agent"}],
                "time": {"start": "2010", "end": "2014-12", "not_before": "2009",
                         "not_after": "2015", "approximate": true, "label": "for years"},
                "place": "outlet", "links": [{"kind": "enables", "event": "e2"}],
                "attribution": {"certainty": "alleged", "according_to": ["doc", "outlet"],
                                "wording": "reportedly"},
                "evidence": [{"paragraph": 0, "start": 0, "end": 2}]},
               {"id": "e2", "kind": "other", "summary": "T", "attribution": {"certainty": "denied"},
                "time": {"start": "2010", "ongoing": true}}],
    "relations": [{"id": "r1", "kind": "employed_by", "subject": "writer", "object": "outlet",
                   "label": "staff writer", "time": {"not_after": "2015"},
                   "attribution": {"certainty": "stated"}}],
    "claims": [{"id": "c1", "speaker": "writer", "text": "It happened.", "quote": true,
                "about_actors": ["outlet"], "about_events": ["e1"], "time": {"start": "2015"},
                "attribution": {"certainty": "reported", "according_to": ["doc"]}}],
    "sources": [{"id": "doc", "kind": "document", "title": "A memo", "actor": "outlet",
                 "authors": ["writer"], "publisher": "outlet", "time": {"start": "2014"},
                 "url": "https://docs.invalid/memo",
                 "derived_from": [{"source": "doc0", "kind": "leaked", "by": "writer",
                                   "time": {"start": "2013"}}]}]
  })");
  CHECK(test::summary(result.diagnostics) == "");
  const auto& s = result.story;
  CHECK(s.article.published->to_string() == "2015-01-20");
  CHECK(s.article.derived_from[0].source.id == "doc");
  CHECK(s.actors[0].identifiers.at("wikidata") == "Q1");
  CHECK(s.events[0].status == storydata::EventStatus::ongoing);
  CHECK(s.events[0].time->approximate);
  CHECK(s.events[0].time->not_after->to_string() == "2015");
  CHECK(s.events[0].place->id == "outlet");
  CHECK(s.events[0].links[0].kind == storydata::LinkKind::enables);
  CHECK(s.events[0].attribution.according_to[1].id == "outlet");
  CHECK(s.events[1].time->ongoing);
  CHECK(s.relations[0].kind == storydata::RelationKind::employed_by);
  CHECK(s.claims[0].quote);
  CHECK(s.claims[0].about_events[0].id == "e1");
  CHECK(s.sources[0].derived_from[0].kind == storydata::DerivationKind::leaked);
  CHECK(s.sources[0].derived_from[0].by->id == "writer");
}

TEST_CASE("a Korean story with accents and emoji keeps its code-point spans") {
  const std::string text = test::read_file("tests/fixtures/valid/korean-unicode.story.json");
  const auto result = storydata::decode(text);
  REQUIRE(test::summary(result.diagnostics) == "");
  const auto& story = result.story;
  CHECK(story.article.language == "ko");
  // "서울" at code points 0-2 of paragraph 0; "Séoul 🇰🇷" further on.
  const auto& seoul = story.actors.at(0);
  REQUIRE(seoul.mentions.size() == 2);
  CHECK(seoul.mentions[0].start == 0);
  CHECK(seoul.mentions[0].end == 2);
  CHECK(*seoul.mentions[1].text == "Séoul");
  CHECK(seoul.mentions[1].start == 20); // byte offset 48: spans count code points
  CHECK(story.actors.at(1).mentions[1].start == 11);
  const auto again = storydata::decode(storydata::encode(story));
  CHECK(again.story == story);
  CHECK(storydata::encode(again.story) == storydata::encode(story));
}

TEST_CASE("slug: a readable id from a name") {
  CHECK(storydata::slug("Ugly Gorilla") == "ugly-gorilla");
  CHECK(storydata::slug("  U.S. Cyber Command (USCYBERCOM) ") == "u-s-cyber-command-uscybercom");
  CHECK(storydata::slug("Séoul 2014") == "s-oul-2014");
  CHECK(storydata::slug("National Security Agency", 12) == "national-sec");
  CHECK(storydata::slug("Very long name", 5) == "very");
  CHECK(storydata::slug("——") == "");
  CHECK(storydata::is_valid_id(storydata::slug("Kim Jong-un's office")));
}

TEST_CASE("a story built in code declares the schema version this SDK writes") {
  using namespace storydata;
  CHECK(SchemaVersion{}.to_string() == schema_version);
  CHECK(encode(Story{}).starts_with("{\n  \"storydata\": \"" + std::string(schema_version) + "\""));
}
