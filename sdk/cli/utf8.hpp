// Walking text that may not be valid UTF-8 (binary files, broken documents), so that what the
// command prints always is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storydata::cli::utf8 {

/// One step through the text: a well-formed code point, or a single byte that is not part of one.
struct Step {
  std::size_t size = 1;
  char32_t code_point = 0; ///< U+FFFD for an ill-formed byte
  bool valid = false;
};

/// The step that starts at byte `at` (< text.size()).
Step next(std::string_view text, std::size_t at) noexcept;

/// The text with every ill-formed byte replaced by U+FFFD.
std::string sanitize(std::string_view text);

/// Appends `c` encoded as UTF-8.
void append(std::string& out, char32_t c);

} // namespace storydata::cli::utf8
