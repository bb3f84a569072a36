// SPDX-License-Identifier: Apache-2.0
// The query language: every form on the example story, errors with their columns, and the JSON
// form of results (the same bytes natively and in WebAssembly, as this suite runs in both).
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <sstream>

using namespace storydata;

namespace {

// The ids (actor ids for steps, source ids for provenance) of a successful query's rows.
std::vector<std::string> run(const Corpus& corpus, std::string_view text) {
  const auto result = query(corpus, text);
  REQUIRE_MESSAGE(result.ok(), text << ": " << result.error->message);
  std::vector<std::string> ids;
  for (const auto& row : result.rows)
    ids.push_back(std::visit(
        [](const auto& r) -> std::string {
          using R = std::decay_t<decltype(r)>;
          if constexpr (std::is_same_v<R, TimelineEntry>)
            return r.event->id.value;
          else if constexpr (std::is_same_v<R, Step>)
            return r.actor->id.value;
          else if constexpr (std::is_same_v<R, ProvenanceRow>)
            return r.step.source ? r.step.source->id.value : "article";
          else
            return r->id.value;
        },
        row));
  return ids;
}

QueryError error(const Corpus& corpus, std::string_view text) {
  const auto result = query(corpus, text);
  REQUIRE_MESSAGE(!result.ok(), text);
  return *result.error;
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("events by participant and role; names resolve through aliases") {
  const Corpus corpus(test::example());
  CHECK(run(corpus, "events where agent = south-korea and target = us") ==
        strings{"sk-espionage-on-us"});
  // Who spies on the US, in any form: espionage and intrusions.
  CHECK(run(corpus, "events where target = 'United States' and kind in (espionage, intrusion)") ==
        strings{"sk-espionage-on-us", "china-intrusion", "russia-intrusion", "iran-intrusion",
                "other-countries-intrusion"});
  CHECK(run(corpus, "events where agent = NSA") ==
        strings{"nsa-discovers-sk-espionage", "nsa-espionage-on-sk"});
  CHECK(run(corpus, "EVENTS WHERE Accused = pyongyang") == strings{"us-blames-north-korea"});
  CHECK(run(corpus, "events where actor = sony-pictures and agent != sony-pictures") ==
        strings{"sony-cyberattack", "sony-data-exposure", "us-investigation"});
}

TEST_CASE("what the NSA did and why; what let the US into North Korea's networks") {
  const Corpus corpus(test::example());
  CHECK(run(corpus, "events where agent = nsa and responds_to = sk-espionage-on-us") ==
        strings{"nsa-espionage-on-sk"});
  CHECK(run(corpus, "events where enables = us-intrusion-north-korea") ==
        strings{"sk-espionage-on-nk"});
  CHECK(run(corpus, "events where agent = us and target = north-korea and kind = intrusion") ==
        strings{"us-intrusion-north-korea"});
}

TEST_CASE("kinds, times, certainty, order and limit") {
  const Corpus corpus(test::example());
  CHECK(
      run(corpus, "events where kind in (espionage, cyberattack) and time >= 2010 order by time") ==
      strings{"sony-cyberattack"});
  CHECK(run(corpus, "events where time >= 2010 order by time") ==
        strings{"us-intrusion-north-korea", "snowden-leak", "sony-cyberattack",
                "us-blames-north-korea", "der-spiegel-publication"});
  CHECK(run(corpus, "events where time = 2014") ==
        strings{"us-intrusion-north-korea", "sony-cyberattack", "us-blames-north-korea"});
  CHECK(run(corpus, "events where time < 2014") ==
        strings{"us-intrusion-north-korea", "snowden-leak"});
  CHECK(run(corpus, "events where time > 2014-12-19") ==
        strings{"us-intrusion-north-korea", "der-spiegel-publication"});
  CHECK(run(corpus, "events where time between 2013 and 2014-11") ==
        strings{"us-intrusion-north-korea", "snowden-leak", "sony-cyberattack"});
  CHECK(run(corpus, "events where certainty >= reported and kind = espionage") ==
        strings{"sk-espionage-on-us", "nsa-espionage-on-sk", "sk-espionage-on-nk"});
  CHECK(run(corpus, "events where certainty < believed") ==
        strings{"iran-intrusion", "sony-cyberattack"});
  CHECK(run(corpus, "events where certainty between believed and reported and kind = intrusion") ==
        strings{"us-intrusion-north-korea", "china-intrusion", "russia-intrusion"});
  CHECK(run(corpus, "events where status = averted") == strings{"the-interview-cancellation"});
  CHECK(run(corpus, "events where kind = intrusion order by certainty desc limit 2") ==
        strings{"other-countries-intrusion", "us-intrusion-north-korea"});
  CHECK(run(corpus, "events limit 0").empty());
}

TEST_CASE("actors, claims and relations") {
  const Corpus corpus(test::example());
  CHECK(run(corpus, "actors where kind = agency") == strings{"nsa"});
  CHECK(run(corpus, "actors where name = 'séoul'") == strings{"south-korea"});
  CHECK(run(corpus, "actors where kind in (document, creative_work) order by id desc") ==
        strings{"the-interview", "spiegel-document-series", "snowden-cache", "nsa-document"});
  CHECK(run(corpus, "claims where speaker = nsa-employee") ==
        strings{"employee-not-interested", "employee-things-changed", "employee-sk-resources",
                "employee-some-inroads"});
  CHECK(run(corpus, "claims where speaker = 'Michael Rogers' and certainty = stated") ==
        strings{"rogers-countries-on-us-networks"});
  CHECK(run(corpus, "relations where kind = adversary and actor = north-korea") ==
        strings{"us-north-korea-adversaries", "south-korea-north-korea-adversaries"});
  CHECK(run(corpus, "relations where subject = kim-jong-un") == strings{"kim-leads-north-korea"});
}

TEST_CASE("the timeline, paths, neighbours and provenance") {
  const Corpus corpus(test::example());
  CHECK(run(corpus, "timeline where actor = north-korea and time between 2010 and 2015") ==
        strings{"us-intrusion-north-korea", "sony-cyberattack", "us-blames-north-korea"});
  CHECK(run(corpus, "timeline where time = 2014") ==
        strings{"us-intrusion-north-korea", "sony-cyberattack", "us-blames-north-korea"});
  CHECK(run(corpus, "path from south-korea to sony-pictures") ==
        strings{"south-korea", "north-korea", "sony-pictures"});
  CHECK(run(corpus, "path from 'Sony Pictures' to Seoul") ==
        strings{"sony-pictures", "the-interview", "kim-jong-un", "north-korea", "south-korea"});
  CHECK(run(corpus, "path from us-house to nsa").empty());
  CHECK(run(corpus, "neighbours of nsa") == strings{"south-korea", "south-korea", "michael-rogers",
                                                    "us-government", "nsa-employee",
                                                    "nsa-document"});
  CHECK(run(corpus, "neighbors of germany").empty());
  CHECK(run(corpus, "provenance of nsa-document") == strings{"article", "der-spiegel-publication",
                                                             "snowden-cache", "nsa-document",
                                                             "article", "nsa-document"});
  CHECK(run(corpus, "provenance of house-hearing").empty());
}

TEST_CASE("malformed queries: the message and the column") {
  const Corpus corpus(test::example());
  CHECK(error(corpus, "events where agnt = south-korea") ==
        QueryError{"unknown field \"agnt\" for events; did you mean \"agent\"?", 14});
  CHECK(error(corpus, "evnts") ==
        QueryError{"expected one of events, actors, claims, relations, quantities, timeline, "
                   "path, neighbours, neighbors, provenance, found \"evnts\"; did you mean "
                   "\"events\"?",
                   1});
  CHECK(error(corpus, "events where kind = espionnage") ==
        QueryError{"unknown event kind \"espionnage\"; did you mean \"espionage\"?", 21});
  CHECK(error(corpus, "events where agent = nobody").column == 22);
  CHECK(error(corpus, "events where agent = south-koera").message ==
        "no actor has the id or name \"south-koera\"; did you mean \"south-korea\"?");
  CHECK(error(corpus, "events where kind >= espionage") ==
        QueryError{"operator \">=\" does not apply to \"kind\"; use =, != or in (only time, "
                   "certainty and value are ordered)",
                   19});
  CHECK(error(corpus, "events where time >= 20100") ==
        QueryError{"expected a date: YYYY, YYYY-MM or YYYY-MM-DD, found \"20100\"", 22});
  CHECK(error(corpus, "events where kind in (espionage, ") ==
        QueryError{"expected a value, found the end of the query", 34});
  CHECK(error(corpus, "events where kind in espionage") ==
        QueryError{"expected \"(\", found \"espionage\"", 22});
  CHECK(error(corpus, "events where agent = 'nsa") ==
        QueryError{"unterminated string: no closing '", 22});
  CHECK(error(corpus, "events where agent = nsa or agent = us") ==
        QueryError{"expected \"and\", \"order by\" or \"limit\", found \"or\"", 26});
  CHECK(error(corpus, "events order by agent") ==
        QueryError{
            "cannot order by \"agent\"; order by time, certainty, value, kind, id, name or story",
            17});
  CHECK(error(corpus, "events limit -1") ==
        QueryError{"expected a whole number, found \"-1\"", 14});
  CHECK(error(corpus, "path from nsa") ==
        QueryError{"expected \"to\", found the end of the query", 14});
  CHECK(error(corpus, "events where agent = nsa; drop") ==
        QueryError{"unexpected character ';'", 25});
  // Columns count code points, not bytes.
  CHECK(error(corpus, "actors where name = 'Séoul' and nme = x").column == 33);
  CHECK(error(corpus, "provenance of nsa-documnt").message ==
        "no event, claim, relation or source has the id \"nsa-documnt\"; did you mean "
        "\"nsa-document\"?");
  CHECK(error(corpus, "").message ==
        "expected one of events, actors, claims, relations, quantities, timeline, path, "
        "neighbours, neighbors, provenance, found the end of the query");
}

TEST_CASE("strings hold any value: a backslash escapes a quote or a backslash") {
  const Corpus corpus(test::example());
  CHECK(run(corpus, R"(actors where name = "Sony Pictures")") ==
        run(corpus, R"(actors where name = 'Sony Pictures')"));
  // The escaped value is what the query compares: here, names no actor has.
  CHECK(error(corpus, R"(events where agent = 'Sony\'s')").message ==
        "no actor has the id or name \"Sony's\"");
  CHECK(error(corpus, R"(events where agent = "say \"no\"")").message ==
        R"(no actor has the id or name "say \"no\"")");
  CHECK(error(corpus, R"(events where agent = 'back\\slash')").message ==
        R"(no actor has the id or name "back\\slash")");
  CHECK(error(corpus, R"(actors where name = 'a\nb')") ==
        QueryError{R"(unknown escape in a string: write \\ for a backslash, \" or \' for a quote)",
                   23});
  CHECK(error(corpus, R"(actors where name = 'open\')") ==
        QueryError{"unterminated string: no closing '", 21});
}

TEST_CASE("results as JSON, byte for byte") {
  const Corpus corpus(test::example());
  CHECK(
      to_json(query(corpus, "actors where kind = agency")) ==
      R"({"form":"actors","count":1,"rows":[{"type":"actor","story":"south-korea-cyber-spying","id":"nsa","kind":"agency","name":"National Security Agency"}]})");
  CHECK(
      to_json(query(corpus, "events where agnt = x")) ==
      R"({"error":{"message":"unknown field \"agnt\" for events; did you mean \"agent\"?","column":14}})");
  CHECK(
      to_json(query(corpus, "timeline where time = 2014-12")) ==
      R"({"form":"timeline","count":2,"rows":[)"
      R"({"type":"timeline","story":"south-korea-cyber-spying","id":"us-intrusion-north-korea","kind":"intrusion","time":"as far back as 2010","first":"2010-01-01","last":null,"approximate":false,"summary":"The U.S. hacked into North Korea's networks to spy on the regime, making inroads with the help of South Korea's spying; Seoul profited from this oversight of Pyongyang."},)"
      R"({"type":"timeline","story":"south-korea-cyber-spying","id":"us-blames-north-korea","kind":"attribution","time":"2014-12-19","first":"2014-12-19","last":"2014-12-19","approximate":false,"summary":"The U.S. government blamed Pyongyang for ordering the attack on Sony, calling it retaliation for \"The Interview\"."}]})");
  CHECK(
      to_json(query(corpus, "path from south-korea to sony-pictures")) ==
      R"({"form":"path","count":3,"rows":[)"
      R"({"type":"step","story":"south-korea-cyber-spying","actor":"south-korea","name":"South Korea","via":null,"edge":null,"role":null,"direction":null,"certainty":null},)"
      R"({"type":"step","story":"south-korea-cyber-spying","actor":"north-korea","name":"North Korea","via":"us-sk-partnership","edge":"cooperation","role":"target","direction":"out","certainty":"stated"},)"
      R"({"type":"step","story":"south-korea-cyber-spying","actor":"sony-pictures","name":"Sony Pictures","via":"sony-cyberattack","edge":"cyberattack","role":"target","direction":"out","certainty":"alleged"}]})");
  // Invalid UTF-8 in a query is replaced, not a crash.
  CHECK(to_json(query(corpus, "events where \xff = x"))
            .find("\"unknown field \\\"\xEF\xBF\xBD\\\"") != std::string::npos);
}

