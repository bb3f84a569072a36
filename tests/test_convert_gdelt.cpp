// SPDX-License-Identifier: Apache-2.0
// GDELT 2.0 event rows: the hand-made fixture imports into a valid story; CAMEO codes, actors,
// places, sources and numbers land where docs/convert.md says; malformed rows are errors with
// their line and column.
#include "convert_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace storydata;

namespace {

const std::string fixture = "tests/fixtures/gdelt/korea-2014-2015.export.tsv";

// The first fixture row with column `index` (0-based) replaced.
std::string row_with(std::size_t index, const std::string& value) {
  const auto text = test::read_file(fixture);
  std::string line = text.substr(0, text.find('\n'));
  std::size_t start = 0;
  for (std::size_t i = 0; i < index; ++i)
    start = line.find('\t', start) + 1;
  const auto end = line.find('\t', start);
  return line.replace(start, end == std::string::npos ? std::string::npos : end - start, value);
}

const Event* event(const Story& story, std::string_view id) {
  for (const auto& e : story.events)
    if (e.id.value == id) return &e;
  return nullptr;
}

} // namespace

TEST_CASE("GDELT import: the fixture becomes a valid story") {
  const auto text = test::read_file(fixture);
  CHECK(detect_format(text) == Format::gdelt);
  const auto result = import_story(text, Format::gdelt);
  REQUIRE(result.ok());
  const auto& story = result.story;
  CHECK(test::validation_problems(story) == "");
  CHECK(story.article.headline == "GDELT events, 2014-11-24 to 2015-01-22");
  CHECK(story.events.size() == 8);
  CHECK(story.sources.size() == 7); // two rows share a URL

  const auto* attack = event(story, "gdelt-410398001");
  REQUIRE(attack);
  CHECK(attack->kind == EventKind::cyberattack);
  CHECK(attack->time->start == PartialDate{2014, 11, 24});
  REQUIRE(attack->participants.size() == 2);
  CHECK(attack->participants[0].actor.id == "gdelt-prk");
  CHECK(attack->participants[1].actor.id == "gdelt-usabus");
  CHECK(attack->participants[1].role == Role::target);
  CHECK(attack->place->id == "place-culver-city-california-united-states");
  CHECK(attack->attribution.certainty == Certainty::reported);
  CHECK(attack->extensions.values.at("x-gdelt-goldstein-scale") == "-7.0");
  CHECK(attack->extensions.values.at("x-gdelt-event-code") == "\"176\"");

  CHECK(event(story, "gdelt-410412345")->kind == EventKind::attribution);
  CHECK(event(story, "gdelt-410412345")->participants[1].role == Role::accused);
  CHECK(event(story, "gdelt-410655220")->kind == EventKind::statement);
  CHECK(event(story, "gdelt-410700001")->kind == EventKind::cooperation);
  CHECK(event(story, "gdelt-410700003")->kind == EventKind::threat);
  CHECK(event(story, "gdelt-410700005")->kind == EventKind::sanction);
  // A visit without Actor1 has no host: it cannot be a meeting of two.
  CHECK(event(story, "gdelt-410700004")->kind == EventKind::other);

  const auto& actors = story.actors;
  const auto sony = std::find_if(actors.begin(), actors.end(),
                                 [](const Actor& a) { return a.id.value == "gdelt-usabus"; });
  REQUIRE(sony != actors.end());
  CHECK(sony->kind == ActorKind::company);
  CHECK(sony->name == "SONY PICTURES");
  CHECK(sony->identifiers.at("cameo") == "USABUS");
  CHECK(actors.front().kind == ActorKind::country); // PRK acting as a whole

  const auto report = test::loss_report(result.diagnostics);
  CHECK(report.find("SD312 /4/EventCode\n") != std::string::npos); // 0314: intent, not cooperation
  CHECK(report.find("SD312 /6/EventCode\n") != std::string::npos); // 043 without Actor1
  CHECK(report.find("SD311 /0/Actor1Geo_Lat\n") != std::string::npos);
  CHECK(report.find("/1/Actor1Geo_Lat") == std::string::npos); // each column reported once
  for (const auto& d : result.diagnostics) {
    CHECK(d.line > 0);
    CHECK(d.column > 0);
  }
}

