// SPDX-License-Identifier: Apache-2.0
// STIX 2.1: the SHA-1 and UUIDv5 behind deterministic ids, the exact loss report on the example
// story, the round trip story → STIX → story against the table in docs/convert.md, the reference
// bundles, and hostile input. (tests/node/stix_schema.test.mjs checks exports against the
// official STIX JSON Schemas.)
#include "../sdk/src/convert/support/uuid.hpp"
#include "convert_support.hpp"

#include <doctest/doctest.h>
#include <map>

using namespace storydata;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
  std::string out;
  for (const auto byte : digest) {
    out += "0123456789abcdef"[byte >> 4];
    out += "0123456789abcdef"[byte & 0xF];
  }
  return out;
}

bool is_campaign(EventKind kind) {
  return kind == EventKind::espionage || kind == EventKind::cyberattack ||
         kind == EventKind::intrusion;
}

/// The kind an actor has after the round trip, as docs/convert.md's table says.
ActorKind read_back(ActorKind kind, bool campaign_agent) {
  using enum ActorKind;
  if (campaign_agent) {
    if (kind == group) return group;
    if (kind == person || kind == anonymous_source) return person;
    if (kind == country || kind == government || kind == agency || kind == legislature)
      return country;
    return organization;
  }
  switch (kind) {
  case person:
  case anonymous_source:
    return person;
  case country:
  case government:
    return government;
  case legislature:
    return agency;
  case group:
  case agency:
  case company:
  case media:
  case organization:
    return kind;
  default:
    return other;
  }
}

/// A day-precise time with no other detail survives; any other becomes the days it covers.
std::optional<VagueTime> read_back(const std::optional<VagueTime>& time) {
  if (!time) return std::nullopt;
  const DayRange range = day_range(*time);
  if (!range.first && !range.last) return std::nullopt;
  const auto day = [](std::int32_t d) {
    // Days since 1970 back to a date, through the date of the first day of that year.
    PartialDate date{1970, 1, 1};
    while (PartialDate{date.year + 1, 1, 1}.first_day() <= d)
      ++date.year;
    while (date.month < 12 && PartialDate{date.year, date.month + 1, 1}.first_day() <= d)
      ++date.month;
    date.day = 1 + (d - PartialDate{date.year, date.month, 1}.first_day());
    return date;
  };
  VagueTime out;
  if (range.first) out.start = day(*range.first);
  if (range.last && range.last != range.first) out.end = day(*range.last);
  return out;
}

/// What the table in docs/convert.md says survives story → STIX → story.
Story expected_round_trip(const Story& story) {
  Story out;
  out.id = story.id;
  out.article.headline = story.article.headline;
  out.article.standfirst = story.article.standfirst;
  out.article.publisher = story.article.publisher;
  out.article.language = story.article.language;
  out.article.url = story.article.url;
  std::map<std::string, bool> agents;
  for (const Event& e : story.events)
    if (is_campaign(e.kind))
      for (const auto& p : e.participants)
        if (p.role == Role::agent) agents[p.actor.id] = true;
  const auto sources_only = [&](const Attribution& a) {
    Attribution kept{a.certainty, {}, std::nullopt, {}};
    for (const auto& ref : a.according_to)
      for (const Source& s : story.sources)
        if (s.id.value == ref.id) kept.according_to.push_back(ref);
    return kept;
  };
  for (const Actor& a : story.actors) {
    const bool agent = agents.contains(a.id.value);
    Actor kept{a.id,
               read_back(a.kind, agent),
               a.name,
               agent ? a.aliases : std::vector<std::string>{},
               a.description,
               a.identifiers,
               {},
               {}};
    out.actors.push_back(std::move(kept));
  }
  for (const Event& e : story.events) {
    if (!is_campaign(e.kind)) continue;
    Event kept;
    kept.id = e.id;
    kept.kind = EventKind::intrusion;
    kept.summary = e.summary;
    for (const auto& p : e.participants)
      if (p.role == Role::agent || p.role == Role::target) kept.participants.push_back(p);
    kept.time = read_back(e.time);
    for (const auto& link : e.links)
      for (const Event& other : story.events)
        if (other.id.value == link.event.id && is_campaign(other.kind)) kept.links.push_back(link);
    kept.attribution = sources_only(e.attribution);
    out.events.push_back(std::move(kept));
  }
  for (const Relation& r : story.relations)
    out.relations.push_back({r.id,
                             r.kind,
                             r.subject,
                             r.object,
                             r.label,
                             read_back(r.time),
                             sources_only(r.attribution),
                             {},
                             {}});
  for (const Claim& c : story.claims) {
    Claim kept{c.id,         c.speaker,
               {},           c.text,
               false,        c.about_actors,
               {},           {},
               std::nullopt, sources_only(c.attribution),
               {},           {}};
    for (const auto& about : c.about_events)
      for (const Event& e : story.events)
        if (e.id == Id{about.id} && is_campaign(e.kind)) kept.about_events.push_back(about);
    out.claims.push_back(std::move(kept));
  }
  for (const Source& s : story.sources) {
    Source kept{s.id,         SourceKind::article, s.title, std::nullopt, {},
                std::nullopt, read_back(s.time),   s.url,   {},           {}};
    for (const Actor& a : story.actors)
      if (!s.authors.empty() && a.id.value == s.authors.front().id && !agents.contains(a.id.value))
        kept.authors.push_back(s.authors.front());
    out.sources.push_back(std::move(kept));
  }
  return out;
}

} // namespace

