// SPDX-License-Identifier: Apache-2.0
// UTF-8, once for the whole SDK: stepping through text that may be ill-formed, counting and
// encoding code points. The core's stories are valid UTF-8 (the decoder guarantees it); the
// converters and the command also meet text that is not.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::utf8 {

/// True for a byte that continues a sequence (10xxxxxx); every other byte starts a code point.
constexpr bool is_continuation_byte(char byte) noexcept {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/// The number of code points in `text` (for ill-formed text: of bytes that start one).
std::size_t length(std::string_view text) noexcept;

/// One step through the text: a well-formed code point, or a single byte that is not part of one.
struct Step {
  std::size_t size = 1;
  char32_t code_point = 0; ///< U+FFFD for an ill-formed byte
  bool valid = false;
};

/// The step that starts at byte `at` (< text.size()).
Step next(std::string_view text, std::size_t at) noexcept;

/// The byte offset of the first ill-formed byte, or nullopt for well-formed UTF-8.
std::optional<std::size_t> first_invalid(std::string_view text) noexcept;

/// The text with every ill-formed byte replaced by U+FFFD.
std::string sanitize(std::string_view text);

/// Byte offset of each code point, plus the text's size at the end: offsets[i]..offsets[i+1]
/// holds code point i, and offsets.size() - 1 is the length in code points.
std::vector<std::size_t> code_point_offsets(std::string_view text);

/// Appends `c` as UTF-8; NUL, surrogates and values past U+10FFFF become U+FFFD.
void append(std::string& out, char32_t c);

} // namespace storydata::utf8