TEST_CASE("a query over two stories that share an actor by Wikidata QID") {
  const std::vector<Story> stories{decode(test::minimal_story(R"("actors": [
        {"id": "rok", "kind": "country", "name": "Republic of Korea", "identifiers": {"wikidata": "Q884"}},
        {"id": "dprk", "kind": "country", "name": "DPRK", "identifiers": {"wikidata": "Q423"}}],
      "events": [{"id": "summit", "kind": "meeting", "time": {"start": "2014-06"},
        "participants": [{"actor": "rok", "role": "agent"}, {"actor": "dprk", "role": "target"}],
        "attribution": {"certainty": "stated"}}])"))
                                       .story,
                                   test::example()};
  const Corpus corpus(stories);
  const auto result = query(corpus, "events where agent = south-korea and time = 2014");
  REQUIRE(result.ok());
  REQUIRE(result.rows.size() == 1);
  CHECK(std::get<Found<Event>>(result.rows[0]).story == 0);
  CHECK(run(corpus, "events where agent = 'Republic of Korea' and target = north-korea") ==
        strings{"summit", "us-sk-partnership", "sk-espionage-on-nk"});
  CHECK(run(corpus, "timeline where actor = pyongyang and time = 2014") ==
        strings{"us-intrusion-north-korea", "summit", "sony-cyberattack", "us-blames-north-korea"});
  CHECK(run(corpus, "actors where story = s") == strings{"rok", "dprk"});
  CHECK(run(corpus, "path from dprk to sony-pictures") == strings{"dprk", "sony-pictures"});
}