TEST_CASE("SHA-1 gives the FIPS 180 test vectors") {
  using storydata::convert::sha1;
  CHECK(hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(hex(sha1(std::string(1000000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  // Lengths around the padding boundary (55, 56 and 64 bytes) need one or two final blocks.
  CHECK(hex(sha1(std::string(55, 'a'))) == "c1c8bbdc22796e28c0e15163d20899b65621d65a");
  CHECK(hex(sha1(std::string(56, 'a'))) == "c2db330f6083854c99d4b5bfb6e8f29f201be699");
  CHECK(hex(sha1(std::string(64, 'a'))) == "0098ba824b5c16427bd7a1122a5a442a25ec644d");
}

TEST_CASE("UUIDv5 gives RFC 9562's example") {
  CHECK(convert::uuid5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com") ==
        "2ed6657d-e927-568b-95e1-2665a8aea6a2");
}

TEST_CASE("the example story exports to STIX deterministically, with exactly its loss report") {
  test::check_lossy_export(Format::stix, "south-korea-cyber-spying.stix.losses");
}

TEST_CASE("story → STIX → story keeps what the table in docs/convert.md says") {
  const Story story = test::example();
  const auto exported = export_story(story, Format::stix);
  REQUIRE(exported.ok());
  CHECK(detect_format(exported.text) == Format::stix);
  const auto imported = import_story(exported.text, Format::stix);
  CHECK(test::summary(imported.diagnostics) == "");
  CHECK(encode(imported.story) == encode(expected_round_trip(story)));
  for (const auto& d : check(imported.story)) {
    CAPTURE(d.message);
    CHECK(d.severity != Severity::error);
  }
  // And once more: what survived one round trip survives the next unchanged.
  const auto again = import_story(export_story(imported.story, Format::stix).text, Format::stix);
  CHECK(encode(again.story) == encode(imported.story));
}

TEST_CASE("the reference STIX bundles import into valid stories, reporting what has no place") {
  for (const std::string name : {"example-apt1.json", "example-indicator-to-campaign.json"}) {
    CAPTURE(name);
    const std::string text = test::read_file("tests/fixtures/stix2.1/" + name);
    REQUIRE(detect_format(text) == Format::stix);
    const auto imported = import_story(text, Format::stix);
    REQUIRE(imported.ok());
    CHECK_FALSE(imported.diagnostics.empty());
    for (const auto& d : imported.diagnostics) {
      CAPTURE(d.pointer);
      CHECK((d.code == "SD311" || d.code == "SD312"));
      CHECK(d.line > 0); // located in the bundle
    }
    const auto validated = validate(encode(imported.story));
    CHECK(validated.ok());
  }
  const auto apt1 =
      import_story(test::read_file("tests/fixtures/stix2.1/example-apt1.json"), Format::stix);
  CHECK(apt1.story.actors.size() == 10); // 5 threat actors, 4 identities, 1 intrusion set
  CHECK(apt1.story.actors.front().id.value == "apt1");
  CHECK(apt1.story.actors.front().kind == ActorKind::group);
  CHECK(apt1.story.actors.front().identifiers.at("stix") ==
        "intrusion-set--da1065ce-972c-4605-8755-9cd1074e3b5a");
  CHECK(apt1.story.article.headline.find("APT1") != std::string::npos);
  const auto campaign = import_story(
      test::read_file("tests/fixtures/stix2.1/example-indicator-to-campaign.json"), Format::stix);
  REQUIRE(campaign.story.events.size() == 1);
  // Known without attacker or target, the campaign cannot be a valid intrusion: it is `other`.
  CHECK(campaign.story.events.front().kind == EventKind::other);
  CHECK(test::summary(campaign.diagnostics).find("SD312 /objects/0 ") != std::string::npos);
}

TEST_CASE("hostile STIX input is refused with a clear error or reported, never a crash") {
  const std::vector<std::string> refused{"",
                                         "not json",
                                         "[]",
                                         "{\"type\": \"bundle\"}",
                                         "{\"type\": \"bundle\", \"objects\": 3}",
                                         "{\"type\": \"report\", \"objects\": []}",
                                         std::string(100000, '[')};
  test::check_refused(Format::stix, refused);
  const std::string odd = test::read_file("tests/fixtures/stix2.1/hostile-odd-values.json");
  const auto imported = import_story(odd, Format::stix);
  CHECK(imported.ok());
  CHECK(validate(encode(imported.story)).ok());
  CHECK(test::summary(imported.diagnostics).find("SD311") != std::string::npos);
}

TEST_CASE("a property whose name holds '/' or '~' is reported at a well-formed JSON Pointer") {
  const auto imported = import_story(R"({"type": "bundle", "id": "bundle--1", "objects": [
    {"type": "identity", "spec_version": "2.1", "id": "identity--a", "name": "A",
     "created": "2015-01-01T00:00:00.000Z", "modified": "2015-01-01T00:00:00.000Z",
     "x_acme/kind~1": "x"}]})",
                                     Format::stix);
  CHECK(test::summary(imported.diagnostics).find("SD311 /objects/0/x_acme~1kind~01 ") !=
        std::string::npos);
}
