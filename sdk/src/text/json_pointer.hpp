// SPDX-License-Identifier: Apache-2.0
// RFC 6901 JSON Pointers, built in one place: keys escaped ('~' as "~0", '/' as "~1"), indices
// written as numbers.
#pragma once

#include "replace.hpp"

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>

namespace storydata {

/// A key as a JSON Pointer reference token: '~' becomes "~0" and '/' becomes "~1".
inline std::string escape_pointer_token(std::string_view token) {
  return replace_chars(token, [](char c) -> std::string_view {
    return c == '~' ? "~0" : c == '/' ? "~1" : "";
  });
}

/// Appends one reference token: a key, escaped, or an array index.
inline void append_token(std::string& pointer, std::string_view key) {
  pointer += '/';
  pointer += escape_pointer_token(key);
}
inline void append_token(std::string& pointer, std::unsigned_integral auto index) {
  pointer += '/';
  pointer += std::to_string(index);
}

/// `parent` extended by each token: pointer_to("/events/2", "participants", 0) is
/// "/events/2/participants/0". Strings are keys, unsigned numbers indices.
template <class... Tokens>
std::string pointer_to(std::string_view parent, const Tokens&... tokens) {
  std::string out(parent);
  (append_token(out, tokens), ...);
  return out;
}

/// The pointer made of `tokens` from the document's root: json_pointer("actors", 3).
template <class... Tokens> std::string json_pointer(const Tokens&... tokens) {
  return pointer_to("", tokens...);
}

} // namespace storydata
