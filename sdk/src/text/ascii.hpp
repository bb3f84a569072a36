// SPDX-License-Identifier: Apache-2.0
// ASCII character classes and lower-casing, for the syntax of ids, keywords, tags and anchors
// (never for prose: names are folded by fold_name, <storydata/index.hpp>). Locale-free.
#pragma once

#include <string>
#include <string_view>

namespace storydata::ascii {

constexpr bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}
constexpr bool is_upper(char c) noexcept {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_alpha(char c) noexcept {
  return (c >= 'a' && c <= 'z') || is_upper(c);
}
constexpr bool is_alnum(char c) noexcept {
  return is_alpha(c) || is_digit(c);
}
constexpr char lower(char c) noexcept {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = lower(c);
  return out;
}

} // namespace storydata::ascii
