// SPDX-License-Identifier: Apache-2.0
// Words in messages and generated docs: one rule for "a" and "an".
#pragma once

#include <string>
#include <string_view>

namespace storydata {

/// `noun` after its indefinite article, by its first letter: "an espionage", "a leak",
/// "an Actor". (No exceptions for "a user" or "an hour": the nouns here are kinds and types.)
inline std::string with_article(std::string_view noun) {
  const bool vowel =
      !noun.empty() && std::string_view("aeiouAEIOU").find(noun.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

} // namespace storydata
