// SPDX-License-Identifier: Apache-2.0
#include "utf8.hpp"

namespace storydata::utf8 {

std::size_t length(std::string_view text) noexcept {
  std::size_t n = 0;
  for (const char c : text)
    n += !is_continuation_byte(c);
  return n;
}

Step next(std::string_view text, std::size_t at) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return {1, lead, true};
  // Well-formed sequences per Unicode table 3-7: no overlong forms, surrogates or values past
  // U+10FFFF, which is what the second byte's range excludes.
  std::size_t size = 0;
  char32_t value = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    size = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    size = 3;
    value = lead & 0x0F;
    low = lead == 0xE0 ? 0xA0 : 0x80;
    high = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    size = 4;
    value = lead & 0x07;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return {1, U'\uFFFD', false};
  }
  if (at + size > text.size()) return {1, U'\uFFFD', false};
  for (std::size_t i = 1; i < size; ++i) {
    const unsigned char b = byte(i);
    if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF)) return {1, U'\uFFFD', false};
    value = (value << 6) | (b & 0x3F);
  }
  return {size, value, true};
}

std::optional<std::size_t> first_invalid(std::string_view text) noexcept {
  for (std::size_t at = 0; at < text.size();) {
    const Step step = next(text, at);
    if (!step.valid) return at;
    at += step.size;
  }
  return std::nullopt;
}

std::string sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const Step step = next(text, at);
    if (step.valid)
      out.append(text.substr(at, step.size));
    else
      append(out, step.code_point);
    at += step.size;
  }
  return out;
}

std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  offsets.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!is_continuation_byte(text[i])) offsets.push_back(i);
  offsets.push_back(text.size());
  return offsets;
}

void append(std::string& out, char32_t c) {
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

} // namespace storydata::utf8
