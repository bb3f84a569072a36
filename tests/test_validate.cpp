// SPDX-License-Identifier: Apache-2.0
// storydata::validate and storydata::check through the public API: ordering, limits, and
// stories built in C++ rather than decoded.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace storydata;

namespace {

Story built() {
  Story story;
  story.id = Id{"built"};
  story.article.headline = "Built";
  story.article.body = {"Seoul spoke."};
  story.actors.push_back(Actor{.id = Id{"seoul"},
                               .kind = ActorKind::government,
                               .name = "Seoul",
                               .mentions = {Mention{.paragraph = 0, .start = 0, .end = 5}}});
  return story;
}

std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics)
    out.push_back(d.code + " " + d.pointer);
  return out;
}

} // namespace

TEST_CASE("a story built in C++ checks clean") {
  CHECK(check(built()).empty());
}

TEST_CASE("check() finds values no document could hold") {
  Story story = built();
  story.id = Id{"has space"};
  story.article.published = PartialDate{2015, 2, 30};
  story.actors[0].kind = static_cast<ActorKind>(99);
  story.actors[0].extensions.values["x-ok"] = "[1, 2]";
  story.actors[0].extensions.values["x-bad"] = "not json";
  story.actors[0].extensions.values["cms"] = "1";
  CHECK(codes(check(story)) ==
        std::vector<std::string>{"SD202 /id", "SD202 /article/published", "SD202 /actors/0/kind",
                                 "SD202 /actors/0/extensions", "SD202 /actors/0/extensions/x-bad"});
}

TEST_CASE("extension text from the caller is written canonically") {
  Story story = built();
  story.extensions.values["x-meta"] = R"({"b": 1, "a": {"d": 2, "c": 3}})";
  const std::string once = encode(story);
  CHECK(once.find(R"("x-meta": {
    "a": {
      "c": 3,
      "d": 2
    },
    "b": 1
  })") != std::string::npos);
  const auto again = decode(once);
  CHECK(encode(again.story) == once);
}

TEST_CASE("validate() orders diagnostics by position, structural and semantic alike") {
  const auto result = validate(R"({"storydata": "1.0", "id": "s", "article": {"hedline": "H"}})");
  REQUIRE(result.diagnostics.size() == 2);
  CHECK(result.diagnostics[0].code == "SD011"); // at the object's brace, column 44
  CHECK(result.diagnostics[1].code == "SD012"); // at the key, column 45
  CHECK(result.diagnostics[0].column < result.diagnostics[1].column);
}

TEST_CASE("validate() caps semantic diagnostics and says where it stopped") {
  std::string actors;
  for (int i = 0; i < 30; ++i)
    actors += std::string(i ? "," : "") + R"({"id": "a)" + std::to_string(i) +
              R"(", "kind": "person", "name": "A"})";
  const auto result = validate(test::minimal_story("\"actors\": [" + actors + "]"),
                               DecodeOptions{.max_diagnostics = 5});
  REQUIRE(result.diagnostics.size() == 6);
  CHECK(result.diagnostics[4].code == "SD270");
  CHECK(result.diagnostics[5].code == "SD009");
  CHECK(result.diagnostics[5].pointer == result.diagnostics[4].pointer);
  CHECK(result.diagnostics[5].line == result.diagnostics[4].line);
  CHECK(result.ok()); // infos only, then the cut
}

TEST_CASE("every rule is documented and its code is unique") {
  std::vector<std::string_view> seen;
  for (const auto& rule : rules()) {
    CHECK(rule.code.starts_with("SD2"));
    CHECK(!rule.rationale.empty());
    CHECK(!rule.example.empty());
    CHECK(std::find(seen.begin(), seen.end(), rule.code) == seen.end());
    seen.push_back(rule.code);
  }
  CHECK(seen.size() >= 19);
}

