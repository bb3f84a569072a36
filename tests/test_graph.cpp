// SPDX-License-Identifier: Apache-2.0
// The actor network: neighbours, ego networks, paths, centrality, components; and provenance.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace storydata;

namespace {

std::size_t entity(const Corpus& corpus, std::string_view id) {
  return *corpus.entity(0, id);
}

std::string id_of(const Corpus& corpus, std::size_t entity) {
  return corpus.actors_of(entity).front()->id.value;
}

// "source[derivation by]" for each step of each chain, chains separated by " | ".
std::string describe(const std::vector<ProvenanceChain>& chains) {
  std::string out;
  for (const auto& chain : chains) {
    out += out.empty() ? "" : " | ";
    for (std::size_t i = 0; i < chain.size(); ++i) {
      const auto& step = chain[i];
      out += (i ? " " : "") + (step.source ? step.source->id.value : "article");
      if (const Derivation* d = step.derivation)
        out += "[" +
               std::string(type_doc<DerivationKind>().members[static_cast<int>(d->kind)].name) +
               (d->by ? " by " + d->by->id : "") + "]";
    }
  }
  return out;
}

} // namespace

TEST_CASE("edges come from events (doer to the others, by role) and relations") {
  const Corpus corpus(test::example());
  const ActorGraph graph(corpus);
  // us-sk-partnership: two agents, one target; the agents are not linked to each other.
  std::vector<std::string> partnership;
  for (const auto& edge : graph.edges())
    if (edge.event && edge.event->id.value == "us-sk-partnership")
      partnership.push_back(id_of(corpus, edge.from) + ">" + id_of(corpus, edge.to));
  CHECK(partnership ==
        std::vector<std::string>{"united-states>north-korea", "south-korea>north-korea"});
  // A relation edge carries its kind; the symmetric kinds say so.
  const auto allies = std::find_if(graph.edges().begin(), graph.edges().end(), [](const Edge& e) {
    return e.relation && e.relation->id.value == "us-south-korea-allies";
  });
  REQUIRE(allies != graph.edges().end());
  CHECK(allies->kind == "ally");
  CHECK(allies->symmetric);
  CHECK_FALSE(allies->role);
}

TEST_CASE("the NSA's neighbours, with edge types and directions") {
  const Corpus corpus(test::example());
  const ActorGraph graph(corpus);
  std::vector<std::string> found;
  for (const auto& n : graph.neighbours(entity(corpus, "nsa")))
    found.push_back(n.actor->id.value + " " + std::string(n.edge.kind) + " " +
                    (n.direction == Direction::out ? "out" : "in"));
  CHECK(found == std::vector<std::string>{"south-korea other out", "south-korea espionage out",
                                          "michael-rogers leads in", "us-government member_of out",
                                          "nsa-employee employed_by in",
                                          "nsa-document authored out"});
  CHECK(graph.neighbours(entity(corpus, "nsa"), Direction::in).size() == 2);
  // A symmetric edge counts both ways.
  const auto rivals = graph.neighbours(entity(corpus, "china"), Direction::out);
  CHECK(std::any_of(rivals.begin(), rivals.end(), [](const Neighbour& n) {
    return n.edge.kind == "rival" && n.direction == Direction::both;
  }));
}

TEST_CASE("the path from South Korea to Sony Pictures") {
  const Corpus corpus(test::example());
  const ActorGraph graph(corpus);
  const auto path =
      graph.shortest_path(entity(corpus, "south-korea"), entity(corpus, "sony-pictures"));
  REQUIRE(path);
  REQUIRE(path->size() == 2);
  // South Korea acts against North Korea (the first such event in story order), which is said
  // to have attacked Sony Pictures.
  CHECK((*path)[0].actor->id.value == "north-korea");
  CHECK((*path)[0].edge.event->id.value == "us-sk-partnership");
  CHECK((*path)[1].actor->id.value == "sony-pictures");
  CHECK((*path)[1].edge.event->id.value == "sony-cyberattack");
  CHECK((*path)[1].edge.certainty == Certainty::alleged);
  // Back, through the film, its subject and the regime he leads, an adversary of South Korea's.
  const auto back =
      graph.shortest_path(entity(corpus, "sony-pictures"), entity(corpus, "south-korea"));
  REQUIRE(back);
  std::vector<std::string> steps;
  for (const auto& step : *back)
    steps.push_back(step.actor->id.value + " " + std::string(step.edge.kind));
  CHECK(steps == std::vector<std::string>{"the-interview other", "kim-jong-un depicts",
                                          "north-korea leads", "south-korea adversary"});
  // The House only hears Rogers: no edge leads out of it, but undirected one leads to the NSA.
  CHECK_FALSE(graph.shortest_path(entity(corpus, "us-house"), entity(corpus, "nsa")));
  const auto undirected =
      graph.shortest_path(entity(corpus, "us-house"), entity(corpus, "nsa"), false);
  REQUIRE(undirected);
  CHECK(undirected->size() == 2);
  CHECK(graph.shortest_path(entity(corpus, "nsa"), entity(corpus, "nsa"))->empty());
  CHECK_FALSE(graph.shortest_path(entity(corpus, "germany"), entity(corpus, "nsa"), false));
}

