// SPDX-License-Identifier: Apache-2.0
// schema.org JSON-LD: export of the example story with its exact loss report, the @graph's
// nodes and references, and hostile text kept as data.
#include "convert_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace storydata;

namespace {

const nlohmann::json* node(const nlohmann::json& graph, const std::string& id) {
  for (const auto& n : graph)
    if (n["@id"] == id) return &n;
  return nullptr;
}

} // namespace

TEST_CASE("schema.org export: the example story, with every loss reported") {
  const auto result = export_story(test::example(), Format::schema_org);
  REQUIRE(result.ok());
  CHECK(test::loss_report(result.diagnostics) ==
        test::read_file("tests/fixtures/convert/example.schema-org.losses.txt"));
  for (const auto& d : result.diagnostics)
    CHECK(d.severity == Severity::warning);

  const auto document = nlohmann::json::parse(result.text, nullptr, false);
  REQUIRE(document.is_object());
  CHECK(document["@context"]["@vocab"] == "https://schema.org/");
  CHECK(document["@context"]["@base"] == "urn:storydata:south-korea-cyber-spying");
  const auto& graph = document["@graph"];
  // The article, 21 actors, 20 events, 6 claims and 4 sources.
  CHECK(graph.size() == 1 + 21 + 20 + 6 + 4);

  const auto* article = node(graph, "#article");
  REQUIRE(article);
  CHECK((*article)["@type"] == "NewsArticle");
  CHECK((*article)["headline"] == "Ally South Korea boosts cyber spying on US");
  CHECK((*article)["mentions"].size() == 21);
  CHECK((*article)["about"].size() == 20);

  const auto* korea = node(graph, "#actor-south-korea");
  REQUIRE(korea);
  CHECK((*korea)["@type"] == "Country");
  CHECK((*korea)["sameAs"] == "https://www.wikidata.org/wiki/Q884");
  CHECK((*korea)["alternateName"] == nlohmann::json{"Seoul"});
  CHECK((*node(graph, "#actor-nsa"))["memberOf"][0]["@id"] == "#actor-us-government");
  CHECK((*node(graph, "#actor-nsa-document"))["isPartOf"].size() == 2);

  const auto* espionage = node(graph, "#event-sk-espionage-on-us");
  REQUIRE(espionage);
  CHECK((*espionage)["@type"] == "Event");
  CHECK((*espionage)["organizer"][0]["@id"] == "#actor-south-korea");
  CHECK((*espionage)["about"][0]["@id"] == "#actor-united-states");
  CHECK((*node(graph, "#event-sony-cyberattack"))["startDate"] == "2014-11-24");
  CHECK((*node(graph, "#event-rogers-acknowledgement"))["superEvent"][0]["@id"] ==
        "#event-house-hearing");

  const auto* quote = node(graph, "#claim-employee-not-interested");
  REQUIRE(quote);
  CHECK((*quote)["@type"] == nlohmann::json{"Claim", "Quotation"});
  CHECK((*quote)["author"]["@id"] == "#actor-nsa-employee");
  CHECK((*quote)["appearance"]["@id"] == "#article");
  CHECK((*node(graph, "#claim-government-retaliation"))["@type"] == "Claim");
}

TEST_CASE("schema.org export: story text is data, whatever it holds") {
  Story story;
  story.id.value = "hostile";
  story.article.headline = "\"}]<script>\u2028 @context";
  story.article.body = {"a\nb", "c"}; // a line break inside a paragraph cannot come back
  story.article.url = "https://example.org/a?b=\"c\"";
  story.actors.push_back({Id{"x"}, ActorKind::other, "@id", {}, {}, {}, {}, {}});
  const auto result = export_story(story, Format::schema_org);
  const auto document = nlohmann::json::parse(result.text, nullptr, false);
  REQUIRE(document.is_object());
  CHECK(document["@graph"][0]["headline"] == story.article.headline);
  CHECK(document["@context"]["@base"] == "https://example.org/a?b=\"c\"");
  CHECK(document["@graph"][1]["name"] == "@id");
  CHECK(test::loss_report(result.diagnostics) == "SD302 /article/body\n");
}

TEST_CASE("schema.org export: a place within a place is containedInPlace; STIX reports it lost") {
  const auto decoded = decode(R"({"storydata": "1.1", "id": "places",
    "article": {"headline": "H", "body": ["Kunming."]},
    "actors": [{"id": "yunnan", "kind": "location", "name": "Yunnan"},
               {"id": "kunming", "kind": "location", "name": "Kunming", "within": "yunnan"}]})");
  REQUIRE(decoded.ok());
  const auto result = export_story(decoded.story, Format::schema_org);
  REQUIRE(result.ok());
  CHECK(test::loss_report(result.diagnostics).find("/actors/1/within") == std::string::npos);
  const auto graph = nlohmann::json::parse(result.text)["@graph"];
  const auto* kunming = node(graph, "#actor-kunming");
  REQUIRE(kunming);
  CHECK((*kunming)["containedInPlace"] == nlohmann::json{{"@id", "#actor-yunnan"}});
  const auto stix = export_story(decoded.story, Format::stix);
  CHECK(test::loss_report(stix.diagnostics).find("SD301 /actors/1/within") != std::string::npos);
}
