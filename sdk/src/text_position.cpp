#include "text_position.hpp"

#include <algorithm>

namespace storydata {

TextPosition position_at(std::string_view text, std::size_t offset) noexcept {
  offset = std::min(offset, text.size());
  const std::size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;
  TextPosition position;
  position.line =
      static_cast<std::uint32_t>(1 + std::count(text.begin(), text.begin() + offset, '\n'));
  std::size_t from = line_start;
  if (from == 0 && text.starts_with("\xEF\xBB\xBF") && offset >= 3) from = 3;
  // Count code points: every byte that is not a UTF-8 continuation byte starts one.
  position.column = 1 + static_cast<std::uint32_t>(
                            std::count_if(text.begin() + from, text.begin() + offset, [](char c) {
                              return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                            }));
  return position;
}

} // namespace storydata
