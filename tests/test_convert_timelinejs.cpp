// SPDX-License-Identifier: Apache-2.0
// TimelineJS 3: the exact loss report on the example story, HTML escaping of story text, the
// round trip story → TimelineJS → story against the table in docs/convert.md, Knight Lab's
// reference timelines, and hostile input. (tests/node/browser/timelinejs.test.mjs loads an
// export in the real TimelineJS.)
#include "convert_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace storydata;

namespace {

/// Kinds the validator accepts without participants, which is all a slide can say.
bool kind_survives(EventKind kind) {
  Story probe;
  probe.events.push_back(Event{});
  probe.events.front().kind = kind;
  for (const auto& d : check(probe))
    if (d.code == "SD240") return false;
  return true;
}

/// What the round-trip table in docs/convert.md says survives story → TimelineJS → story.
std::vector<Event> expected_events(const Story& story) {
  std::vector<Event> out;
  for (const Event& e : story.events) {
    if (!e.time || (!day_range(*e.time).first && !day_range(*e.time).last)) continue;
    Event kept;
    kept.id = e.id;
    kept.kind = kind_survives(e.kind) ? e.kind : EventKind::other;
    kept.summary = e.summary;
    VagueTime t;
    t.start = e.time->start;
    t.end = e.time->end;
    const bool exact = e.time->start && !e.time->ongoing && !e.time->not_before &&
                       !e.time->not_after && !e.time->approximate && !e.time->label;
    if (!exact) t.label = display(*e.time);
    kept.time = t;
    out.push_back(std::move(kept));
  }
  return out;
}

/// An event as JSON, readable when a comparison fails.
std::string as_json(const Event& e) {
  Story story;
  story.events.push_back(e);
  return encode(story);
}

} // namespace

TEST_CASE("the example story exports to TimelineJS deterministically, with exactly its loss "
          "report") {
  const Story& story = test::example();
  const auto first =
      test::check_lossy_export(Format::timelinejs, "south-korea-cyber-spying.timelinejs.losses");

  const auto document = nlohmann::json::parse(first.text, nullptr, false);
  REQUIRE(document.is_object());
  CHECK(document["title"]["text"]["headline"] == story.article.headline);
  std::size_t dated = 0;
  for (const Event& e : story.events)
    dated += e.time && (day_range(*e.time).first || day_range(*e.time).last);
  REQUIRE(document["events"].size() == dated);
  // "since 2010", written as its own wording over the dates.
  const auto& since = document["events"][0];
  CHECK(since["unique_id"] == "us-intrusion-north-korea");
  CHECK(since["start_date"] == nlohmann::json{{"year", "2010"}});
  CHECK(since["display_date"] == "as far back as 2010");
  CHECK(since["group"] == "intrusion");
  CHECK(detect_formats(first.text) == std::vector<Format>{Format::timelinejs});
}

TEST_CASE("slide text: HTML5 character references, unknown ones reported where they are") {
  const auto imported = import_story(
      R"({"title": {"text": {"headline": "Caf&eacute; &amp; co", "text": "<p>&#128;5 &nosuch;</p>"}},
          "events": [{"start_date": {"year": "2015"}, "text": {"headline": "A &bogus; day"}}]})",
      Format::timelinejs);
  CHECK(imported.story.article.headline == "Café & co");
  CHECK(imported.story.article.body == std::vector<std::string>{"\u20AC5 &nosuch;"});
  const std::string report = test::summary(imported.diagnostics);
  CHECK(report.find("SD311 /title/text/text 1:") != std::string::npos);
  CHECK(report.find("SD311 /events/0/text/headline 2:") != std::string::npos);
  CHECK(report.find("&bogus; is not one of HTML5's") != std::string::npos);
}

