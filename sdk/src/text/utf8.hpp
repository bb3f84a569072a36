// Just enough UTF-8 for code-point spans. Input is valid UTF-8 (the decoder guarantees it).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::utf8 {

/// Byte offset of each code point, plus the text's size at the end: offsets[i]..offsets[i+1]
/// holds code point i, and offsets.size() - 1 is the length in code points.
std::vector<std::size_t> code_point_offsets(std::string_view text);

/// The code point that starts at byte `at`.
char32_t code_point_at(std::string_view text, std::size_t at);

/// Appends `c` as UTF-8; NUL, surrogates and values past U+10FFFF become U+FFFD.
void append(std::string& out, char32_t c);

/// True for code points that attach to the one before them and so cannot start a span or follow
/// its end: combining marks, variation selectors, zero-width joiners, emoji modifiers.
bool is_continuation(char32_t c);

} // namespace storydata::utf8
