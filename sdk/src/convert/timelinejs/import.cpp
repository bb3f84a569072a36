// SPDX-License-Identifier: Apache-2.0
// A TimelineJS 3 document as a story: the title slide as the article, each slide as an event.
// Slide text is HTML and becomes plain text; what a story has no place for (media, backgrounds,
// eras, scale, times of day) is reported with its pointer, line and column in the input.
#include "convert/import_report.hpp"
#include "convert/support/html_text.hpp"
#include "convert/support/json_input.hpp"
#include "text/json_pointer.hpp"
#include "timelinejs.hpp"

#include <algorithm>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <storydata/kinds.hpp>
#include <storydata/validate.hpp>
#include <string>

namespace storydata::convert {
namespace {

using json = nlohmann::json;

/// A date part as TimelineJS writes it: digits in a string ("08", "-44") or an integral number.
/// Nullopt for anything else, and for magnitudes no calendar has (more than nine digits).
std::optional<long long> date_part(const json& value) {
  constexpr long long limit = 999999999;
  if (value.is_number_unsigned())
    return value.get<std::uint64_t>() <= limit ? std::optional<long long>(value.get<long long>())
                                               : std::nullopt;
  if (value.is_number_integer()) {
    const auto v = value.get<long long>();
    return v >= -limit && v <= limit ? std::optional<long long>(v) : std::nullopt;
  }
  if (value.is_number_float()) {
    const double v = value.get<double>();
    if (!std::isfinite(v) || std::floor(v) != v || std::fabs(v) > limit) return std::nullopt;
    return static_cast<long long>(v);
  }
  if (!value.is_string()) return std::nullopt;
  std::string_view s = value.get_ref<const std::string&>();
  while (!s.empty() && s.front() == ' ')
    s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ')
    s.remove_suffix(1);
  const bool negative = !s.empty() && s.front() == '-';
  if (negative || (!s.empty() && s.front() == '+')) s.remove_prefix(1);
  if (s.empty() || s.size() > 9) return std::nullopt;
  long long out = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    out = out * 10 + (c - '0');
  }
  return negative ? -out : out;
}

/// Spreadsheet exports write absent parts as empty strings.
bool absent(const json& object, const char* key) {
  const auto found = object.find(key);
  return found == object.end() || found->is_null() ||
         (found->is_string() && found->get_ref<const std::string&>().empty());
}

class TimelineReader {
public:
  explicit TimelineReader(std::string_view text) : text_(text) {}

  ImportResult run() {
    const auto document = parse_json_input(text_, "a TimelineJS document", report_.diagnostics());
    if (!document) return report_.finish({}, text_);
    const json& root = *document;
    const auto title = root.find("title");
    const auto events = root.find("events");
    if (title == root.end() && events == root.end())
      return refuse("a TimelineJS document",
                    "a TimelineJS document has an \"events\" array or a \"title\" slide");
    if (events != root.end() && !events->is_array())
      return refuse("a TimelineJS document",
                    "a TimelineJS document's \"events\" is an array of slides");
    if (title != root.end() && !title->is_object())
      return refuse("a TimelineJS document", "a TimelineJS document's \"title\" is a slide object");
    for (const auto& [key, value] : root.items())
      if (key != "title" && key != "events")
        report_.ignored(json_pointer(key), "a timeline's \"" + key + "\" has no place in a story");

    if (title != root.end()) title_slide(*title);
    if (events != root.end())
      for (std::size_t i = 0; i < events->size(); ++i)
        slide(i, (*events)[i]);
    assign_ids();
    if (story_.article.headline.empty()) story_.article.headline = "TimelineJS timeline";
    const std::string id = slug(story_.article.headline, 48);
    story_.id.value = is_valid_id(id) ? id : "timeline";
    return report_.finish(std::move(story_), text_);
  }

private:
  /// HTML read at `pointer` as paragraphs, or on one line; unknown references are reported.
  std::vector<std::string> paragraphs(std::string_view html, const std::string& pointer) {
    std::vector<std::string> unknown;
    auto out = html_paragraphs(html, &unknown);
    report_.unknown_references(pointer, unknown);
    return out;
  }
  std::string line(std::string_view html, const std::string& pointer) {
    std::vector<std::string> unknown;
    auto out = html_line(html, &unknown);
    report_.unknown_references(pointer, unknown);
    return out;
  }

