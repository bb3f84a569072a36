// SPDX-License-Identifier: Apache-2.0
// Highlights: every marked span of the article, in text order, with JavaScript's UTF-16 offsets.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace storydata;

TEST_CASE("highlights give code-point and UTF-16 offsets of every span, in text order") {
  Story story;
  story.article.body = {"𝕏 and Séoul met 서울.", "Second."};
  Actor x{.id = {"x"}, .mentions = {{.paragraph = 0, .start = 0, .end = 1}}};
  Actor seoul{.id = {"seoul"},
              .mentions = {{.paragraph = 0, .start = 6, .end = 11},
                           {.paragraph = 0, .start = 16, .end = 18}}};
  Event meeting{.id = {"meeting"},
                .evidence = {{.paragraph = 0, .start = 0, .end = 19},
                             {.paragraph = 1, .start = 0, .end = 7},
                             {.paragraph = 2, .start = 0, .end = 1},   // no such paragraph
                             {.paragraph = 1, .start = 0, .end = 8}}}; // past the end
  story.actors = {seoul, x};
  story.events = {meeting};

  const auto found = highlights(story);
  REQUIRE(found.size() == 5);
  const auto describe = [](const Highlight& h) {
    return std::string(storydata::enum_name(h.type)) + " " + h.id->value + " " +
           std::to_string(h.paragraph) + " " + std::to_string(h.start) + "-" +
           std::to_string(h.end) + " " + std::to_string(h.utf16_start) + "-" +
           std::to_string(h.utf16_end);
  };
  // The event's span starts where 𝕏's does and is longer, so it comes first (it encloses it).
  CHECK(describe(found[0]) == "event meeting 0 0-19 0-20");
  CHECK(describe(found[1]) == "actor x 0 0-1 0-2");
  CHECK(describe(found[2]) == "actor seoul 0 6-11 7-12");
  CHECK(describe(found[3]) == "actor seoul 0 16-18 17-19");
  CHECK(describe(found[4]) == "event meeting 1 0-7 0-7");
}

TEST_CASE("the example story's highlights cover every mention and evidence span") {
  const auto story = decode(test::read_file(test::example_story)).story;
  std::size_t spans = 0;
  for (const auto& a : story.actors)
    spans += a.mentions.size();
  for (const auto& e : story.events)
    spans += e.evidence.size();
  for (const auto& c : story.claims)
    spans += c.evidence.size();
  for (const auto& r : story.relations)
    spans += r.evidence.size();
  const auto found = highlights(story);
  CHECK(found.size() == spans);
  CHECK(std::is_sorted(found.begin(), found.end(), [](const Highlight& a, const Highlight& b) {
    return a.paragraph < b.paragraph || (a.paragraph == b.paragraph && a.start < b.start);
  }));
  // The article is in English with curly quotes and en dashes only: no astral code points.
  for (const auto& h : found)
    CHECK(h.utf16_end - h.utf16_start == h.end - h.start);
}

TEST_CASE("headline and standfirst spans come first, in reading order, with their own offsets") {
  Story story;
  story.article.headline = "𝕏 sues Seoul";
  story.article.standfirst = "Seoul replies.";
  story.article.body = {"Seoul said so."};
  const auto at = [](std::optional<TextPart> part, std::uint32_t start, std::uint32_t end) {
    return Mention{.part = part, .paragraph = 0, .start = start, .end = end};
  };
  Actor seoul{.id = {"seoul"},
              .mentions = {at(std::nullopt, 0, 5), at(TextPart::standfirst, 0, 5),
                           at(TextPart::headline, 7, 12),
                           at(TextPart::headline, 7, 13)}}; // past the headline's end
  story.actors = {seoul};
  std::vector<std::string> found;
  for (const auto& h : highlights(story))
    found.push_back(std::string(enum_name(h.part)) + " " + std::to_string(h.start) + "-" +
                    std::to_string(h.end) + " " + std::to_string(h.utf16_start) + "-" +
                    std::to_string(h.utf16_end));
  CHECK(found ==
        std::vector<std::string>{"headline 7-12 8-13", "standfirst 0-5 0-5", "body 0-5 0-5"});
  story.article.standfirst.reset(); // a standfirst span without a standfirst is left out
  CHECK(highlights(story).size() == 2);
}