TEST_CASE("ego network, degree, centrality and components") {
  const Corpus corpus(test::example());
  const ActorGraph graph(corpus);
  const auto ego = graph.ego(entity(corpus, "sony-pictures"), 1);
  std::vector<std::string> members;
  for (const auto e : ego.entities)
    members.push_back(id_of(corpus, e));
  CHECK(members ==
        std::vector<std::string>{"sony-pictures", "us-government", "north-korea", "the-interview"});
  CHECK(ego.edges.size() == 6); // attack, investigation, production, cancellation, authored, blame
  CHECK(graph.ego(entity(corpus, "sony-pictures"), 0).entities.size() == 1);
  CHECK(graph.ego(entity(corpus, "sony-pictures"), 2).entities.size() > 4);

  CHECK(graph.degree(entity(corpus, "germany")) == 0);
  CHECK(graph.degree(entity(corpus, "nsa")) == 5);
  const auto ranking = graph.centrality();
  REQUIRE(ranking.size() == 20);
  CHECK(id_of(corpus, ranking[0].entity) == "united-states");
  for (std::size_t i = 1; i < ranking.size(); ++i)
    CHECK(ranking[i - 1].degree >= ranking[i].degree);

  // The NSA bridges its people and documents to the rest of the story; Germany bridges nothing.
  const auto betweenness = graph.betweenness();
  const auto most = std::max_element(betweenness.begin(), betweenness.end()) - betweenness.begin();
  CHECK(id_of(corpus, static_cast<std::size_t>(most)) == "nsa");
  CHECK(betweenness[entity(corpus, "germany")] == 0.0);

  const auto components = graph.components();
  REQUIRE(components.size() == 2);
  CHECK(components[0].size() == 20);
  CHECK(components[1] == std::vector{entity(corpus, "germany")});
}

TEST_CASE("betweenness on a chain and a star") {
  // a - b - c, and b - d: b lies on every path between the others, three pairs.
  const Story story = decode(test::minimal_story(R"("actors": [
      {"id": "a", "kind": "person", "name": "A"}, {"id": "b", "kind": "person", "name": "B"},
      {"id": "c", "kind": "person", "name": "C"}, {"id": "d", "kind": "person", "name": "D"}],
    "relations": [{"id": "r1", "kind": "ally", "subject": "a", "object": "b"},
                  {"id": "r2", "kind": "ally", "subject": "b", "object": "c"},
                  {"id": "r3", "kind": "rival", "subject": "b", "object": "c"},
                  {"id": "r4", "kind": "ally", "subject": "d", "object": "b"}])"))
                          .story;
  const Corpus corpus(story);
  CHECK(ActorGraph(corpus).betweenness() == std::vector{0.0, 3.0, 0.0, 0.0});
}

TEST_CASE("the provenance of the leaked document and of what it reports") {
  const Story& story = test::example();
  CHECK(describe(provenance(story, "nsa-document")) ==
        "article der-spiegel-publication[reported] snowden-cache[published by der-spiegel]"
        " nsa-document[leaked by edward-snowden] | article nsa-document[quoted]");
  // An event and a claim attributed to the document share its provenance.
  CHECK(provenance(story, "nsa-espionage-on-sk") == provenance(story, "nsa-document"));
  CHECK(provenance(story, "employee-not-interested") == provenance(story, "nsa-document"));
  // Only the chains through the source concerned.
  CHECK(describe(provenance(story, "snowden-cache")) ==
        "article der-spiegel-publication[reported] snowden-cache[published by der-spiegel]"
        " nsa-document[leaked by edward-snowden]");
  CHECK(describe(provenance(story, "rogers-testimony")) == "article rogers-testimony[reported]");
  // Attributed to an actor that is no source, or to nobody; an unknown id.
  CHECK(provenance(story, "us-intrusion-north-korea").empty());
  CHECK(provenance(story, "house-hearing").empty());
  CHECK(provenance(story, "nothing").empty());
}

TEST_CASE("provenance survives a cycle of derivations and starts at a source the article misses") {
  const Story story = decode(test::minimal_story(R"("sources": [
      {"id": "a", "kind": "document", "title": "A", "derived_from": [{"source": "b", "kind": "quoted"}]},
      {"id": "b", "kind": "document", "title": "B", "derived_from": [{"source": "a", "kind": "quoted"}]}])"))
                          .story;
  CHECK(describe(provenance(story, "a")) == "a b[quoted]");
}