  /// The slide's text.headline and text.text as HTML; other text fields are reported.
  std::pair<std::string, std::string> slide_text(const json& slide, const std::string& pointer) {
    const auto text = slide.find("text");
    if (text == slide.end()) return {};
    if (!text->is_object()) {
      report_.ignored(pointer_to(pointer, "text"), "a slide's text is an object {headline, text}");
      return {};
    }
    std::pair<std::string, std::string> out;
    for (const auto& [key, value] : text->items()) {
      if ((key == "headline" || key == "text") && value.is_string())
        (key == "headline" ? out.first : out.second) = value.get<std::string>();
      else
        report_.ignored(pointer_to(pointer, "text", key),
                        "a slide's text \"" + key + "\" has no place in a story");
    }
    return out;
  }

  void title_slide(const json& title) {
    const auto [headline, text] = slide_text(title, "/title");
    story_.article.headline = line(headline, "/title/text/headline");
    story_.article.body = paragraphs(text, "/title/text/text");
    for (const auto& [key, value] : title.items())
      if (key != "text")
        report_.ignored(json_pointer("title", key),
                        "the title slide's \"" + key + "\" has no place in a story");
  }

  /// A TimelineJS date as a storydata date, to the day at most; nullopt (reported) when it has
  /// no year storydata can hold.
  std::optional<PartialDate> date(const json& d, const std::string& pointer) {
    if (!d.is_object()) {
      report_.ignored(pointer, "a TimelineJS date is an object {year, month, day}");
      return std::nullopt;
    }
    if (absent(d, "year")) {
      report_.ignored(pointer, "a date without a year is left out");
      return std::nullopt;
    }
    const auto year = date_part(d["year"]);
    if (!year || *year < 1 || *year > 9999) {
      report_.ignored(pointer_to(pointer, "year"),
                      "storydata dates are years 1 to 9999 of the common era; " +
                          d["year"].dump(-1, ' ', false, json::error_handler_t::replace) +
                          " is left out");
      return std::nullopt;
    }
    PartialDate out{static_cast<int>(*year), 0, 0};
    if (!absent(d, "month")) {
      const auto month = date_part(d["month"]);
      if (month && *month >= 1 && *month <= 12)
        out.month = static_cast<int>(*month);
      else
        report_.approximated(pointer_to(pointer, "month"),
                             "not a month; the date is kept to the year");
    }
    if (!absent(d, "day")) {
      const auto day = date_part(d["day"]);
      PartialDate with_day = out;
      with_day.day = day && *day >= 1 && *day <= 31 ? static_cast<int>(*day) : 0;
      if (out.month > 0 && with_day.day > 0 && PartialDate::parse(with_day.to_string()))
        out = with_day;
      else
        report_.approximated(pointer_to(pointer, "day"),
                             "not a day of " + out.to_string() + "; the date is kept to " +
                                 (out.month > 0 ? "the month" : "the year"));
    }
    for (const auto& [key, value] : d.items()) {
      if (key == "year" || key == "month" || key == "day") continue;
      const bool time_of_day =
          key == "hour" || key == "minute" || key == "second" || key == "millisecond";
      if (time_of_day && !absent(d, key.c_str()))
        report_.approximated(pointer_to(pointer, key),
                             "storydata dates are days; the time of day is left out");
      else if (!time_of_day)
        report_.ignored(pointer_to(pointer, key),
                        "a date's \"" + key + "\" has no place in a story");
    }
    return out;
  }

