// SPDX-License-Identifier: Apache-2.0
// Identifiers and typed references between story objects.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace storydata {

/// True when `text` is a well-formed id: 1 to 128 ASCII letters, digits, '.', '_', ':' or '-',
/// starting with a letter or digit ("south-korea", "identity--f431f809").
bool is_valid_id(std::string_view text) noexcept;

/// A readable id from free text: ASCII letters lower-cased and digits kept, every other run of
/// characters one '-', none at either end, at most `max_length` bytes: "Ugly Gorilla" gives
/// "ugly-gorilla". Empty when the text has no ASCII letter or digit. The converters name imported
/// objects with it.
std::string slug(std::string_view text, std::size_t max_length = 64);

/// The id of a story object, unique within its collection.
struct Id {
  std::string value{};

  static constexpr std::string_view schema_pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";
  static constexpr std::string_view expected = "an id (letters, digits, '.', '_', ':', '-')";
  static std::optional<Id> parse(std::string_view text) {
    if (!is_valid_id(text)) return std::nullopt;
    return Id{std::string(text)};
  }
  const std::string& to_string() const noexcept { return value; }
  bool operator==(const Id&) const = default;
};

/// A reference, by id, to an object of one of the `Targets` types (Ref<Actor>, Ref<Actor, Source>).
/// The JSON form is the id string; validation checks that it resolves.
template <class... Targets> struct Ref {
  std::string id{};

  static constexpr std::string_view schema_pattern = Id::schema_pattern;
  static constexpr std::string_view expected = Id::expected;
  static std::optional<Ref> parse(std::string_view text) {
    if (!is_valid_id(text)) return std::nullopt;
    return Ref{std::string(text)};
  }
  const std::string& to_string() const noexcept { return id; }
  bool operator==(const Ref&) const = default;
};

} // namespace storydata