TEST_CASE("GDELT import: malformed rows are errors with their line and column") {
  const auto good = row_with(0, "1");
  struct Case {
    std::string text;
    std::string expected;
  };
  for (const auto& c : {
           Case{good + "\n\nshort\trow\n", "SD313 /1 3:1 not GDELT 2.0 event rows: line 3 has 2 "
                                           "tab-separated columns; a GDELT 2.0 event row has 61\n"},
           Case{row_with(1, "20151301"),
                "SD313 /0/SQLDATE 1:11 not GDELT 2.0 event rows: line 1, SQLDATE \"20151301\" is "
                "not a date YYYYMMDD\n"},
           Case{row_with(1, "2015-1-1"),
                "SD313 /0/SQLDATE 1:11 not GDELT 2.0 event rows: line 1, SQLDATE \"2015-1-1\" is "
                "not a date YYYYMMDD\n"},
           Case{row_with(26, "abc"), "SD313 /0/EventCode 1:"},
           Case{row_with(0, "x1"), "SD313 /0/GLOBALEVENTID 1:1 not GDELT 2.0 event rows: line 1, "
                                   "GLOBALEVENTID \"x1\" is not a number\n"},
           Case{"", "SD313  0:0 not GDELT 2.0 event rows: there are no rows\n"},
           // A byte that is not UTF-8, in an actor's country code (found by fuzz_import).
           Case{good + "\n" + row_with(7, "KO\xFF"), "SD313 /1 2:"},
           Case{"{\"storydata\": \"1.0\"}",
                "SD313 /0 1:1 not GDELT 2.0 event rows: line 1 has 1 "
                "tab-separated columns; a GDELT 2.0 event row has 61\n"},
       }) {
    CAPTURE(c.text.substr(0, 60));
    const auto result = import_story(c.text, Format::gdelt);
    CHECK_FALSE(result.ok());
    std::string errors;
    for (const auto& d : result.diagnostics)
      if (d.severity == Severity::error) errors += test::summary({d});
    CHECK(errors.starts_with(c.expected));
  }
}

TEST_CASE("GDELT import: hostile values are reported, never trusted") {
  auto row = row_with(30, "1e999999"); // GoldsteinScale
  const auto result = import_story(row, Format::gdelt);
  REQUIRE(result.ok());
  CHECK(test::loss_report(result.diagnostics).find("SD311 /0/GoldsteinScale") != std::string::npos);
  CHECK_FALSE(result.story.events[0].extensions.values.contains("x-gdelt-goldstein-scale"));
  // Thousands of rows and a megabyte-long name are fine; nothing is quadratic in a row.
  std::string many;
  for (int i = 1; i <= 2000; ++i)
    many += row_with(0, std::to_string(i)) + "\n";
  const auto big = import_story(many, Format::gdelt);
  CHECK(big.ok());
  CHECK(big.story.events.size() == 2000);
  CHECK(import_story(row_with(6, std::string(1 << 20, 'A')), Format::gdelt).ok());
  // Too many bad rows stop at 100 errors.
  std::string bad;
  for (int i = 0; i < 500; ++i)
    bad += "a\tb\n";
  CHECK(import_story(bad, Format::gdelt).diagnostics.size() == 100);
}

TEST_CASE("every event kind with a CAMEO code (kinds.hpp) is read back from it, exactly") {
  for (const auto& t : kinds::event_kinds) {
    if (t.cameo.empty()) continue;
    CAPTURE(enum_name(t.kind));
    const auto imported = import_story(row_with(26, std::string(t.cameo)), Format::gdelt);
    REQUIRE(imported.story.events.size() == 1);
    CHECK(imported.story.events[0].kind == t.kind);
    CHECK(test::summary(imported.diagnostics).find("/0/EventCode") == std::string::npos);
  }
}
