// SPDX-License-Identifier: Apache-2.0
// The parsed form of a query: what it asks for and the conditions, each with its columns.
#pragma once

#include <cstddef>
#include <optional>
#include <storydata/query.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::query_language {

enum class Form {
  events,
  actors,
  claims,
  relations,
  quantities,
  timeline,
  path,
  neighbours,
  provenance
};

/// What a field reads; `role` and `link` fields say which role or link kind in `detail`.
enum class FieldKind {
  role,
  actor,
  speaker,
  about,
  subject,
  object,
  kind,
  certainty,
  status,
  time,
  id,
  name,
  story,
  link,
  place,
  number, ///< a quantity's value, compared as a number
  event   ///< the event a quantity is about, compared by id
};

struct Field {
  FieldKind kind = FieldKind::id;
  int detail = 0;
};

enum class Op { eq, ne, lt, le, gt, ge, in, between };

struct Value {
  std::string text{};
  std::size_t column = 1;
};

struct Condition {
  Field field{};
  std::string field_name{};
  Op op = Op::eq;
  std::vector<Value> values{}; ///< one, two for `between`, one or more for `in`
};

struct Order {
  Field field{};
  bool descending = false;
};

struct Parsed {
  Form form = Form::events;
  std::vector<Condition> where{};
  std::optional<Order> order{};
  std::optional<std::size_t> limit{};
  std::vector<Value> actors{}; ///< path: from and to; neighbours, provenance: the one named
  std::optional<QueryError> error{};
};

std::string_view form_name(Form form);

Parsed parse(std::string_view text);

} // namespace storydata::query_language
