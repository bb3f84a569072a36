// SPDX-License-Identifier: Apache-2.0
// SD220 time-bounds-order, SD221 time-end-before-start, SD222 event-after-publication,
// SD223 contradictory-time, SD224 claim-after-publication.
#include "rule.hpp"
#include "walk.hpp"

#include <storydata/kinds.hpp>

namespace storydata::validation {
namespace {

/// Calls f(time, pointer) for every VagueTime in the story.
template <class F> void for_each_time(const Story& story, F&& f) {
  walk(story, overloaded{[](const auto&, const Path&) {},
                         [&](const VagueTime& t, const Path& at) { f(t, at); }});
}

std::string text(const std::optional<PartialDate>& d) {
  return quote(d->to_string());
}

} // namespace

void time_bounds_order(const Context& c, const Reporter& report) {
  for_each_time(c.story, [&](const VagueTime& t, const Path& at) {
    if (t.not_before && t.not_after && t.not_before->first_day() > t.not_after->last_day())
      report(pointer_to(at.str(), "not_before"),
             "not_before " + text(t.not_before) + " is after not_after " + text(t.not_after),
             "swap the two bounds");
    if (t.start && t.not_before && t.start->last_day() < t.not_before->first_day())
      report(pointer_to(at.str(), "start"),
             "start " + text(t.start) + " is before not_before " + text(t.not_before));
    if (t.start && t.not_after && t.start->first_day() > t.not_after->last_day())
      report(pointer_to(at.str(), "start"),
             "start " + text(t.start) + " is after not_after " + text(t.not_after));
  });
}

void time_end_before_start(const Context& c, const Reporter& report) {
  for_each_time(c.story, [&](const VagueTime& t, const Path& at) {
    if (t.start && t.end && t.end->last_day() < t.start->first_day())
      report(pointer_to(at.str(), "end"),
             "end " + text(t.end) + " is before start " + text(t.start), "swap start and end");
  });
}

void event_after_publication(const Context& c, const Reporter& report) {
  const auto& published = c.story.article.published;
  if (!published) return;
  for (std::size_t i = 0; i < c.story.events.size(); ++i) {
    const Event& e = c.story.events[i];
    if (!e.time || !traits(e.status.value_or(EventStatus::occurred)).took_place) continue;
    const auto first = day_range(*e.time).first;
    if (first && *first > published->last_day())
      report(json_pointer("events", i, "time"),
             "the event begins after the article's publication (" + published->to_string() + ")",
             "correct the date, or give a status of an event yet to happen (\"planned\", "
             "\"expected\", \"conditional\", ...)");
  }
}

void contradictory_time(const Context& c, const Reporter& report) {
  for_each_time(c.story, [&](const VagueTime& t, const Path& at) {
    if (t.ongoing && t.end)
      report(pointer_to(at.str(), "ongoing"), "an ongoing time cannot have an end",
             "drop \"ongoing\" or \"end\"");
    if (t.ongoing && !t.start && !t.not_before)
      report(pointer_to(at.str(), "ongoing"), "ongoing since when? an ongoing time needs a start",
             "add \"start\" or \"not_before\"");
    const bool dated = t.start || t.end || t.not_before || t.not_after;
    if (!dated && !t.label)
      report(at.str(), "the time has neither a date nor a label",
             "add a date, a label, or leave it out");
    else if (!dated && t.approximate)
      report(pointer_to(at.str(), "approximate"),
             "approximate, but there is no date to be approximate about");
  });
}

void claim_after_publication(const Context& c, const Reporter& report) {
  const auto& published = c.story.article.published;
  if (!published) return;
  for (std::size_t i = 0; i < c.story.claims.size(); ++i) {
    const Claim& claim = c.story.claims[i];
    if (!claim.time) continue;
    const auto first = day_range(*claim.time).first;
    if (first && *first > published->last_day())
      report(json_pointer("claims", i, "time"),
             "the claim was made after the article's publication (" + published->to_string() + ")",
             "correct the date of the claim or of the article");
  }
}

} // namespace storydata::validation
