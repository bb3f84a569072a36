// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <doctest/doctest.h>
#include <storydata/time.hpp>
#include <vector>

using storydata::PartialDate;
using storydata::Precision;
using storydata::VagueTime;

namespace {

PartialDate date(const char* text) {
  return PartialDate::parse(text).value();
}

VagueTime at(const char* start) {
  return VagueTime{.start = date(start)};
}

} // namespace

TEST_CASE("partial dates parse and print at each precision") {
  CHECK(date("2010").precision() == Precision::year);
  CHECK(date("2014-12").precision() == Precision::month);
  CHECK(date("2014-12-03").precision() == Precision::day);
  for (const char* text : {"2010", "2014-12", "2014-12-03", "0001", "9999-12-31", "2016-02-29"})
    CHECK(date(text).to_string() == text);
}

TEST_CASE("malformed and impossible dates are refused") {
  for (const char* text : {"", "201", "20100", "2014-1", "2014-13", "2014-00", "2014-12-32",
                           "2015-02-29", "1900-02-29", "0000", "2014/12", "2014-12-03T10:00",
                           "２０１４", " 2014", "2014-12-3", "-2014"})
    CHECK_MESSAGE(!PartialDate::parse(text), text);
}

TEST_CASE("a partial date covers every day it may denote") {
  CHECK(date("1970-01-01").first_day() == 0);
  CHECK(date("2014").first_day() == date("2014-01-01").first_day());
  CHECK(date("2014").last_day() == date("2014-12-31").first_day());
  CHECK(date("2016-02").last_day() == date("2016-02-29").first_day());
  CHECK(date("2015-02").last_day() == date("2015-02-28").first_day());
  CHECK(date("2000-03-01").first_day() - date("2000-02-28").first_day() == 2); // 2000 is leap
}

TEST_CASE("day ranges of points, spans, open spans and windows") {
  using storydata::day_range;
  CHECK(day_range(at("2014")).first == date("2014").first_day());
  CHECK(day_range(at("2014")).last == date("2014").last_day());
  const VagueTime since{.start = date("2010"), .ongoing = true, .label = "since 2010"};
  CHECK(day_range(since).first == date("2010").first_day());
  CHECK(!day_range(since).last);
  const VagueTime span{.start = date("2010"), .end = date("2014-06")};
  CHECK(day_range(span).last == date("2014-06-30").first_day());
  const VagueTime before{.not_after = date("2014")};
  CHECK(!day_range(before).first);
  CHECK(day_range(before).last == date("2014-12-31").first_day());
  const VagueTime recent{.not_before = date("2010"),
                         .not_after = date("2014"),
                         .approximate = true,
                         .label = "in recent years"};
  CHECK(day_range(recent).first == date("2010").first_day());
  CHECK(day_range(recent).last == date("2014").last_day());
  CHECK(day_range(VagueTime{}) == storydata::DayRange{});
}

TEST_CASE("vague times overlap when they may share a day") {
  using storydata::may_overlap;
  CHECK(may_overlap(at("2014"), at("2014-11-24")));
  CHECK(may_overlap(at("2014-11"), at("2014-11-24")));
  CHECK(!may_overlap(at("2013"), at("2014-11-24")));
  CHECK(may_overlap(VagueTime{.start = date("2010"), .ongoing = true}, at("2014-11-24")));
  CHECK(!may_overlap(VagueTime{.not_after = date("2009")}, at("2010")));
  CHECK(!may_overlap(VagueTime{}, at("2010")));
}

TEST_CASE("timeline order: earlier first, the enclosing range before what it contains") {
  const VagueTime undated{.label = "at some point"};
  const VagueTime before_2010{.not_after = date("2009")};
  const VagueTime since_2010{.start = date("2010"), .ongoing = true};
  const VagueTime year_2014 = at("2014");
  const VagueTime approx_2014{.start = date("2014"), .approximate = true};
  const VagueTime november = at("2014-11");
  const VagueTime november_24 = at("2014-11-24");
  const VagueTime december = at("2014-12");
  std::vector<VagueTime> times{december,   undated,   november_24, approx_2014,
                               since_2010, year_2014, before_2010, november};
  std::sort(times.begin(), times.end(), [](const VagueTime& a, const VagueTime& b) {
    return storydata::timeline_order(a, b) < 0;
  });
  const std::vector<VagueTime> expected{before_2010, since_2010,  year_2014, approx_2014,
                                        november,    november_24, december,  undated};
  CHECK(times == expected);
}

TEST_CASE("timeline order is total: only equal values compare equal") {
  const VagueTime as_start = at("2014");
  const VagueTime as_window{.not_before = date("2014"), .not_after = date("2014")};
  CHECK(storydata::day_range(as_start) == storydata::day_range(as_window));
  CHECK(storydata::timeline_order(as_start, as_window) != 0);
  CHECK(storydata::timeline_order(as_start, as_window) ==
        (0 <=> storydata::timeline_order(as_window, as_start)));
  CHECK(storydata::timeline_order(as_start, at("2014")) == 0);
}

TEST_CASE("display forms") {
  using storydata::display;
  CHECK(display(at("2014-12")) == "2014-12");
  CHECK(display(VagueTime{.start = date("2010"), .end = date("2014")}) == "2010 to 2014");
  CHECK(display(VagueTime{.start = date("2010"), .ongoing = true}) == "since 2010");
  CHECK(display(VagueTime{.not_before = date("2010"), .not_after = date("2014")}) ==
        "between 2010 and 2014");
  CHECK(display(VagueTime{.not_after = date("2014")}) == "not after 2014");
  CHECK(display(VagueTime{.not_before = date("2014")}) == "not before 2014");
  CHECK(display(VagueTime{.start = date("2010"), .approximate = true}) == "about 2010");
  CHECK(display(VagueTime{.start = date("2014"), .label = "in recent years"}) == "in recent years");
  CHECK(display(VagueTime{}) == "undated");
}

TEST_CASE("days since 1970-01-01 and back, across centuries and leap days") {
  CHECK(PartialDate::from_days(0) == PartialDate{1970, 1, 1});
  CHECK(PartialDate::from_days(-1) == PartialDate{1969, 12, 31});
  CHECK(PartialDate{2000, 2, 29}.first_day() == 11016);
  CHECK(PartialDate::from_days(11016) == PartialDate{2000, 2, 29});
  const std::int32_t first = PartialDate{1600, 1, 1}.first_day();
  const std::int32_t last = PartialDate{2400, 12, 31}.first_day();
  for (std::int32_t day = first; day <= last; ++day) {
    const PartialDate date = PartialDate::from_days(day);
    REQUIRE(date.first_day() == day);
    REQUIRE(PartialDate::parse(date.to_string()) == date);
  }
}
