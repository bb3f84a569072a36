// SPDX-License-Identifier: Apache-2.0
// User-perceived characters: extended grapheme clusters as UAX #29 defines them (Unicode 15.0),
// so that a span never cuts a letter from its marks (Arabic harakat, Devanagari vowel signs,
// Thai vowels, Hangul jamo), an emoji ZWJ sequence, a skin tone or a flag.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::grapheme {

/// Where the clusters of `text` start, as code point offsets, followed by the end (the number of
/// code points): {0, ..., n}. An empty text gives {0}.
std::vector<std::size_t> boundaries(std::u32string_view text);

/// The code points of a UTF-8 text (invalid bytes as U+FFFD, as utf8::next reads them).
std::u32string code_points(std::string_view text);

} // namespace storydata::grapheme
