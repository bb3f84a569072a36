// SPDX-License-Identifier: Apache-2.0
#include "text_position.hpp"

#include "utf8.hpp"

#include <algorithm>

namespace storydata {

namespace {
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
}

TextPositions::TextPositions(std::string_view text) noexcept : text_(text) {
  if (text_.starts_with(byte_order_mark)) offset_ = byte_order_mark.size();
}

TextPosition TextPositions::at(std::size_t offset) noexcept {
  offset = std::min(offset, text_.size());
  if (offset < offset_) *this = TextPositions(text_);
  for (; offset_ < offset; ++offset_) {
    const char c = text_[offset_];
    if (c == '\n') {
      ++position_.line;
      position_.column = 1;
    } else if (!utf8::is_continuation_byte(c)) {
      ++position_.column; // every byte but a UTF-8 continuation byte starts a code point
    }
  }
  return position_;
}

} // namespace storydata
