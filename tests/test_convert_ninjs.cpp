// SPDX-License-Identifier: Apache-2.0
// IPTC ninjs 2.2 and 3.1: export of the example story with its exact loss report, import of the
// agencies' reference documents into valid stories, the round trip, and hostile input.
#include "convert_support.hpp"

#include <doctest/doctest.h>
#include <map>
#include <nlohmann/json.hpp>

using namespace storydata;

namespace {

nlohmann::json parse(const std::string& text) {
  return nlohmann::json::parse(text, nullptr, false);
}

ImportResult import_fixture(const std::string& name, Format format) {
  return import_story(test::read_file("tests/fixtures/ninjs/" + name), format);
}

} // namespace

TEST_CASE("ninjs export: the example story, with every loss reported") {
  for (const auto format : {Format::ninjs2, Format::ninjs3}) {
    CAPTURE(info(format).name);
    const auto result = export_story(test::example(), format);
    REQUIRE(result.ok());
    CHECK(test::loss_report(result.diagnostics) ==
          test::read_file("tests/fixtures/convert/example.ninjs.losses.txt"));
    const auto item = parse(result.text);
    REQUIRE(item.is_object());
    CHECK(item["uri"] == "urn:storydata:south-korea-cyber-spying");
    CHECK(item["headlines"][0]["value"] == "Ally South Korea boosts cyber spying on US");
    CHECK(item["places"].size() == 7); // the countries
    CHECK(item["organisations"].size() ==
          6); // government, agency, legislature, media, company, group
    CHECK(item["people"].size() == 4);
    CHECK(item["objects"].size() == 4);
    CHECK(item["events"].size() == 20);
    const auto content_type = format == Format::ninjs2 ? "contenttype" : "contentType";
    CHECK(item["bodies"][0][content_type] == "text/plain");
  }
}

TEST_CASE("ninjs round trip: what ninjs holds comes back") {
  for (const auto format : {Format::ninjs2, Format::ninjs3}) {
    CAPTURE(info(format).name);
    const auto& story = test::example();
    const auto back = import_story(export_story(story, format).text, format);
    REQUIRE(back.ok());
    CHECK(back.story.id == story.id);
    CHECK(back.story.article.headline == story.article.headline);
    CHECK(back.story.article.body == story.article.body);
    CHECK(back.story.article.language == story.article.language);
    // Actors come back grouped by ninjs list (people, organisations, ...), each with its id.
    const auto names = [](const Story& s) {
      std::map<std::string, std::string> out;
      for (const auto& actor : s.actors)
        out[actor.id.value] = actor.name;
      return out;
    };
    CHECK(names(back.story) == names(story));
    CHECK(back.story.events.size() == story.events.size());
    CHECK(test::validation_problems(back.story) == "");
  }
}

TEST_CASE("ninjs import: the agencies' documents become valid stories") {
  struct Case {
    const char* file;
    Format format;
    const char* headline;
    std::size_t paragraphs;
  };
  for (const auto& c : {
           Case{"dpa_text.json", Format::ninjs2,
                "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?", 9},
           Case{"ntb_text.json", Format::ninjs2, "Google har kjøpt giganttomt i Skien", 0},
           Case{"ninjsExSimpleText_3.json", Format::ninjs3,
                "Captain of wrecked cruise ship on trial in Italy", 4},
           Case{"20231016-addb-example-press-conference.json", Format::ninjs3, "World Anti", 0},
       }) {
    CAPTURE(c.file);
    const auto text = test::read_file(std::string("tests/fixtures/ninjs/") + c.file);
    CHECK(detect_format(text) == c.format);
    const auto result = import_story(text, c.format);
    REQUIRE(result.ok());
    CHECK(result.story.article.headline == c.headline);
    if (c.paragraphs) CHECK(result.story.article.body.size() == c.paragraphs);
    CHECK(test::validation_problems(result.story) == "");
    // No markup survives into the text.
    for (const auto& paragraph : result.story.article.body) {
      CHECK(paragraph.find('<') == std::string::npos);
      CHECK(paragraph.find("&amp;") == std::string::npos);
    }
  }
}

TEST_CASE("ninjs import: what has no place in a story is reported with its pointer") {
  const auto result = import_fixture("ntb_text.json", Format::ninjs2);
  const auto report = test::loss_report(result.diagnostics);
  CHECK(report.find("SD311 /pubstatus\n") != std::string::npos);
  CHECK(report.find("SD311 /subjects\n") != std::string::npos);
  CHECK(report.find("SD311 /ednote\n") != std::string::npos);
  CHECK(report.find("SD312 /versioncreated\n") != std::string::npos);
  CHECK(report.find("SD312 /by\n") != std::string::npos);
  CHECK(result.story.article.standfirst ==
        "IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien i tilfelle det blir "
        "behov for flere datasentre i Europa.");
  CHECK(result.story.article.published == PartialDate{2019, 8, 9});
  REQUIRE(result.story.actors.size() == 3); // Telemark, the by-line, the copyright holder
  CHECK(result.story.actors[0].name == "Telemark");
  CHECK(result.story.actors[0].kind == ActorKind::location);

  // The NITF body's head (headline, byline) is skipped; only its paragraphs are text.
  const auto addb = import_fixture("20231016-addb-example-press-conference.json", Format::ninjs3);
  REQUIRE_FALSE(addb.story.article.body.empty());
  CHECK(addb.story.article.body.front().starts_with("The Australian Sports Anti-Doping"));
  CHECK(test::loss_report(addb.diagnostics).find("SD311 /bodies/1\n") != std::string::npos);
  CHECK(test::loss_report(addb.diagnostics).find("SD311 /eventDetails\n") != std::string::npos);
}

