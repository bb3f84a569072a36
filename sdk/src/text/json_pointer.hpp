// RFC 6901 JSON Pointer tokens.
#pragma once

#include <string>
#include <string_view>

namespace storydata::codec {

/// A key as a JSON Pointer reference token: '~' becomes "~0" and '/' becomes "~1".
inline std::string escape_pointer_token(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

} // namespace storydata::codec
