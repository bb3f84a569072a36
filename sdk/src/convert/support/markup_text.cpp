// SPDX-License-Identifier: Apache-2.0
// Escaping for XML 1.0 and HTML.
#include "markup_text.hpp"

#include "text/replace.hpp"
#include "text/utf8.hpp"

#include <cstdint>

namespace storydata::convert {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool allowed(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
}

// The reference for a character that markup would read as markup, or "" for any other.
std::string_view markup_reference(char32_t c, std::string_view apostrophe) {
  switch (c) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  case '"':
    return "&quot;";
  case '\'':
    return apostrophe;
  default:
    return {};
  }
}

} // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const utf8::Step step = utf8::next(text, at);
    const char32_t c = step.code_point;
    if (!step.valid || !allowed(c)) {
      out += replacement;
      at += step.size;
      continue;
    }
    if (const auto reference = markup_reference(c, "&apos;"); !reference.empty()) {
      out += reference;
      at += step.size;
      continue;
    }
    switch (c) {
    case '\t':
      out += "&#9;";
      break;
    case '\n':
      out += "&#10;";
      break;
    case '\r':
      out += "&#13;";
      break;
    default:
      out += text.substr(at, step.size);
    }
    at += step.size;
  }
  return out;
}

std::string html_escape(std::string_view text) {
  return replace_chars(
      text, [](char c) { return markup_reference(static_cast<unsigned char>(c), "&#39;"); });
}

} // namespace storydata::convert