TEST_CASE("ninjs import: HTML bodies are read as text, not pattern-matched") {
  const auto body = [](const std::string& html) {
    const auto item = nlohmann::json{{"uri", "urn:x"},
                                     {"headlines", {{{"value", "H"}}}},
                                     {"bodies", {{{"contenttype", "text/html"}, {"value", html}}}}};
    return import_story(item.dump(), Format::ninjs2).story.article.body;
  };
  using Paragraphs = std::vector<std::string>;
  CHECK(body("<p>A &amp; B</p><p title='x>y'>C&#233;&#x1F600;</p>") ==
        Paragraphs{"A & B", "Cé\U0001F600"});
  CHECK(body("<script>var s = '<p>no</p>';</script><p>yes</p>") == Paragraphs{"yes"});
  CHECK(body("<!-- <p>hidden</p> --><div>one<br>two<br/><br/>three</div>") ==
        Paragraphs{"one two", "three"});
  CHECK(body("a < b &unknown; &#0; &#99999999;") == Paragraphs{"a < b &unknown; \uFFFD \uFFFD"});
  CHECK(body("<p>unclosed <b>bold") == Paragraphs{"unclosed bold"});
  CHECK(body("<![CDATA[<raw>]]>") == Paragraphs{"<raw>"});
}

TEST_CASE("ninjs import: character references as HTML5 reads them; unknown names are SD311") {
  const auto import_body = [](const std::string& html) {
    const auto item = nlohmann::json{{"uri", "urn:x"},
                                     {"headlines", {{{"value", "H"}}}},
                                     {"bodies", {{{"contenttype", "text/html"}, {"value", html}}}}};
    return import_story(item.dump(), Format::ninjs2);
  };
  const auto body = [&](const std::string& html) {
    const auto result = import_body(html);
    REQUIRE(result.story.article.body.size() == 1);
    return result.story.article.body.front();
  };
  // Every name of the table, not a chosen few; two code points for some.
  CHECK(body("&eacute;&ccedil;&Aacute;&oslash;&thorn;&Scaron;") == "éçÁøþŠ");
  CHECK(body("&NotEqualTilde; &fjlig; &CounterClockwiseContourIntegral;") ==
        "\u2242\u0338 fj \u2233");
  // Legacy names need no ';', and the longest known name wins.
  CHECK(body("&copy 2024 &amp co &eacutex") == "\u00A9 2024 & co \u00E9x");
  CHECK(body("&notin; &notit;") == "\u2209 \u00ACit;");
  // Numbers: 0x80-0x9F as windows-1252, ';' optional, invalid values U+FFFD.
  CHECK(body("&#128;&#x80;&#150;&#x9F;&#x81;") == "\u20AC\u20AC\u2013\u0178\u0081");
  CHECK(body("&#233 &#xD800; &#0; &#x110000;") == "\u00E9 \uFFFD \uFFFD \uFFFD");
  CHECK(body("&#; &#x; AT&T &;") == "&#; &#x; AT&T &;");
  // A name meant as a reference but not HTML5's is kept and reported where it was read.
  const auto unknown = import_body("<p>caf&eacut; &bogus; AT&T</p>");
  REQUIRE(unknown.story.article.body.size() == 1);
  CHECK(unknown.story.article.body.front() == "caf&eacut; &bogus; AT&T");
  const std::string report = test::summary(unknown.diagnostics);
  CHECK(report.find("SD311 /bodies/0/value 1:") != std::string::npos);
  CHECK(report.find("the character reference &eacut; is not one of HTML5's") != std::string::npos);
  CHECK(report.find("&bogus;") != std::string::npos);
  CHECK(report.find("AT&T") == std::string::npos);
}

TEST_CASE("ninjs import: hostile input is an error, never a crash") {
  for (const std::string& text : {
           std::string(""),
           std::string("{\"uri\": \"u\", \"headlines\": [{\"value\": \"H\""),
           std::string("not json"),
           std::string("[1, 2]"),
           std::string("{\"headlines\": []}"),
           std::string(100000, '[') + std::string(100000, ']'),
       }) {
    const auto result = import_story(text, Format::ninjs3);
    CHECK_FALSE(result.ok());
    REQUIRE_FALSE(result.diagnostics.empty());
    CHECK(result.diagnostics.front().code == "SD313");
  }
  // A number beyond double range is not JSON storydata reads; the error is located.
  const auto overflow = import_story("{\"uri\": \"u\",\n \"urgency\": 1e999999}", Format::ninjs2);
  REQUIRE(overflow.diagnostics.size() == 1);
  CHECK(overflow.diagnostics[0].code == "SD313");
  CHECK(overflow.diagnostics[0].line == 2);
  // Wrong types and huge integers are reported, not trusted.
  const auto valid = import_story(R"({"uri": "u", "headlines": 5, "people": [{"name": 7}],
      "urgency": 123456789012345678901234567890, "versioncreated": "yesterday"})",
                                  Format::ninjs2);
  CHECK(valid.ok());
  CHECK(test::loss_report(valid.diagnostics) ==
        "SD311 /headlines\nSD312 \nSD311 /versioncreated\nSD311 /people/0\nSD311 /urgency\n");
}
