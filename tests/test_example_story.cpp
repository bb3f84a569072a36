// SPDX-License-Identifier: Apache-2.0
// The example story (the seed article as story data) is complete and exact.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

namespace {

/// The paragraph's code points from start to end, as UTF-8.
std::string span_text(const std::string& paragraph, std::uint32_t start, std::uint32_t end) {
  std::string out;
  std::uint32_t index = 0;
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    const bool starts_code_point = (static_cast<unsigned char>(paragraph[i]) & 0xC0) != 0x80;
    if (starts_code_point && i > 0) ++index;
    if (index >= start && index < end) out += paragraph[i];
  }
  return out;
}

const storydata::Actor* actor(std::string_view id) {
  for (const auto& a : test::example().actors)
    if (a.id.value == id) return &a;
  return nullptr;
}

} // namespace

TEST_CASE("the example story decodes with zero diagnostics and round-trips") {
  CHECK(storydata::decode(test::read_file(test::example_story)).diagnostics.empty());
  const auto& story = test::example();
  const auto again = storydata::decode(storydata::encode(story));
  CHECK(again.diagnostics.empty());
  CHECK(again.story == story);
}

TEST_CASE("the example story holds every paragraph of the seed article") {
  const std::string seed = test::read_file("schema/examples/south-korea-cyber-spying.txt");
  std::vector<std::string> lines;
  std::size_t from = 0;
  while (from <= seed.size()) {
    const std::size_t to = std::min(seed.find('\n', from), seed.size());
    if (to > from) lines.push_back(seed.substr(from, to - from));
    from = to + 1;
  }
  REQUIRE(lines.size() > 2);
  CHECK(test::example().article.headline == lines.front());
  const std::vector<std::string> body(lines.begin() + 1, lines.end());
  CHECK(test::example().article.body == body);
}

TEST_CASE("every mention and evidence span points at its exact text") {
  const auto& story = test::example();
  std::size_t checked = 0;
  const auto check = [&](const storydata::Mention& m) {
    REQUIRE(m.paragraph < story.article.body.size());
    REQUIRE(m.text.has_value());
    CHECK(span_text(story.article.body[m.paragraph], m.start, m.end) == *m.text);
    ++checked;
  };
  for (const auto& a : story.actors)
    std::for_each(a.mentions.begin(), a.mentions.end(), check);
  for (const auto& e : story.events)
    std::for_each(e.evidence.begin(), e.evidence.end(), check);
  for (const auto& r : story.relations)
    std::for_each(r.evidence.begin(), r.evidence.end(), check);
  for (const auto& c : story.claims)
    std::for_each(c.evidence.begin(), c.evidence.end(), check);
  CHECK(checked > 50);
}

TEST_CASE("the example story names the actors the article names or implies") {
  for (const char* id : {"united-states", "south-korea", "north-korea", "nsa", "der-spiegel",
                         "edward-snowden", "sony-pictures", "the-interview", "michael-rogers",
                         "china", "russia", "iran", "kim-jong-un"})
    CHECK_MESSAGE(actor(id) != nullptr, id);
  const auto kinds = [](storydata::ActorKind kind) {
    return std::count_if(test::example().actors.begin(), test::example().actors.end(),
                         [&](const auto& a) { return a.kind == kind; });
  };
  CHECK(kinds(storydata::ActorKind::anonymous_source) >= 1);
  CHECK(kinds(storydata::ActorKind::document) >= 1);
  CHECK(kinds(storydata::ActorKind::creative_work) >= 1);
}

TEST_CASE("the example story's events cover the article, with links and certainty") {
  const auto& story = test::example();
  using storydata::EventKind;
  const auto count = [&](EventKind kind) {
    return std::count_if(story.events.begin(), story.events.end(),
                         [&](const auto& e) { return e.kind == kind; });
  };
  CHECK(count(EventKind::espionage) >= 3);
  CHECK(count(EventKind::leak) >= 1);
  CHECK(count(EventKind::publication) >= 1);
  CHECK(count(EventKind::cyberattack) >= 1);
  CHECK(count(EventKind::hearing) >= 1);
  CHECK(count(EventKind::cancellation) >= 1);
  const auto has_link = [&](storydata::LinkKind kind) {
    return std::any_of(story.events.begin(), story.events.end(), [&](const auto& e) {
      return std::any_of(e.links.begin(), e.links.end(),
                         [&](const auto& l) { return l.kind == kind; });
    });
  };
  CHECK(has_link(storydata::LinkKind::responds_to));
  CHECK(has_link(storydata::LinkKind::enables));
  const auto believed = std::count_if(story.events.begin(), story.events.end(), [](const auto& e) {
    return e.attribution.certainty == storydata::Certainty::believed;
  });
  CHECK(believed >= 2);
}

TEST_CASE("the example story's quotes, relations and provenance chain") {
  const auto& story = test::example();
  CHECK(std::count_if(story.claims.begin(), story.claims.end(),
                      [](const auto& c) { return c.quote; }) >= 2);
  CHECK(std::any_of(story.relations.begin(), story.relations.end(),
                    [](const auto& r) { return r.kind == storydata::RelationKind::ally; }));
  CHECK(std::any_of(story.relations.begin(), story.relations.end(),
                    [](const auto& r) { return r.kind == storydata::RelationKind::leads; }));
  // Article <- reported from Der Spiegel <- published from the leak <- leaked by Snowden.
  REQUIRE(!story.article.derived_from.empty());
  std::string id = story.article.derived_from.front().source.id;
  int steps = 0;
  for (; steps < 10; ++steps) {
    const auto source = std::find_if(story.sources.begin(), story.sources.end(),
                                     [&](const auto& s) { return s.id.value == id; });
    REQUIRE(source != story.sources.end());
    if (source->derived_from.empty()) break;
    id = source->derived_from.front().source.id;
  }
  CHECK(steps >= 2);
}
