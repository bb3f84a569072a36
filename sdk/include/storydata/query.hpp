// SPDX-License-Identifier: Apache-2.0
// A small query language over a corpus: `events where agent = south-korea and target = us`.
// The grammar and every form, with examples, are in docs/query.md.
#pragma once

#include <cstddef>
#include <optional>
#include <storydata/graph.hpp>
#include <storydata/index.hpp>
#include <storydata/timeline.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace storydata {

/// A step of a path (the first one has no edge), or a neighbour: the actor reached and how.
struct Step {
  Found<Actor> actor{};
  std::optional<Edge> edge{};
  Direction direction = Direction::out; ///< how the edge was followed: out, in, or both
  bool operator==(const Step&) const = default;
};

/// A step of a provenance chain of one story, numbered from 0 within the result.
struct ProvenanceRow {
  std::size_t story = 0;
  std::size_t chain = 0;
  ProvenanceStep step{};
  bool operator==(const ProvenanceRow&) const = default;
};

/// One result: an object of a story (with the story it comes from), a timeline entry, a step of
/// a path or a neighbour, a step of a provenance chain, or a quantity.
using Row = std::variant<Found<Actor>, Found<Event>, Found<Claim>, Found<Relation>, TimelineEntry,
                         Step, ProvenanceRow, Found<Quantity>>;

/// Why a query cannot be answered, and where: the 1-based column, in code points, of the
/// offending token (one past the end for a query that stops too early).
struct QueryError {
  std::string message{};
  std::size_t column = 1;
  bool operator==(const QueryError&) const = default;
};

/// The rows a query selects, or an error. Rows point into the corpus's stories, and the result
/// into the corpus: both must outlive it (see Corpus).
struct QueryResult {
  std::string form{}; ///< what the query asked for: "events", "actors", "path", ...
  std::vector<Row> rows{};
  const Corpus* corpus = nullptr; ///< where the rows come from
  std::optional<QueryError> error{};

  bool ok() const noexcept { return !error; }
};

/// The longest query text, in bytes: a longer one is an error at the first character past the
/// limit. Long enough for any question, with hundreds of values in an `in (...)` list.
inline constexpr std::size_t max_query_bytes = std::size_t{64} << 10;

/// Runs a query. Never throws; a malformed query, an unknown field, value or actor is an error.
QueryResult query(const Corpus& corpus, std::string_view text);

/// The result as compact JSON, the same bytes on every platform:
/// `{"form":"events","count":2,"rows":[{"type":"event","story":"...","id":"...",...}]}`, or
/// `{"error":{"message":"...","column":14}}`. docs/query.md lists the fields of every row type.
std::string to_json(const QueryResult& result);

} // namespace storydata