TEST_CASE("story text reaches TimelineJS as text, never as markup") {
  Story story = test::example();
  story.article.headline = "<script>alert(1)</script> & co";
  story.events.front().summary = "<img src=x onerror=alert(1)> \"quoted\" 'single'";
  story.events.front().time.emplace().start = PartialDate{2014, 11, 24};
  const auto exported = export_story(story, Format::timelinejs);
  // The only markup is the exporter's own: the title slide's paragraph.
  std::string markup = exported.text;
  for (const std::string tag : {"<p>", "</p>"})
    for (auto at = markup.find(tag); at != std::string::npos; at = markup.find(tag))
      markup.erase(at, tag.size());
  CHECK(markup.find('<') == std::string::npos);
  const auto document = nlohmann::json::parse(exported.text, nullptr, false);
  CHECK(document["title"]["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
  CHECK(document["events"][0]["text"]["headline"] ==
        "&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39;");
  // And back: the entities are text again.
  const auto imported = import_story(exported.text, Format::timelinejs);
  CHECK(imported.story.article.headline == story.article.headline);
  CHECK(imported.story.events.front().summary == story.events.front().summary);
}

TEST_CASE("story → TimelineJS → story keeps what the table in docs/convert.md says") {
  const Story story = test::example();
  const auto exported = export_story(story, Format::timelinejs);
  const auto imported = import_story(exported.text, Format::timelinejs);
  REQUIRE(imported.ok());
  for (const auto& d : imported.diagnostics) {
    CAPTURE(d.pointer);
    CHECK(d.code == "SD312"); // only kinds that need participants
    CHECK(d.pointer.ends_with("/group"));
  }
  CHECK(imported.story.article.headline == story.article.headline);
  CHECK(imported.story.article.body == std::vector<std::string>{story.article.body.front()});
  const auto expected = expected_events(story);
  REQUIRE(imported.story.events.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(expected[i].id.value);
    CHECK(as_json(imported.story.events[i]) == as_json(expected[i]));
  }
  CHECK(validate(encode(imported.story)).ok());
  // What survived one round trip survives the next unchanged.
  const auto again =
      import_story(export_story(imported.story, Format::timelinejs).text, Format::timelinejs);
  CHECK(encode(again.story) == encode(imported.story));
}

TEST_CASE("Knight Lab's reference timelines import into valid stories, reporting what has no "
          "place") {
  for (const std::string name : {"houston-timeline3.json", "eras.json"}) {
    CAPTURE(name);
    const std::string text = test::read_file("tests/fixtures/timelinejs/" + name);
    REQUIRE(detect_formats(text) == std::vector<Format>{Format::timelinejs});
    const auto imported = import_story(text, Format::timelinejs);
    REQUIRE(imported.ok());
    for (const auto& d : imported.diagnostics) {
      CAPTURE(d.pointer);
      CHECK(d.code == "SD311");
      CHECK(d.line > 0); // located in the input
    }
    const auto validated = validate(encode(imported.story));
    CHECK(test::summary(validated.diagnostics).find("error") == std::string::npos);
    CHECK(validated.ok());
  }
  const auto houston = import_story(
      test::read_file("tests/fixtures/timelinejs/houston-timeline3.json"), Format::timelinejs);
  CHECK(houston.story.article.headline == "Whitney Houston 1963 - 2012");
  REQUIRE(houston.story.events.size() == 18);
  const Event& first = houston.story.events.front();
  CHECK(first.summary.starts_with("A Musical Heritage: Born in New Jersey on August 9th, 1963"));
  CHECK(first.time->start == PartialDate{1963, 8, 9});
  CHECK(first.kind == EventKind::other);
  CHECK(test::summary(houston.diagnostics).find("SD311 /events/0/media ") != std::string::npos);
  const auto eras =
      import_story(test::read_file("tests/fixtures/timelinejs/eras.json"), Format::timelinejs);
  REQUIRE(eras.story.events.size() == 20);
  CHECK(eras.story.events[2].time->start == PartialDate{622, 8, 9});
  CHECK(eras.story.events[2].time->end == PartialDate{622, 8, 23});
  CHECK(test::summary(eras.diagnostics).find("SD311 /eras ") != std::string::npos);
}

TEST_CASE("TimelineJS dates: strings or numbers, and what storydata cannot hold") {
  const auto one = [](const std::string& slide) {
    return import_story("{\"events\": [" + slide + "]}", Format::timelinejs);
  };
  auto numbers = one(R"({"start_date": {"year": 2014, "month": 11, "day": 24},
                          "text": {"headline": "Numbers"}, "group": "meeting"})");
  CHECK(numbers.story.events.at(0).time->start == PartialDate{2014, 11, 24});
  CHECK(numbers.story.events.at(0).kind == EventKind::meeting);
  CHECK(numbers.diagnostics.empty());
  for (const std::string year : {"\"-44\"", "-44", "0", "12345", "1e300", "\"MMXIV\"",
                                 "99999999999999999999999", "true", "2014.5"}) {
    CAPTURE(year);
    const auto r =
        one("{\"start_date\": {\"year\": " + year + "}, \"text\": {\"headline\": \"x\"}}");
    REQUIRE(r.ok());
    CHECK_FALSE(r.story.events.at(0).time);
    CHECK(test::summary(r.diagnostics).starts_with("SD311 /events/0/start_date/year "));
  }
  const auto rough = one(
      R"({"start_date": {"year": "2015", "month": "2", "day": "29", "hour": "10"}, "group": "spying"})");
  CHECK(rough.story.events.at(0).time->start == PartialDate{2015, 2, 0});
  CHECK(rough.story.events.at(0).kind == EventKind::other);
  CHECK(test::summary(rough.diagnostics) ==
        "SD312 /events/0/start_date/day 1:66 not a day of 2015-02; the date is kept to the month\n"
        "SD312 /events/0/start_date/hour 1:80 storydata dates are days; the time of day is left "
        "out\n"
        "SD312 /events/0/group 1:96 not a storydata event kind; the event is of kind other\n");
  const auto backwards = one(R"({"start_date": {"year": "2015"}, "end_date": {"year": "2014"}})");
  CHECK(backwards.story.events.at(0).time->end == std::nullopt);
  CHECK(validate(encode(backwards.story)).ok());
}

TEST_CASE("hostile TimelineJS input is refused with a clear error or reported, never a crash") {
  const std::vector<std::string> refused{"",
                                         "not json",
                                         "[]",
                                         "\"events\"",
                                         "{}",
                                         "{\"events\": 3}",
                                         "{\"title\": []}",
                                         std::string(100000, '['),
                                         "{\"events\": [" + std::string(100000, '[')};
  test::check_refused(Format::timelinejs, refused);
  // Odd values are reported and the story stays valid; many slides are no problem.
  std::string many = R"({"title": {"text": {"headline": 5}, "unique_id": "t"}, "events": [3, null,
    {"unique_id": "a"}, {"unique_id": "a", "text": "x"}, {"unique_id": "bad id!"},
    {"start_date": "2014", "display_date": {"x": 1}, "group": 7}, {"end_date": {"year": "2014"}})";
  for (int i = 0; i < 20000; ++i)
    many += R"(, {"start_date": {"year": "2014"}, "text": {"headline": "<b>same</b>"}})";
  many += "]}";
  const auto imported = import_story(many, Format::timelinejs);
  REQUIRE(imported.ok());
  CHECK(imported.story.events.size() == 20005);
  CHECK(imported.story.events[0].id.value == "a");
  CHECK(imported.story.events[1].id.value != "a");
  CHECK(imported.story.events.back().summary == "same");
  CHECK(validate(encode(imported.story)).ok());
  const std::string report = test::summary(imported.diagnostics);
  for (const char* expected :
       {"SD311 /title/text/headline ", "SD311 /title/unique_id ", "SD311 /events/0 ",
        "SD311 /events/3/unique_id ", "SD311 /events/4/unique_id ", "SD311 /events/5/start_date ",
        "SD312 /events/5/group ", "SD311 /events/5/display_date ", "SD311 /events/6/end_date "}) {
    CAPTURE(expected);
    CHECK(report.find(expected) != std::string::npos);
  }
}
