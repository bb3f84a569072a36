// SPDX-License-Identifier: Apache-2.0
// Article bodies as one text: paragraphs separated by blank lines, the convention of formats
// that hold the body as a single string (schema.org articleBody, ninjs plain-text bodies).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storydata::convert {

/// The paragraphs joined with blank lines; `lossless` tells whether split_paragraphs gives them
/// back (it does not for empty paragraphs, line breaks or runs of spaces inside one).
struct JoinedBody {
  std::string text;
  bool lossless = true;
};
JoinedBody join_paragraphs(const std::vector<std::string>& paragraphs);

/// Splits text into paragraphs at blank lines (lines of only white space); each paragraph's lines
/// are trimmed and joined with single spaces, and empty paragraphs are skipped. A text without
/// blank lines but with single line breaks is split at every line break.
std::vector<std::string> split_paragraphs(std::string_view text);

/// `text` with runs of ASCII white space collapsed to one space and the ends trimmed.
std::string collapse_spaces(std::string_view text);

} // namespace storydata::convert
