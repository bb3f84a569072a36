// SPDX-License-Identifier: Apache-2.0
#include "model/reflect.hpp"

#include <algorithm>
#include <iterator>
#include <storydata/timeline.hpp>

namespace storydata {

std::vector<TimelineEntry> timeline(const Corpus& corpus, const TimelineFilter& filter) {
  std::vector<TimelineEntry> entries;
  for (const auto& event : corpus.all_events()) {
    if (!event->time || (filter.during && !may_overlap(*event->time, *filter.during))) continue;
    if (!filter.involving.empty() &&
        std::none_of(event->participants.begin(), event->participants.end(), [&](const auto& p) {
          const auto entity = corpus.entity(event.story, p.actor.id);
          return entity && std::find(filter.involving.begin(), filter.involving.end(), *entity) !=
                               filter.involving.end();
        }))
      continue;
    entries.push_back(
        {event, day_range(*event->time), event->time->approximate, display(*event->time)});
  }
  std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return timeline_order(*a.event->time, *b.event->time) < 0;
  });
  return entries;
}

std::vector<std::pair<EventKind, std::vector<TimelineEntry>>>
group_by_kind(const std::vector<TimelineEntry>& entries) {
  std::vector<std::pair<EventKind, std::vector<TimelineEntry>>> groups;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<EventKind>>([&](auto kind) {
    std::vector<TimelineEntry> group;
    std::copy_if(entries.begin(), entries.end(), std::back_inserter(group),
                 [&](const TimelineEntry& entry) { return entry.event->kind == kind.value; });
    if (!group.empty()) groups.emplace_back(kind.value, std::move(group));
  });
  return groups;
}

std::vector<std::pair<std::size_t, std::vector<TimelineEntry>>>
group_by_actor(const Corpus& corpus, const std::vector<TimelineEntry>& entries) {
  std::vector<std::vector<TimelineEntry>> by_entity(corpus.entity_count());
  for (const auto& entry : entries) {
    std::vector<std::size_t> entities;
    for (const auto& p : entry.event->participants)
      if (const auto entity = corpus.entity(entry.event.story, p.actor.id))
        entities.push_back(*entity);
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    for (const std::size_t entity : entities)
      by_entity[entity].push_back(entry);
  }
  std::vector<std::pair<std::size_t, std::vector<TimelineEntry>>> groups;
  for (std::size_t entity = 0; entity < by_entity.size(); ++entity)
    if (!by_entity[entity].empty()) groups.emplace_back(entity, std::move(by_entity[entity]));
  return groups;
}

std::string iso_date(std::int32_t day) {
  return PartialDate::from_days(day).to_string();
}

} // namespace storydata