TEST_CASE("SD222 applies to events that took place, by their status's trait") {
  Story story = built();
  story.article.published = PartialDate{2015, 1, 0};
  for (const auto& t : kinds::event_statuses) {
    CAPTURE(enum_name(t.status));
    story.events = {Event{.id = Id{"later"},
                          .kind = EventKind::statement,
                          .summary = "Seoul speaks.",
                          .status = t.status,
                          .participants = {{.actor = {"seoul"}, .role = Role::speaker}},
                          .time = VagueTime{.start = PartialDate{2016, 0, 0}}}};
    const auto found = codes(check(story));
    CHECK((std::count(found.begin(), found.end(), "SD222 /events/0/time") == 1) == t.took_place);
  }
  // Averted and conditional events may be dated after publication; suspended ones may not.
  CHECK_FALSE(traits(EventStatus::averted).took_place);
  CHECK_FALSE(traits(EventStatus::conditional).took_place);
  CHECK(traits(EventStatus::suspended).took_place);
}

TEST_CASE("SD234 checks only mentions by name") {
  Story story = built();
  story.article.body = {"Seoul spoke. It said the government had acted."};
  story.actors[0].mentions.push_back(Mention{.paragraph = 0, .start = 13, .end = 15});
  story.actors[0].mentions.push_back(Mention{.paragraph = 0, .start = 21, .end = 35});
  CHECK(codes(check(story)) ==
        std::vector<std::string>{"SD234 /actors/0/mentions/1", "SD234 /actors/0/mentions/2"});
  story.actors[0].mentions[1].form = MentionForm::pronoun;
  story.actors[0].mentions[2].form = MentionForm::nominal;
  CHECK(check(story).empty());
  story.actors[0].mentions[2].form = MentionForm::name;
  CHECK(codes(check(story)) == std::vector<std::string>{"SD234 /actors/0/mentions/2"});
}

TEST_CASE("headline and standfirst spans are checked against their own text") {
  Story story = built();
  story.article.headline = "Seoul speaks";
  story.article.standfirst = "The government of Seoul spoke.";
  auto& mentions = story.actors[0].mentions;
  mentions.push_back({.part = TextPart::headline, .start = 0, .end = 5, .text = "Seoul"});
  mentions.push_back({.part = TextPart::standfirst, .start = 18, .end = 23, .text = "Seoul"});
  CHECK(check(story).empty());
  mentions[1].end = 6;   // "Seoul " in the headline: SD231, SD234
  mentions[2].start = 4; // "government" in the standfirst: SD231, SD234
  mentions[2].end = 14;
  CHECK(codes(check(story)) == std::vector<std::string>{"SD231 /actors/0/mentions/1/text",
                                                        "SD231 /actors/0/mentions/2/text",
                                                        "SD234 /actors/0/mentions/1",
                                                        "SD234 /actors/0/mentions/2"});
  // Spans overlap only within one text: moved to the body, the headline span overlaps mention 0.
  mentions[1] = {.paragraph = 0, .start = 0, .end = 5};
  CHECK(codes(check(story)) == std::vector<std::string>{"SD231 /actors/0/mentions/2/text",
                                                        "SD233 /actors/0/mentions/1",
                                                        "SD234 /actors/0/mentions/2"});
}

TEST_CASE("within: both ends are places (SD242), and a chain has an outermost place (SD250)") {
  Story story = built();
  story.actors[0].kind = ActorKind::location;
  story.actors[0].within = Ref<Actor>{"korea"};
  story.actors.push_back(Actor{.id = Id{"korea"}, .kind = ActorKind::country, .name = "Korea"});
  const auto found = [&] { // but SD270: the new actors are in no event
    std::vector<std::string> out;
    for (const auto& c : codes(check(story)))
      if (!c.starts_with("SD270")) out.push_back(c);
    return out;
  };
  CHECK(found().empty());
  story.actors.push_back(Actor{
      .id = Id{"kim"}, .kind = ActorKind::person, .name = "Kim", .within = Ref<Actor>{"seoul"}});
  story.actors.push_back(Actor{.id = Id{"busan"},
                               .kind = ActorKind::location,
                               .name = "Busan",
                               .within = Ref<Actor>{"kim"}});
  CHECK(found() == std::vector<std::string>{"SD242 /actors/2/within", "SD242 /actors/3/within"});
  story.actors.resize(2);
  story.actors[1].within = Ref<Actor>{"seoul"};
  CHECK(found() == std::vector<std::string>{"SD250 /actors/1/within"});
}