// tests/fixtures/queries/example.queries holds one query per line and example.expected the JSON
// of each result, one per line; the WebAssembly package's tests compare against the same file.
// Set STORYDATA_UPDATE_GOLDEN=1 to rewrite it after a deliberate change, then review the diff.
TEST_CASE("every query of the golden file gives its JSON, byte for byte") {
  const Corpus corpus(test::example());
  std::istringstream queries(test::read_file("tests/fixtures/queries/example.queries"));
  std::string actual;
  for (std::string line; std::getline(queries, line);)
    actual += to_json(query(corpus, line)) + "\n";
  CHECK(std::count(actual.begin(), actual.end(), '\n') >= 18);
  test::check_golden(actual, "tests/fixtures/queries/example.expected");
}

TEST_CASE("place: an event's place and locations, and every place they lie within") {
  const auto decoded = decode(R"({"storydata": "1.1", "id": "places",
    "article": {"headline": "Quake and flood", "body": ["A quake shook Kunming; Yunnan flooded."]},
    "actors": [
      {"id": "china", "kind": "country", "name": "China"},
      {"id": "yunnan", "kind": "location", "name": "Yunnan", "within": "china"},
      {"id": "kunming", "kind": "location", "name": "Kunming", "within": "yunnan"}],
    "events": [
      {"id": "quake", "kind": "earthquake", "summary": "A quake shakes Kunming.",
       "place": "kunming", "attribution": {"certainty": "stated"}},
      {"id": "flood", "kind": "flood", "summary": "Yunnan floods.",
       "participants": [{"actor": "yunnan", "role": "location"}],
       "attribution": {"certainty": "stated"}},
      {"id": "elsewhere", "kind": "storm", "summary": "A storm, somewhere.",
       "attribution": {"certainty": "stated"}}]})");
  REQUIRE(decoded.ok());
  const Corpus corpus(decoded.story);
  CHECK(run(corpus, "events where place = china") == strings{"quake", "flood"});
  CHECK(run(corpus, "events where place = Yunnan") == strings{"quake", "flood"});
  CHECK(run(corpus, "events where place = kunming") == strings{"quake"});
  CHECK(run(corpus, "timeline where place != kunming") == strings{});
  CHECK(run(corpus, "events where place != kunming") == strings{"flood", "elsewhere"});
  CHECK(error(corpus, "events where place = atlantis").message.starts_with("no actor has"));
}

