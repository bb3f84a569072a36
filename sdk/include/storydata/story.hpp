// SPDX-License-Identifier: Apache-2.0
// A story: one article and everything it says, as data.
#pragma once

#include <optional>
#include <storydata/actor.hpp>
#include <storydata/article.hpp>
#include <storydata/claim.hpp>
#include <storydata/describe.hpp>
#include <storydata/event.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <storydata/quantity.hpp>
#include <storydata/relation.hpp>
#include <storydata/source.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata {

/// The schema version this SDK writes. Documents of the same major version decode; minor
/// versions only ever add optional fields.
inline constexpr std::string_view schema_version = "1.1";

/// The "MAJOR.MINOR" schema version a document declares; by default schema_version, what this
/// SDK writes (stories built in code and imported ones).
struct SchemaVersion {
  unsigned major = 1;
  unsigned minor = 1;

  static constexpr std::string_view schema_pattern = "^1\\.(0|[1-9][0-9]{0,8})$";
  static constexpr std::string_view expected = "a schema version this SDK reads: 1.x";
  static constexpr std::string_view schema_examples = R"(["1.1"])";
  /// Parses "1.MINOR", the only major version this SDK reads; nullopt for anything else.
  static std::optional<SchemaVersion> parse(std::string_view text) noexcept;
  std::string to_string() const;
  bool operator==(const SchemaVersion&) const = default;
};

static_assert(SchemaVersion::schema_examples.substr(2, 3) == schema_version,
              "a new story declares the version this SDK writes");

/// An article with its actors, events, relations, claims and sources.
struct Story {
  std::optional<std::string> schema_uri{};
  SchemaVersion storydata{};
  Id id{};
  Article article{};
  std::vector<Actor> actors{};
  std::vector<Event> events{};
  std::vector<Relation> relations{};
  std::vector<Claim> claims{};
  std::vector<Quantity> quantities{};
  std::vector<Source> sources{};
  Extensions extensions{};

  bool operator==(const Story&) const = default;
};
STORYDATA_STRUCT(
    Story, "A news story as data: the article, its actors, events, relations, claims and sources.",
    (schema_uri, "The JSON Schema that editors read for completion and hover docs: the URL or "
                 "path of `story.schema.json`. Kept as it is, and otherwise ignored.")(
        storydata, "The schema version the document follows, \"MAJOR.MINOR\".")(
        id, "Identifier of the story.",
        R"(["korea-us-spying-2015"])")(article, "The article the story is drawn from.")(
        actors, "Everyone and everything that takes part.")(events, "What happened.")(
        relations, "Lasting relations between actors.")(claims, "Who said what.")(
        quantities, "The numbers it reports: tolls, results, magnitudes, sums.")(
        sources, "Where the information comes from.")(
        extensions, "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