  std::optional<VagueTime> time(const json& slide, const std::string& pointer) {
    const auto start = slide.find("start_date");
    const auto end = slide.find("end_date");
    const auto shown = slide.find("display_date");
    VagueTime out;
    if (start != slide.end()) out.start = date(*start, pointer_to(pointer, "start_date"));
    if (end != slide.end()) {
      const auto last = date(*end, pointer_to(pointer, "end_date"));
      if (last && !out.start)
        report_.ignored(pointer_to(pointer, "end_date"), "an end without a start is left out");
      else if (last && last->last_day() < out.start->first_day())
        report_.ignored(pointer_to(pointer, "end_date"),
                        "the end " + last->to_string() + " is before the start " +
                            out.start->to_string() + "; it is left out");
      else if (last && *last != *out.start)
        out.end = last;
    }
    if (shown != slide.end()) {
      if (shown->is_string() && out.start)
        out.label = line(shown->get_ref<const std::string&>(), pointer_to(pointer, "display_date"));
      else
        report_.ignored(pointer_to(pointer, "display_date"),
                        "a display date is kept only as the label of a date");
      if (out.label && out.label->empty()) out.label.reset();
    }
    if (!out.start) return std::nullopt;
    return out;
  }

  void slide(std::size_t i, const json& s) {
    const std::string pointer = json_pointer("events", i);
    if (!s.is_object()) {
      report_.ignored(pointer, "not a slide: a slide is an object");
      return;
    }
    Event e;
    const auto [headline, text] = slide_text(s, pointer);
    const std::string head = line(headline, pointer_to(pointer, "text", "headline"));
    const std::string body = line(text, pointer_to(pointer, "text", "text"));
    e.summary = head;
    if (!head.empty() && !body.empty())
      e.summary +=
          std::string_view(".!?:").find(head.back()) == std::string_view::npos ? ": " : " ";
    e.summary += body;
    if (e.summary.empty()) e.summary = "Slide " + std::to_string(i + 1);
    e.time = time(s, pointer);
    if (const auto group = s.find("group"); group != s.end()) {
      const auto kind =
          group->is_string() ? enum_value<EventKind>(group->get<std::string>()) : std::nullopt;
      if (!kind)
        report_.approximated(pointer_to(pointer, "group"),
                             "not a storydata event kind; the event is of kind other");
      else if (required_roles(*kind).count > 0) // slides have no participants (SD240)
        report_.approximated(pointer_to(pointer, "group"),
                             "an event of kind " + group->get<std::string>() +
                                 " needs participants a slide cannot name; it is of "
                                 "kind other");
      else
        e.kind = *kind;
    }
    std::string wanted;
    if (const auto id = s.find("unique_id"); id != s.end()) {
      wanted = id->is_string() ? id->get<std::string>() : std::string();
      if (!is_valid_id(wanted) || taken_.contains(wanted)) {
        report_.ignored(pointer_to(pointer, "unique_id"),
                        "not a storydata id, or one taken; the event gets its own");
        wanted.clear();
      } else {
        taken_.insert(wanted);
      }
    }
    for (const auto& [key, value] : s.items())
      if (key != "text" && key != "start_date" && key != "end_date" && key != "display_date" &&
          key != "group" && key != "unique_id")
        report_.ignored(pointer_to(pointer, key),
                        "a slide's \"" + key + "\" has no place in a story");
    wanted_ids_.push_back(std::move(wanted));
    id_bases_.push_back(slug(head.empty() ? e.summary : head, 48));
    story_.events.push_back(std::move(e));
  }

  /// Slides without a usable unique_id get one from their headline (or text), never one another
  /// took.
  void assign_ids() {
    for (std::size_t i = 0; i < story_.events.size(); ++i) {
      Event& e = story_.events[i];
      if (!wanted_ids_[i].empty()) {
        e.id.value = wanted_ids_[i];
        continue;
      }
      std::string base = id_bases_[i];
      if (!is_valid_id(base)) base = "slide";
      // Numbering continues where the base left off, so that many alike headlines stay linear.
      std::string id = base;
      int& n = next_number_[base];
      while (taken_.contains(id))
        id = base + "-" + std::to_string(n = std::max(n, 1) + 1);
      taken_.insert(id);
      e.id.value = id;
    }
  }

  std::string_view text_;
  Story story_;
  ImportReport report_;
  std::set<std::string> taken_;
  std::vector<std::string> wanted_ids_, id_bases_;
  std::map<std::string, int> next_number_;
};

} // namespace

ImportResult import_timelinejs(std::string_view text) {
  return TimelineReader(text).run();
}

} // namespace storydata::convert
