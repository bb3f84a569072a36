// SPDX-License-Identifier: Apache-2.0
// The one loop behind every escaping of reserved ASCII characters: JSON Pointer tokens, GitHub
// workflow commands, HTML text.
#pragma once

#include <string>
#include <string_view>

namespace storydata {

/// `text` with each byte `c` for which `replacement(c)` is not empty replaced by that string.
template <class Replacement>
std::string replace_chars(std::string_view text, Replacement replacement) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const std::string_view with = replacement(c);
    if (with.empty())
      out += c;
    else
      out += with;
  }
  return out;
}

} // namespace storydata
