// SPDX-License-Identifier: Apache-2.0
// How query errors quote what they are about, and suggest what was meant.
#pragma once

#include "text/suggest.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace storydata::query_language {

/// `text` in double quotes, its quotes and backslashes escaped as the query language writes them.
inline std::string in_quotes(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// "; did you mean "x"?" for the candidate nearest to `word`, or an empty string.
inline std::string suggestion(std::string_view word,
                              const std::vector<std::string_view>& candidates) {
  const auto best = nearest(word, candidates);
  return best.empty() ? std::string{} : "; did you mean " + in_quotes(best) + "?";
}

/// "a, b, c".
inline std::string listed(const std::vector<std::string_view>& names) {
  std::string out;
  for (const auto name : names)
    out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

} // namespace storydata::query_language
