// SPDX-License-Identifier: Apache-2.0
// The index: actors by id and name, events by who, what, when and how sure, claims, mentions,
// and the same actor across stories.
#include "support.hpp"

#include <doctest/doctest.h>

using namespace storydata;

namespace {

template <class T> std::vector<std::string> ids(const std::vector<Found<T>>& found) {
  std::vector<std::string> out;
  for (const auto& f : found)
    out.push_back(f->id.value);
  return out;
}

std::size_t resolve_one(const Corpus& corpus, std::string_view text) {
  const auto entities = corpus.resolve(text);
  REQUIRE(entities.size() == 1);
  return entities.front();
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("names fold ASCII case and Latin diacritics, and nothing else") {
  CHECK(fold_name("Séoul") == "seoul");
  CHECK(fold_name("  SEOUL ") == "seoul");
  CHECK(fold_name("Straße Łódź Œuvre") == "strasse lodz oeuvre");
  CHECK(fold_name("서울") == "서울");
  CHECK(fold_name("Россия") == "Россия"); // Cyrillic case is not folded
  CHECK(fold_name("a×b") == "a×b");
}

TEST_CASE("actors by id and by name or alias, whatever the case and accents") {
  const Corpus corpus(test::example());
  CHECK(ids(corpus.actors_with_id("nsa")) == strings{"nsa"});
  CHECK(ids(corpus.actors_named("National Security Agency")) == strings{"nsa"});
  CHECK(ids(corpus.actors_named("nsa")) == strings{"nsa"});
  CHECK(ids(corpus.actors_named("séoul")) == strings{"south-korea"});
  CHECK(ids(corpus.actors_named("PYONGYANG")) == strings{"north-korea"});
  CHECK(ids(corpus.actors_named("US")) == strings{"united-states"});
  CHECK(corpus.actors_named("Atlantis").empty());
  // An id wins over a name: "nsa-document" is an id, "document" an alias.
  CHECK(corpus.resolve("us") == corpus.resolve("united-states"));
  CHECK(ids(corpus.actors_named("document")) == strings{"nsa-document"});
  CHECK(corpus.entity_count() == 21);
  CHECK(corpus.actor(0, "kim-jong-un")->item->name == "Kim Jong Un");
  CHECK_FALSE(corpus.actor(0, "nobody"));
}

TEST_CASE("who spies on the US, and everything the NSA did") {
  const Corpus corpus(test::example());
  const auto us = resolve_one(corpus, "US");
  std::vector<Found<Event>> spying;
  for (const auto& e : corpus.events_involving(us, Role::target))
    if (e->kind == EventKind::espionage) spying.push_back(e);
  REQUIRE(spying.size() == 1);
  CHECK(spying[0]->participants[0].actor.id == "south-korea");
  CHECK(ids(corpus.events_involving(us, Role::target)) ==
        strings{"sk-espionage-on-us", "china-intrusion", "russia-intrusion", "iran-intrusion",
                "other-countries-intrusion"});
  CHECK(ids(corpus.events_involving(resolve_one(corpus, "nsa"), Role::agent)) ==
        strings{"nsa-discovers-sk-espionage", "nsa-espionage-on-sk"});
  // Any role: North Korea is agent, target or accused.
  CHECK(ids(corpus.events_involving(resolve_one(corpus, "Pyongyang"))) ==
        strings{"us-sk-partnership", "sk-espionage-on-nk", "us-intrusion-north-korea",
                "sony-cyberattack", "us-blames-north-korea"});
}

TEST_CASE("why the NSA spied on South Korea, and what let the US into North Korea's networks") {
  const Corpus corpus(test::example());
  const auto spying = *corpus.event(0, "nsa-espionage-on-sk");
  REQUIRE(spying->links.size() == 1);
  CHECK(spying->links[0].kind == LinkKind::responds_to);
  CHECK(corpus.event(0, spying->links[0].event.id)->item->summary.starts_with("South Korea ran"));

  const auto intrusion = *corpus.event(0, "us-intrusion-north-korea");
  const auto enablers = corpus.events_linking_to(intrusion, LinkKind::enables);
  CHECK(ids(enablers) == strings{"sk-espionage-on-nk"});
  CHECK(enablers[0]->participants[0].actor.id == "south-korea");
  CHECK(ids(corpus.events_linking_to(intrusion)) ==
        strings{"sk-espionage-on-nk", "der-spiegel-publication"});
}

TEST_CASE("events by kind, by time and by certainty") {
  const Corpus corpus(test::example());
  CHECK(ids(corpus.events_of_kind(EventKind::espionage)) ==
        strings{"sk-espionage-on-us", "nsa-espionage-on-sk", "sk-espionage-on-nk"});
  // "2014" overlaps the day of the attack and the day of the blame, and "since 2010".
  CHECK(ids(corpus.events_during({.start = PartialDate{2014}})) ==
        strings{"us-intrusion-north-korea", "sony-cyberattack", "us-blames-north-korea"});
  CHECK(ids(corpus.events_during({.start = PartialDate{2014, 11, 24}})) ==
        strings{"us-intrusion-north-korea", "sony-cyberattack"});
  CHECK(ids(corpus.events_at_least(Certainty::confirmed)).size() == 11); // 10 stated, 1 confirmed
  // All but the suspected Iranian intrusion and the alleged North Korean attack.
  CHECK(corpus.events_at_least(Certainty::believed).size() == 18);
  CHECK(corpus.events_at_least(Certainty::denied).size() == 20);
}

TEST_CASE("claims by speaker and mentions by actor") {
  const Corpus corpus(test::example());
  CHECK(ids(corpus.claims_by(resolve_one(corpus, "employee"))) ==
        strings{"employee-not-interested", "employee-things-changed", "employee-sk-resources",
                "employee-some-inroads"});
  const auto mentions = corpus.mentions_of(resolve_one(corpus, "south-korea"));
  REQUIRE(mentions.size() == 11);
  for (std::size_t i = 1; i < mentions.size(); ++i)
    CHECK(std::pair(mentions[i - 1].mention->paragraph, mentions[i - 1].mention->start) <
          std::pair(mentions[i].mention->paragraph, mentions[i].mention->start));
  const auto& first = *mentions.front().mention;
  CHECK(first.text == "South Korea");
}

TEST_CASE("a corpus of two stories shares an actor by id or by Wikidata QID") {
  const std::vector<Story> stories{decode(test::minimal_story(R"("actors": [
        {"id": "rok", "kind": "country", "name": "Republic of Korea", "identifiers": {"wikidata": "Q884"}},
        {"id": "nsa", "kind": "agency", "name": "NSA"}],
      "events": [{"id": "talks", "kind": "meeting",
        "participants": [{"actor": "rok", "role": "agent"}, {"actor": "nsa", "role": "audience"}],
        "attribution": {"certainty": "stated"}}])"))
                                       .story,
                                   test::example()};
  const Corpus corpus(stories);
  const auto korea = corpus.entity(0, "rok");
  REQUIRE(korea);
  CHECK(corpus.entity(1, "south-korea") == korea);
  CHECK(corpus.entity(1, "nsa") == corpus.entity(0, "nsa"));
  CHECK(corpus.entity(1, "north-korea") != korea);
  CHECK(corpus.actors_of(*korea).size() == 2);
  CHECK(corpus.actors_of(*korea).front()->name == "Republic of Korea");
  CHECK(corpus.resolve("Seoul") == std::vector{*korea});
  CHECK(corpus.resolve("Q884") == std::vector{*korea});
  CHECK(corpus.entity_count() == 21);
  // Events of both stories, in corpus order.
  const auto events = corpus.events_involving(*korea, Role::agent);
  REQUIRE(events.size() == 4);
  CHECK(events[0].story == 0);
  CHECK(events[0]->id.value == "talks");
  CHECK(events[1].story == 1);
  CHECK(events[1]->id.value == "sk-espionage-on-us");
}

TEST_CASE("an invalid story is indexed without its broken references") {
  const Story story = decode(test::minimal_story(R"("events": [{"id": "e", "kind": "other",
    "participants": [{"actor": "ghost", "role": "agent"}]}])"))
                          .story;
  const Corpus corpus(story);
  CHECK(corpus.entity_count() == 0);
  CHECK(corpus.resolve("ghost").empty());
  CHECK(corpus.all_events().size() == 1);
}