TEST_CASE("quantities: by measure, event, source and value, numbers compared as numbers") {
  const auto story =
      decode(test::read_file("tests/fixtures/valid/lenmoor-earthquake.story.json")).story;
  const Corpus corpus(story);
  CHECK(run(corpus, "quantities where measure = deaths") ==
        strings{"toll-first", "toll-office", "toll-red-crescent"});
  // Two sources' tolls for one quake, the higher first; 9 < 41 as numbers, not as text.
  CHECK(run(corpus, "quantities where event = quake and value >= 9 and certainty = reported "
                    "order by value desc") == strings{"toll-red-crescent", "toll-office"});
  CHECK(run(corpus, "quantities where value between 6 and 6.5") == strings{"magnitude"});
  CHECK(run(corpus, "quantities where measure in (displaced, magnitude) and value != 6.1") ==
        strings{"evacuated"});
  CHECK(error(corpus, "quantities where value > many") ==
        QueryError{"expected a number, found \"many\"", 26});
  CHECK(error(corpus, "quantities where measure = death").message ==
        "unknown measure \"death\"; did you mean \"deaths\"?");
  CHECK(to_json(query(corpus, "quantities where id = magnitude")) ==
        R"({"form":"quantities","count":1,"rows":[{"type":"quantity","story":"lenmoor-earthquake",)"
        R"("id":"magnitude","measure":"magnitude","value":6.1,"upper":null,"qualifier":null,)"
        R"("unit":null,"event":"quake","of":null,"certainty":"stated"}]})");
}

TEST_CASE("a claim made by several speakers is found by each of them") {
  auto story = decode(test::read_file("tests/fixtures/invalid/SD251-self-link.json")).story;
  story.claims[0].also_by.push_back({"opposition"}); // a joint statement
  const Corpus corpus(story);
  CHECK(run(corpus, "claims where speaker = commission") == strings{"win"});
  CHECK(run(corpus, "claims where speaker = opposition") == strings{"win", "loss"});
}
