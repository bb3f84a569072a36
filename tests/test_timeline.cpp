// SPDX-License-Identifier: Apache-2.0
// The timeline: events in vague-time order, with their ranges, filtered and grouped.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace storydata;

namespace {

std::vector<std::string> ids(const std::vector<TimelineEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& entry : entries)
    out.push_back(entry.event->id.value);
  return out;
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("the timeline orders dated events, then the undated ones with a label") {
  const Corpus corpus(test::example());
  const auto entries = timeline(corpus);
  CHECK(ids(entries) == strings{"us-intrusion-north-korea", "snowden-leak", "sony-cyberattack",
                                "us-blames-north-korea", "der-spiegel-publication", "house-hearing",
                                "rogers-acknowledgement", "sk-espionage-on-us",
                                "us-sk-partnership"});
  // "as far back as 2010", still going on: from the first day of 2010, open-ended.
  CHECK(entries[0].label == "as far back as 2010");
  CHECK(iso_date(*entries[0].range.first) == "2010-01-01");
  CHECK_FALSE(entries[0].range.last);
  CHECK(iso_date(*entries[1].range.last) == "2013-12-31");
  CHECK(entries[2].approximate);
  CHECK(entries[2].label == "recent");
  CHECK_FALSE(entries[5].range.first);
}

TEST_CASE("events of 2014 in order") {
  const Corpus corpus(test::example());
  const auto entries = timeline(corpus, {.during = VagueTime{.start = PartialDate{2014}}});
  CHECK(ids(entries) ==
        strings{"us-intrusion-north-korea", "sony-cyberattack", "us-blames-north-korea"});
}

TEST_CASE("what happened between 2010 and 2015 involving North Korea") {
  const Corpus corpus(test::example());
  const auto entries =
      timeline(corpus, {.during = VagueTime{.start = PartialDate{2010}, .end = PartialDate{2015}},
                        .involving = corpus.resolve("north-korea")});
  CHECK(ids(entries) ==
        strings{"us-intrusion-north-korea", "sony-cyberattack", "us-blames-north-korea"});
  CHECK(timeline(corpus, {.during = VagueTime{.start = PartialDate{2016}}}).size() == 1);
}

TEST_CASE("the timeline grouped by kind and by actor") {
  const Corpus corpus(test::example());
  const auto entries = timeline(corpus);
  const auto by_kind = group_by_kind(entries);
  REQUIRE(by_kind.size() == 9);
  CHECK(by_kind[0].first == EventKind::espionage);
  CHECK(ids(by_kind[0].second) == strings{"sk-espionage-on-us"});
  CHECK(by_kind[1].first == EventKind::cyberattack);

  const auto by_actor = group_by_actor(corpus, entries);
  const auto north_korea = corpus.resolve("north-korea").front();
  const auto group = std::find_if(by_actor.begin(), by_actor.end(),
                                  [&](const auto& g) { return g.first == north_korea; });
  REQUIRE(group != by_actor.end());
  CHECK(ids(group->second) == strings{"us-intrusion-north-korea", "sony-cyberattack",
                                      "us-blames-north-korea", "us-sk-partnership"});
  for (std::size_t i = 1; i < by_actor.size(); ++i)
    CHECK(by_actor[i - 1].first < by_actor[i].first);
}

TEST_CASE("days print as ISO dates across the calendar") {
  CHECK(iso_date(0) == "1970-01-01");
  CHECK(iso_date(PartialDate{2016, 2, 29}.first_day()) == "2016-02-29");
  CHECK(iso_date(PartialDate{1}.first_day()) == "0001-01-01");
  CHECK(iso_date(PartialDate{9999}.last_day()) == "9999-12-31");
}
