// SPDX-License-Identifier: Apache-2.0
#include "text/ascii.hpp"

#include <storydata/id.hpp>

namespace storydata {

bool is_valid_id(std::string_view text) noexcept {
  if (text.empty() || text.size() > 128 || !ascii::is_alnum(text.front())) return false;
  for (char c : text)
    if (!ascii::is_alnum(c) && c != '.' && c != '_' && c != ':' && c != '-') return false;
  return true;
}

std::string slug(std::string_view text, std::size_t max_length) {
  std::string out;
  for (const char c : text) {
    if (out.size() >= max_length) break;
    if (ascii::is_alnum(c))
      out += ascii::lower(c);
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out;
}

} // namespace storydata
