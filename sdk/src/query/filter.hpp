// SPDX-License-Identifier: Apache-2.0
// The `where` and `order by` of a query: values resolved against the corpus, rows tested and
// compared field by field.
#pragma once

#include "parser.hpp"

#include <optional>
#include <storydata/index.hpp>
#include <string_view>
#include <vector>

namespace storydata::query_language {

/// A condition with its values resolved: actors to entities, enum names to ordinals, dates.
struct Resolved {
  Condition condition{};
  std::vector<std::size_t> entities{};
  std::vector<int> ordinals{};
  std::vector<PartialDate> dates{};
  std::vector<double> numbers{};
};

/// What a row holds in one field.
struct Held {
  std::vector<std::size_t> entities{};
  std::optional<int> ordinal{};
  std::optional<double> number{};
  const VagueTime* time = nullptr;
  std::vector<std::string_view> texts{};
  bool folded = false; ///< texts compare as names (fold_name), not exactly
};

Held held(const Corpus& corpus, const Found<Actor>& row, Field field);
Held held(const Corpus& corpus, const Found<Event>& row, Field field);
Held held(const Corpus& corpus, const Found<Claim>& row, Field field);
Held held(const Corpus& corpus, const Found<Relation>& row, Field field);
Held held(const Corpus& corpus, const Found<Quantity>& row, Field field);

/// Resolves every condition's values; the first value that names nothing is an error.
std::optional<QueryError> resolve(const Corpus& corpus, Form form,
                                  const std::vector<Condition>& conditions,
                                  std::vector<Resolved>& resolved);

/// The actor a value names (by id, else by name or alias), or an error at its column.
std::optional<QueryError> resolve_actor(const Corpus& corpus, const Value& value,
                                        std::vector<std::size_t>& entities);

bool holds(const Resolved& condition, const Held& value);

/// Whether `a` sorts before `b` by a field: undated and absent values last.
bool precedes(const Held& a, const Held& b);

template <class T>
bool matches(const Corpus& corpus, const T& row, const std::vector<Resolved>& conditions) {
  for (const auto& c : conditions)
    if (!holds(c, held(corpus, row, c.condition.field))) return false;
  return true;
}

} // namespace storydata::query_language
