// SPDX-License-Identifier: Apache-2.0
// A story as a TimelineJS 3 document: the article as the title slide and every dated event as a
// slide. TimelineJS renders slide text as HTML, so every story string is HTML-escaped. Whatever a
// slide cannot hold is reported (SD301), and every time it holds only approximately (SD302);
// docs/convert.md has the tables.
#include "convert/export_coverage.hpp"
#include "convert/support/markup_text.hpp"
#include "text/json_pointer.hpp"
#include "timelinejs.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace storydata::convert {
namespace {

using nlohmann::ordered_json;

/// A TimelineJS date with as many parts as the date has, as strings like Knight Lab's examples.
ordered_json date_object(const PartialDate& date) {
  ordered_json out;
  out["year"] = std::to_string(date.year);
  if (date.month > 0) out["month"] = std::to_string(date.month);
  if (date.day > 0) out["day"] = std::to_string(date.day);
  return out;
}

/// The date of a day counted from 1970-01-01.
PartialDate date_of_day(std::int32_t day) {
  PartialDate date{1970, 1, 1};
  // Years first, then months: at most 9999 + 12 steps, and only for windows and open spans.
  while (date.year > 1 && PartialDate{date.year, 1, 1}.first_day() > day)
    --date.year;
  while (date.year < 9999 && PartialDate{date.year + 1, 1, 1}.first_day() <= day)
    ++date.year;
  while (date.month < 12 && PartialDate{date.year, date.month + 1, 1}.first_day() <= day)
    ++date.month;
  date.day = 1 + (day - PartialDate{date.year, date.month, 1}.first_day());
  return date;
}

class TimelineWriter {
public:
  explicit TimelineWriter(const Story& story) : story_(story) {}

  ExportResult run() {
    ordered_json document;
    document["title"] = title();
    ordered_json slides = ordered_json::array();
    for (std::size_t i = 0; i < story_.events.size(); ++i)
      if (auto slide = event(i); !slide.is_null()) slides.push_back(std::move(slide));
    document["events"] = std::move(slides);
    collection("actors", story_.actors.size());
    collection("relations", story_.relations.size());
    collection("claims", story_.claims.size());
    collection("sources", story_.sources.size());
    extensions(story_.extensions, "");
    return {document.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n",
            coverage_.report(story_)};
  }

private:
  void extensions(const Extensions& extensions, const std::string& pointer) {
    for (const auto& [key, value] : extensions.values)
      coverage_.explain_drop(pointer_to(pointer, key), "it is a producer-defined field");
  }

  void collection(std::string_view name, std::size_t size) {
    if (size > 0)
      coverage_.explain_drop(json_pointer(std::string(name)),
                             "TimelineJS has slides only: the story's " + std::to_string(size) +
                                 " " + std::string(name) + " are left out");
  }

  ordered_json title() {
    const Article& a = story_.article;
    ordered_json text;
    text["headline"] = html_escape(a.headline);
    coverage_.carried("/article/headline");
    if (!a.body.empty()) text["text"] = "<p>" + html_escape(a.body.front()) + "</p>";
    if (a.body.size() > 1)
      coverage_.explain_drop("/article/body",
                             "the title slide holds the first paragraph; the other " +
                                 std::to_string(a.body.size() - 1) + " are left out");
    else
      coverage_.carried("/article/body");
    for (const char* name : {"standfirst", "publisher", "authors", "published", "modified",
                             "language", "section", "url", "derived_from"})
      coverage_.explain_drop(json_pointer("article", name),
                             "a TimelineJS title slide has no " + std::string(name));
    extensions(a.extensions, "/article");
    coverage_.explain_drop("/id", "a TimelineJS document has no id");
    ordered_json out;
    out["text"] = std::move(text);
    return out;
  }

  /// The slide's dates, and display_date with storydata's wording when the dates alone would
  /// say more or less than the story does. False when the time has no date a slide could start at.
  bool dates(const VagueTime& t, const std::string& pointer, ordered_json& slide) {
    const bool exact =
        t.start && !t.ongoing && !t.not_before && !t.not_after && !t.approximate && !t.label;
    const DayRange range = day_range(t);
    if (!range.first && !range.last) return false;
    extensions(t.extensions, pointer);
    if (exact) {
      slide["start_date"] = date_object(*t.start);
      if (t.end) slide["end_date"] = date_object(*t.end);
      coverage_.carried(pointer_to(pointer, "start"));
      if (t.end) coverage_.carried(pointer_to(pointer, "end"));
      return true;
    }
    // A start date the story has is kept at its precision; a bound becomes the day it names.
    if (t.start)
      slide["start_date"] = date_object(*t.start);
    else
      slide["start_date"] = date_object(date_of_day(range.first ? *range.first : *range.last));
    if (t.end)
      slide["end_date"] = date_object(*t.end);
    else if (!t.start && range.first && range.last && range.first != range.last)
      slide["end_date"] = date_object(date_of_day(*range.last));
    const std::string shown = display(t);
    slide["display_date"] = html_escape(shown);
    coverage_.approximated(pointer, "TimelineJS dates are plain dates; \"" + shown +
                                        "\" is shown as display_date over the dates it covers");
    return true;
  }

  ordered_json event(std::size_t i) {
    const Event& e = story_.events[i];
    const std::string pointer = json_pointer("events", i);
    ordered_json slide;
    if (!e.time || !dates(*e.time, pointer_to(pointer, "time"), slide)) {
      coverage_.explain_drop(pointer, "a TimelineJS slide needs a date; " +
                                          (e.time ? "\"" + display(*e.time) + "\" has none"
                                                  : std::string("the event has no time")));
      return nullptr;
    }
    ordered_json text;
    text["headline"] = html_escape(e.summary);
    slide["text"] = std::move(text);
    slide["group"] = std::string(enum_name(e.kind));
    slide["unique_id"] = e.id.value;
    for (const char* name : {"id", "kind", "summary"})
      coverage_.carried(pointer_to(pointer, name));
    // The story's own voice (stated, on no one's word) is what a slide reads back as.
    if (e.attribution == Attribution{}) coverage_.carried(pointer_to(pointer, "attribution"));
    for (const char* name : {"status", "participants", "place", "links", "attribution", "evidence"})
      coverage_.explain_drop(pointer_to(pointer, name),
                             "a TimelineJS slide has no " + std::string(name));
    extensions(e.extensions, pointer);
    return slide;
  }

  const Story& story_;
  ExportCoverage coverage_{"TimelineJS"};
};

} // namespace

ExportResult export_timelinejs(const Story& story) {
  return TimelineWriter(story).run();
}

} // namespace storydata::convert
