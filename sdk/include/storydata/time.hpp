// SPDX-License-Identifier: Apache-2.0
// Time as news reports it: "2010", "2014-12", "2014-11-24", "since 2010", "in recent years".
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <string>
#include <string_view>

namespace storydata {

/// How much of a date is known.
enum class Precision : std::uint8_t { year, month, day };

/// A calendar date known to the year, the month or the day: "2010", "2014-12", "2014-11-24".
/// Years run from 1 to 9999 (proleptic Gregorian calendar).
struct PartialDate {
  int year = 1;
  int month = 0; ///< 1-12, or 0 when only the year is known
  int day = 0;   ///< 1-31, or 0 when the day is not known

  static constexpr std::string_view schema_pattern =
      "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
  static constexpr std::string_view expected = "a date: YYYY, YYYY-MM or YYYY-MM-DD";
  static constexpr std::string_view schema_examples = R"(["2014", "2014-12", "2014-11-24"])";

  /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nullopt for anything else, including "2015-02-29".
  static std::optional<PartialDate> parse(std::string_view text) noexcept;
  std::string to_string() const;
  Precision precision() const noexcept;

  /// The first and last day this date may denote, as days since 1970-01-01 ("2014" covers
  /// 2014-01-01 to 2014-12-31).
  std::int32_t first_day() const noexcept;
  std::int32_t last_day() const noexcept;
  /// The day `days` days after 1970-01-01, the inverse of first_day() for a day's date.
  static PartialDate from_days(std::int32_t days) noexcept;

  bool operator==(const PartialDate&) const = default;
};

/// A time that may be vague: a date or a span, bounds when only a window is known, an approximate
/// flag and the article's own wording.
struct VagueTime {
  std::optional<PartialDate> start{};
  std::optional<PartialDate> end{};
  bool ongoing = false;
  std::optional<PartialDate> not_before{};
  std::optional<PartialDate> not_after{};
  bool approximate = false;
  std::optional<std::string> label{};
  Extensions extensions{};

  bool operator==(const VagueTime&) const = default;
};
STORYDATA_STRUCT(
    VagueTime,
    "When something happened, as precisely as the story knows it. A point (`start` alone), a span "
    "(`start` and `end`, or `start` and `ongoing`), or a window when only bounds are known "
    "(`not_before`, `not_after`).",
    (start, "When it happened or began.")(end, "When it ended, for things that lasted.")(
        ongoing, "Still going on when the article was published (\"since 2010\").")(
        not_before, "Earliest possible date, when the exact date is unknown.")(
        not_after, "Latest possible date, when the exact date is unknown (\"before 2015\").")(
        approximate, "The dates are approximate (\"around 2010\", \"in recent years\").")(
        label, "The article's own wording, for display (\"in recent years\").",
        R"(["in recent years", "since 2010"])")(
        extensions, "Producer-defined `x-` fields, preserved as they are."))

/// The closed interval of days a time may cover, in days since 1970-01-01. Missing ends are
/// open (nullopt). A time with no date at all covers nothing known: both ends nullopt.
struct DayRange {
  std::optional<std::int32_t> first{};
  std::optional<std::int32_t> last{};
  bool operator==(const DayRange&) const = default;
};
DayRange day_range(const VagueTime& time) noexcept;

/// True when the two times may refer to overlapping days ("2014" overlaps "2014-11-24").
bool may_overlap(const VagueTime& a, const VagueTime& b) noexcept;

/// The total order used by timelines:
/// 1. dated times before undated ones;
/// 2. earlier first day first (an open start counts as earliest);
/// 3. on the same first day, the longer range first, so "2014" precedes "2014-01-01" and a span
///    precedes a day it starts on (an open end counts as longest);
/// 4. exact before approximate, then by label, then by the remaining fields, so that only equal
///    values compare equal.
std::strong_ordering timeline_order(const VagueTime& a, const VagueTime& b);

/// A short human-readable form: the label if any, else "2014-12", "2010 to 2014", "since 2010",
/// "between 2010 and 2014", "not after 2014", with "about " for approximate times.
std::string display(const VagueTime& time);

} // namespace storydata
