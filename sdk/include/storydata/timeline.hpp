// SPDX-License-Identifier: Apache-2.0
// Events in time order, with the ranges vague times cover.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <storydata/index.hpp>
#include <string>
#include <vector>

namespace storydata {

/// An event on a timeline: when, as a range of days and for display.
struct TimelineEntry {
  Found<Event> event{};
  DayRange range{};         ///< the days it may cover; open ends are nullopt
  bool approximate = false; ///< the time is marked approximate
  std::string label{};      ///< `display(time)`: "in recent years", "2014-11-24", "since 2010"
  bool operator==(const TimelineEntry&) const = default;
};

/// Which events a timeline shows; an empty filter shows every event that has a time.
struct TimelineFilter {
  std::optional<VagueTime> during{};    ///< only events that may overlap this time
  std::vector<std::size_t> involving{}; ///< only events in which one of these entities takes part
};

/// The events that have a time (undated ones with only a label included, last), in
/// `timeline_order`; events with equal times keep corpus order.
std::vector<TimelineEntry> timeline(const Corpus& corpus, const TimelineFilter& filter = {});

/// Entries grouped by event kind, kinds in declaration order; each group in timeline order.
std::vector<std::pair<EventKind, std::vector<TimelineEntry>>>
group_by_kind(const std::vector<TimelineEntry>& entries);

/// Entries grouped by the entities taking part (an entry appears under each of its entities),
/// entities in number order; each group in timeline order.
std::vector<std::pair<std::size_t, std::vector<TimelineEntry>>>
group_by_actor(const Corpus& corpus, const std::vector<TimelineEntry>& entries);

/// A day counted from 1970-01-01 as "YYYY-MM-DD".
std::string iso_date(std::int32_t day);

} // namespace storydata
